// Observable Plot 0.6 adapter: its own UMD bundle (global `Plot`, which needs
// the d3 UMD bundle as global `d3`), SVG of the box's size. Plot has no
// animations and no update: a data change draws a new plot.
import { BOX, barsOf, groupsOf, install, partsOf, pick, raf2 } from './common.js';

function draw(kind, doc) {
  const P = window.Plot;
  const size = { width: BOX.width, height: BOX.height };
  if (kind === 'sector') {
    const rows = barsOf(doc);
    return P.plot({
      ...size,
      title: pick(doc.title),
      marginLeft: 150,
      x: { grid: true, label: pick(doc.unit) },
      y: { label: null },
      marks: [P.barX(rows, { x: 'value', y: 'label', sort: { y: '-x' }, fill: '#1f6fb2' }), P.ruleX([0])],
    });
  }
  if (kind === 'fdi') {
    const parts = partsOf(doc);
    return P.plot({
      ...size,
      title: pick(doc.title),
      color: { legend: true },
      marks: [P.barX(parts, { x: 'value', fill: 'label' }), P.ruleX([0])],
    });
  }
  if (kind === 'fair') {
    const g = groupsOf(doc);
    return P.plot({
      ...size,
      title: pick(doc.title),
      marginLeft: 150,
      color: { legend: true },
      fy: { label: null },
      y: { axis: null },
      marks: [P.barX(g.rows, { x: 'value', y: 'measure', fy: 'event', fill: 'measure' }), P.ruleX([0])],
    });
  }
  throw new Error(`no Plot equivalent for ${kind}`);
}

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
