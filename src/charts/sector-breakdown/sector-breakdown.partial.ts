/**
 * What only some sector data needs (a chunk, loaded by the element when the
 * data has a `rest`, no total, counts or notes): the labelled remainder of a
 * partial breakdown, counts beside the values, the count and note columns of
 * the data table, and the summary's words for them.
 */
import { formatNumber, formatPercent, withUnit } from '../../core/format.js';
import { amendTable, partialHead, partialSection, restOf, type Rest } from '../../core/partial.js';
import type { ChartLayout } from '../../core/chart.js';
import type { SectorBasis, SectorRowData } from './sector-breakdown.rows.js';
import type { SectorItem } from './sector-breakdown.types.js';

/** The extras of one layout (`SectorBasis.x`). */
export interface SectorExtras {
  /** The remainder drawn, listed and said after the parts, when shown. */
  rest?: Rest;
  /** An item's count with its unit (`512 dự án`), or empty (a group of items has none). */
  count(item: SectorItem | SectorItem[]): string;
  /** The rows to draw, the remainder after the valued ones. */
  rows(rows: SectorRowData[]): SectorRowData[];
  /** The summary's first sentence when the breakdown is partial. */
  head(count: string, total: string): string | undefined;
  /** The summary's last sentences: the remainder, or that shares are of the parts shown. */
  tail(spread: boolean): string[];
  /** The data table with the remainder row and the count and note columns. */
  words(words: Pick<ChartLayout, 'summary' | 'notices' | 'table'>): void;
}

export function sectorExtras(b: SectorBasis): SectorExtras {
  const { s, data, lang } = b;
  const p = partialSection(s);
  // Not published: no part is drawn, nor a rest of them.
  const rest = b.unpublished ? undefined : restOf(s, data.rest, b.check);
  // The remainder is shown: the gap is explained, not flagged.
  if (rest) b.check = { ...b.check, mismatch: false };
  const share = (v: number) => formatPercent(b.shareOf(v), lang);
  const count = (item: SectorItem | SectorItem[]) =>
    Array.isArray(item) || item.count === undefined ? '' : withUnit(formatNumber(item.count, lang), b.t(item.countUnit));
  return {
    rest,
    count,
    rows: (rows) => (rest ? [...rows, { key: '__rest', label: rest.label, value: rest.value, item: [], grouped: true }] : rows),
    head: (n, total) => (rest ? partialHead(s, b.title, total, n, b.shareOf(b.check.sum), lang) : undefined),
    tail: (spread) =>
      rest
        ? [`${rest.label}${s.colon}${b.fmtUnit(rest.value)} (${share(rest.value)}).`]
        : data.total === undefined && spread
          ? [p.sharesOfParts]
          : [],
    words({ table }) {
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
