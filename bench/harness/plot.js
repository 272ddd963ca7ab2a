// Observable Plot 0.6 adapter: its own UMD bundle (global `Plot`, which needs
// the d3 UMD bundle as global `d3`), SVG of the box's size. Plot has no
// animations and no update: a data change draws a new plot.
import { install, raf2 } from './common.js';
import { draw } from './plot-draw.js';

install({
  name: 'plot',
  ready: Promise.resolve(),
  has: (kind) => kind === 'sector' || kind === 'fdi' || kind === 'fair',
  create(kind, doc, box) {
    const node = draw(kind, doc);
    box.append(node);
    return { box, node };
  },
  update(handle, doc) {
    const node = draw('sector', doc);
    handle.node.replaceWith(node);
    handle.node = node;
  },
  done: () => raf2(),
});
