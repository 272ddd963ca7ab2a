/** Sector breakdown, steps 1–2: the figures of the data, then the rows to draw (ordered, smallest grouped). */
import { fill } from '../../core/i18n.js';
import { formatNumber, withUnit } from '../../core/format.js';
import { wordsFor, type Words } from '../../core/layout-kit.js';
import { checkTotal, type TotalCheck } from '../../core/total.js';
import type { SectorLayoutOptions } from './sector-breakdown.layout.js';
import type { SectorBreakdownData, SectorItem } from './sector-breakdown.types.js';

/** What every later step reads: the words, the figures and the total. */
export interface SectorBasis extends Words {
  data: SectorBreakdownData;
  unit: string;
  title: string;
  /** Only the total is published. */
  unpublished: boolean;
  /** Each item's figure (null when missing or not published). */
  values: Array<number | null>;
  check: TotalCheck;
  /** The stated total, else the sum of the parts. */
  total: number;
  shareOf: (v: number) => number;
  fmtUnit: (v: number) => string;
}

/** A row before placement: one item, or "Other" grouping the smallest. */
export interface SectorRowData {
  key: string;
  label: string;
  value: number | null;
  item: SectorItem | SectorItem[];
  grouped: boolean;
}

export function sectorBasis(data: SectorBreakdownData, lang: string): SectorBasis {
  const w = wordsFor(lang, data.locale);
  const unit = w.t(data.unit);
  const unpublished = data.breakdownPublished === false;
  const values = data.items.map((item) => (unpublished ? null : item.value));
  const check = checkTotal(values, data.total);
  const total = data.total ?? check.sum;
  return {
    ...w,
    data,
    unit,
    title: w.t(data.title) || w.s.chart,
    unpublished,
    values,
    check,
    total,
    shareOf: (v) => (total > 0 ? v / total : 0),
    fmtUnit: (v) => withUnit(w.fmt(v), unit),
  };
}

/** The rows in drawing order; beyond `maxBars`, the smallest become one "Other" row. */
export function sectorRows(b: SectorBasis, options: SectorLayoutOptions): SectorRowData[] {
  let rows: SectorRowData[] = b.data.items.map((item, i) => ({
    key: item.id,
    label: b.t(item.label),
    value: b.values[i],
    item,
    grouped: false,
  }));
  if (options.order === 'value') {
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((a, c) => (c.r.value ?? -Infinity) - (a.r.value ?? -Infinity) || a.i - c.i)
      .map((x) => x.r);
  }
  const known = rows.filter((r) => r.value !== null);
  if (options.maxBars <= 0 || known.length <= options.maxBars) return rows;
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
