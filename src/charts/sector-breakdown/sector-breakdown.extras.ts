/**
 * What only some sector data needs (a chunk, loaded by the element when the
 * data has a `rest`, no total, published `decimals`, a `%` unit, counts or
 * notes, more values than `max-bars`, or no published breakdown): the
 * grouped and not-published rows (sector-breakdown.rare.ts), the labelled remainder of a partial breakdown, figures with their
 * published decimals, counts beside the values, the count and note columns of
 * the data table, and the summary's words for them; a long chart's bands
 * (sector-breakdown.bands.ts).
 */
import { fill } from '../../core/i18n.js';
import { decimalsOf, formatNumber, formatPercent, withUnit } from '../../core/format.js';
import { amendTable, partialHead, partialSection, restOf, type Rest } from '../../core/partial.js';
import type { TableModel } from '../../core/table.js';
import type { SectorLayout, SectorLayoutOptions } from './sector-breakdown.layout.js';
import type { SectorBasis, SectorRowData } from './sector-breakdown.rows.js';
import { groupRows, unpublishedHeadline, unpublishedSummary } from './sector-breakdown.rare.js';

export { headlineView, missingView } from './sector-breakdown.rare-view.js';
export { bandsView } from './sector-breakdown.bands-view.js';
export { sectorBands } from './sector-breakdown.bands.js';
import type { SectorItem } from './sector-breakdown.types.js';

/** The extras of one layout (`SectorBasis.x`). */
export interface SectorExtras {
  /** The remainder drawn, listed and said after the parts, when shown. */
  rest?: Rest;
  /** A bar's value text: `312,5 (31,3%) · 512 dự án`; a share unit is its own share: `72,5%`. */
  value(v: number, item: SectorItem | SectorItem[]): string;
  /** A bar's figures, read and in the tooltip: value with unit, share (not of a `%` unit), count. */
  figures(v: number, item: SectorItem | SectorItem[]): string[];
  /** The rows to draw, the remainder after the valued ones. */
  rows(rows: SectorRowData[]): SectorRowData[];
  /** The summary's first sentence when the breakdown is partial. */
  head(count: string, total: string): string | undefined;
  /** The summary's last sentences: the missing values, then the remainder or that shares are of the parts shown. */
  tail(spread: boolean): string[];
  /** Beyond `maxBars` known values, the rows with the smallest grouped as "Other". */
  group(rows: SectorRowData[], known: SectorRowData[], options: SectorLayoutOptions): SectorRowData[];
  /** Not published: the total above the chart, and the summary. */
  headline(width: number): SectorLayout['headline'];
  unpublished(count: string): string;
  /** The data table with the remainder row and the count and note columns. */
  table(table: TableModel): void;
}

export function sectorExtras(b: SectorBasis): SectorExtras {
  const { s, data, lang, unit } = b;
  const p = partialSection(s);
  // Published decimals, at least (`99,0` beside `70,4`); a figure with more keeps them.
  const d = data.decimals;
  if (d) b.fmt = (v) => formatNumber(v, lang, Math.max(d, decimalsOf(v)));
  // A share unit is written on the figure (`72,5%`) and is its own share.
  const pct = unit == '%';
  if (pct) b.fmtUnit = (v) => b.fmt(v) + unit;
  // Not published: no part is drawn, nor a rest of them.
  const rest = b.unpublished ? undefined : restOf(s, data.rest, b.check);
  // The remainder is shown: the gap is explained, not flagged.
  if (rest) b.check = { ...b.check, mismatch: false };
  const share = (v: number) => formatPercent(b.shareOf(v), lang);
  const count = (item: SectorItem | SectorItem[]) =>
    Array.isArray(item) || item.count === undefined ? '' : withUnit(formatNumber(item.count, lang), b.t(item.countUnit));
  const counted = (item: SectorItem | SectorItem[]) => (count(item) ? [count(item)] : []);
  return {
    rest,
    group: (rows, known, options) => groupRows(b, rows, known, options),
    headline: (width) => unpublishedHeadline(b, width),
    unpublished: (count) => unpublishedSummary(b, count),
    value: (v, item) =>
      (pct ? b.fmtUnit(v) : `${b.fmt(v)} (${share(v)})`) +
      counted(item)
        .map((c) => ` · ${c}`)
        .join(''),
    figures: (v, item) => [b.fmtUnit(v), ...(pct ? [] : [share(v)]), ...counted(item)],
    rows: (rows) => (rest ? [...rows, { key: '__rest', label: rest.label, value: rest.value, item: [], grouped: true }] : rows),
    head(n, total) {
      if (!rest) return undefined;
      // The one part given of a partial total is its largest.
      const [one] = data.items;
      const largest =
        data.items.length === 1 && one.value! > 0
          ? ` ${fill(s.summaryLargest, { title: b.title, label: b.t(one.label), value: b.fmt(one.value!), total, share: share(one.value!) })}`
          : '';
      return partialHead(s, b.title, total, n, b.shareOf(b.check.sum), lang) + largest;
    },
    tail(spread) {
      const missing = data.items.filter((_, i) => b.values[i] === null);
      return [
        ...(missing.length ? [fill(s.summaryMissing, { labels: missing.map((m) => b.t(m.label)).join(', ') })] : []),
        ...(rest
          ? [`${rest.label}${s.colon}${b.fmtUnit(rest.value)} (${share(rest.value)}).`]
          : data.total === undefined && spread
            ? [p.sharesOfParts]
            : []),
      ];
    },
    table(table) {
      if (rest) table.rows.splice(-1, 0, [rest.label, b.fmt(rest.value), share(rest.value)]);
      const column = (label: string, numeric: boolean, cell: (item: SectorItem) => string) =>
        data.items.some((item) => cell(item)) ? [{ label, numeric, cells: data.items.map(cell) }] : [];
      amendTable(
        table,
        s,
        [...column(p.count, true, count), ...column(s.note, false, (item) => b.t(item.note))],
        data.total === undefined && data.items.length > 1,
      );
    },
  };
}
