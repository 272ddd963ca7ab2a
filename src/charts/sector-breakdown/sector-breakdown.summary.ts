/** Sector breakdown, last step: the words read instead of the chart (the summary; the data table, built when first read). */
import { fill } from '../../core/i18n.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import type { TableModel } from '../../core/table.js';
import type { SectorBasis } from './sector-breakdown.rows.js';
import type { SectorItem } from './sector-breakdown.types.js';

/** The summary sentences: the total, the largest and smallest parts, the missing ones. */
export function sectorSummary(b: SectorBasis): string {
  const { s, data, title, fmtUnit } = b;
  const count = formatNumber(data.items.length, b.lang);
  // Not published: the extras say so (loaded for such data).
  if (b.unpublished) return b.x?.unpublished(count) ?? '';
  const byValue = data.items
    .map((item, i) => ({ item, v: b.values[i] }))
    .filter((e): e is { item: SectorItem; v: number } => e.v !== null)
    .sort((a, c) => c.v - a.v);
  const total = fmtUnit(b.total);
  // Parts tied at value `v` are all named.
  const say = (one: string, tie: string, v: number) => {
    const tied = byValue.filter((e) => e.v === v);
    return fill(tied.length > 1 ? tie : one, {
      title,
      label: tied.map((e) => b.t(e.item.label)).join(', '),
      value: b.fmt(v),
      total,
      share: formatPercent(b.shareOf(v), b.lang),
    });
  };
  const parts = [
    b.x?.head(count, total) ||
      (data.items.length === 1 && byValue.length ? say(s.summaryOneBar, '', byValue[0].v) : fill(s.summaryBars, { title, count, total })),
  ];
  // All zero, all equal or one part (undefined without parts): no part is the largest or the smallest.
  const [top, low] = [byValue[0]?.v, byValue[byValue.length - 1]?.v];
  const spread = top! > low!;
  if (spread) parts.push(say(s.summaryLargest, s.summaryLargestTie, top), say(s.summarySmallest, s.summarySmallestTie, low));
  // The missing values and the remainder are said by the extras (loaded for such data).
  return [...parts, ...(b.x?.tail(spread) ?? [])].join(' ');
}

/** The data table: every item in the data's order, then the total. */
export function sectorTable(b: SectorBasis): TableModel {
  const { s, data, unit, lang } = b;
  const rows = data.items.map((item, i) => {
    const v = b.values[i];
    return [
      b.t(item.label),
      v === null ? (b.unpublished ? s.notPublished : s.missing) : b.fmt(v),
      v === null ? '' : formatPercent(b.shareOf(v), lang),
    ];
  });
  rows.push([s.total, b.fmt(data.total !== undefined ? data.total : b.check.sum), b.unpublished ? '' : formatPercent(1, lang)]);
  const table = {
    caption: b.title,
    columns: [{ label: s.category }, { label: unit ? `${s.value} (${unit})` : s.value, numeric: true }, { label: s.share, numeric: true }],
    rows,
  };
  b.x?.table(table);
  return table;
}
