/**
 * Sector breakdown: the rows and words of data that few pages show, in the
 * extras' chunk (sector-breakdown.extras.ts): more known values than
 * `max-bars` (the smallest grouped as one "Other" row), and a breakdown that
 * is not published (only its total, as a headline).
 */
import { fill } from '../../core/i18n.js';
import { formatNumber } from '../../core/format.js';
import { FONT } from '../../core/layout-kit.js';
import { wrapText } from '../../core/measure.js';
import { checkTotal } from '../../core/total.js';
import type { SectorLayout, SectorLayoutOptions } from './sector-breakdown.layout.js';
import type { SectorBasis, SectorRowData } from './sector-breakdown.rows.js';
import type { SectorItem } from './sector-breakdown.types.js';

/** Beyond `maxBars` known values, the smallest become one "Other" row, last among the valued rows. */
export function groupRows(b: SectorBasis, rows: SectorRowData[], known: SectorRowData[], options: SectorLayoutOptions): SectorRowData[] {
  const byValue = [...known].sort((a, c) => c.value! - a.value!);
  const keep = new Set(byValue.slice(0, options.maxBars - 1));
  const rest = byValue.slice(options.maxBars - 1);
  const other: SectorRowData = {
    key: '__other',
    label: fill(b.s.otherItems, { n: formatNumber(rest.length, b.lang) }),
    value: checkTotal(rest.map((r) => r.value)).sum,
    item: rest.map((r) => r.item as SectorItem),
    grouped: true,
  };
  rows = [...rows.filter((r) => r.value === null || keep.has(r)), other];
  if (options.order !== 'value') return rows;
  // Other stays last among the valued rows, before missing ones.
  const valued = rows.filter((r) => r.value !== null && !r.grouped);
  const missing = rows.filter((r) => r.value === null);
  return [...valued, other, ...missing];
}

/** The total shown above the chart when the breakdown is not published. */
export function unpublishedHeadline(b: SectorBasis, width: number): SectorLayout['headline'] {
  const { s, data } = b;
  const caption = wrapText(s.breakdownUnpublished, width, FONT);
  return { text: data.total !== undefined ? b.fmtUnit(data.total) : s.missing, caption, y: 28 };
}

/** The summary when only the total is published. */
export const unpublishedSummary = (b: SectorBasis, count: string): string =>
  fill(b.s.summaryUnpublished, { title: b.title, total: b.data.total !== undefined ? b.fmtUnit(b.data.total) : b.s.missing, count });
