// Observable Plot drawings of the bench's charts (used by the bench page,
// plot.js, and the throttled article, article-peers.js); `size` defaults to
// the bench's box.
import { BOX, barsOf, groupsOf, partsOf, pick } from './common.js';

export function draw(kind, doc, size = { width: BOX.width, height: BOX.height }, { tip = false } = {}) {
  const P = window.Plot;
  if (kind === 'sector') {
    const rows = barsOf(doc);
    // `tip`: Plot's tooltip on the bar nearest the pointer (the interaction row only)
    const tips = tip ? [P.tip(rows, P.pointerY({ x: 'value', y: 'label' }))] : [];
    return P.plot({
      ...size,
      title: pick(doc.title),
      marginLeft: 150,
      x: { grid: true, label: pick(doc.unit) },
      y: { label: null },
      marks: [P.barX(rows, { x: 'value', y: 'label', sort: { y: '-x' }, fill: '#1f6fb2' }), P.ruleX([0]), ...tips],
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
