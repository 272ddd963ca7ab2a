// Observable Plot 0.6 adapter: its own UMD bundle (global `Plot`, which needs
// the d3 UMD bundle as global `d3`), SVG of the box's size. Plot has no
// animations and no update: a data change draws a new plot.
import { barsOf, install, raf2 } from './common.js';
import { draw } from './plot-draw.js';

install({
  name: 'plot',
  ready: Promise.resolve(),
  has: (kind) => kind === 'sector' || kind === 'fdi' || kind === 'fair',
  create(kind, doc, box, attrs = {}) {
    const node = draw(kind, doc, undefined, { tip: !!attrs.tip });
    box.append(node);
    return { box, node, labels: kind === 'sector' ? barsOf(doc).map((r) => r.label) : [] };
  },
  // the interaction row (interact.js): Plot's `tip` mark on the pointer's bar
  tipAttrs: { tip: true },
  point(handle, i) {
    const r = handle.node.querySelectorAll('g[aria-label="bar"] rect')[i].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  },
  shows(handle, i) {
    return handle.node.querySelector('g[aria-label="tip"]')?.textContent.includes(handle.labels[i]) ?? false;
  },
  update(handle, doc) {
    const node = draw('sector', doc);
    handle.node.replaceWith(node);
    handle.node = node;
  },
  done: () => raf2(),
});
