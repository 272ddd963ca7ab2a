/** Sector breakdown, steps 1–2: the figures of the data, then the rows to draw (ordered, smallest grouped). */
import { withUnit } from '../../core/format.js';
import { wordsFor, type Words } from '../../core/layout-kit.js';
import { checkTotal, type TotalCheck } from '../../core/total.js';
import type { SectorLayoutOptions } from './sector-breakdown.layout.js';
import type { SectorExtras } from './sector-breakdown.extras.js';
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
  /** The extras of partial, counted or annotated data (sector-breakdown.extras.ts), when loaded. */
  x?: SectorExtras;
}

/** A row before placement: one item, or "Other" grouping the smallest. */
export interface SectorRowData {
  key: string;
  label: string;
  value: number | null;
  item: SectorItem | SectorItem[];
  grouped: boolean;
}

export function sectorBasis(data: SectorBreakdownData, lang: string, extras?: SectorExtrasModule): SectorBasis {
  const w = wordsFor(lang, data.locale);
  const unit = w.t(data.unit);
  const unpublished = data.breakdownPublished === false;
  const values = data.items.map((item) => (unpublished ? null : item.value));
  const check = checkTotal(values, data.total);
  const total = data.total ?? check.sum;
  const b: SectorBasis = {
    ...w,
    data,
    unit,
    title: w.t(data.title) || w.s.chart,
    unpublished,
    values,
    check,
    total,
    shareOf: (v) => (total > 0 ? v / total : 0),
    // `b.fmt`: the extras may write figures with the published decimals.
    fmtUnit: (v) => withUnit(b.fmt(v), unit),
  };
  b.x = extras?.sectorExtras(b);
  return b;
}

/** The module of the extras (its chunk). */
export type SectorExtrasModule = typeof import('./sector-breakdown.extras.js');

/** The rows in drawing order; beyond `maxBars`, the smallest become one "Other" row (sector-breakdown.extras.ts). */
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
  // The extras group them (loaded for such data); without them, every bar is drawn.
  return b.x?.group(rows, known, options) ?? rows;
}
