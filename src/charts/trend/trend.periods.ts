/**
 * Periods of the trend widget: months `2023-11`, quarters `2023-Q1`, years
 * `2023`. Each is a position on a time axis (an integer counting periods of its
 * kind) and a name in the widget's language, long or short (phones).
 */
import { fill, type LanguagePack } from '../../core/i18n.js';
import { trendSection } from './trend.words.js';

export type Granularity = 'month' | 'quarter' | 'year';

export interface Period {
  granularity: Granularity;
  year: number;
  /** Month 1–12 or quarter 1–4; 0 for a year. */
  part: number;
  /** Position on the time axis: consecutive periods of one kind differ by 1. */
  index: number;
}

/** Reads a period written as the schema says; undefined for anything else. */
export function parsePeriod(text: string): Period | undefined {
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { granularity: 'month', year, part: Number(m[2]), index: year * 12 + Number(m[2]) - 1 };
  if (m[3]) return { granularity: 'quarter', year, part: Number(m[3]), index: year * 4 + Number(m[3]) - 1 };
  return { granularity: 'year', year, part: 0, index: year };
}

/** The period at axis position `index` of a granularity. */
export function periodAt(granularity: Granularity, index: number): Period {
  if (granularity === 'year') return { granularity, year: index, part: 0, index };
  const per = granularity === 'month' ? 12 : 4;
  return { granularity, year: Math.floor(index / per), part: (index % per) + 1, index };
}

/**
 * The name of a period: long `Quý 1/2023`, `Tháng 11/2023` / `Q1 2023`,
 * `Nov 2023`; short (phones) `Q1/23`, `T11/23` / `Q1 ’23`, `Nov ’23`.
 */
export function periodName(p: Period, s: LanguagePack, short = false): string {
  const w = trendSection(s);
  if (p.granularity === 'year') return String(p.year);
  const y = short ? String(p.year % 100).padStart(2, '0') : String(p.year);
  const template = p.granularity === 'month' ? (short ? w.monthShort : w.month) : short ? w.quarterShort : w.quarter;
  return fill(template, { n: p.part, M: w.months[p.part - 1] ?? '', y });
}

/** The word for `count` periods of a granularity: `4 quý` / `4 quarters`, `1 month`. */
export function periodCount(granularity: Granularity, count: number, s: LanguagePack, formatted: string): string {
  const [one, many] = trendSection(s).units[granularity];
  return `${formatted} ${count === 1 ? one : many}`;
}

/**
 * Which of the labelled positions to write: every `step`-th one from the
 * first, such that no two overlap, and always the first, the last and the
 * `keep` ones (annotated periods). A regular label that would overlap a kept
 * one is dropped; kept labels that overlap each other go on a second row
 * (`row` 1). `x` are the centres, `widths` the label widths (px).
 */
export function thinLabels(
  x: readonly number[],
  widths: readonly number[],
  keep: ReadonlySet<number>,
  gap = 8,
): Array<{ i: number; row: number }> {
  const n = x.length;
  if (!n) return [];
  const forced = new Set([0, n - 1, ...[...keep].filter((i) => i >= 0 && i < n)]);
  const maxW = Math.max(...widths);
  const spacing = n > 1 ? (x[n - 1] - x[0]) / (n - 1) : Infinity;
  const step = Math.max(1, Math.ceil((maxW + gap) / spacing));
  const overlaps = (a: number, b: number) => Math.abs(x[a] - x[b]) < (widths[a] + widths[b]) / 2 + gap;
  const chosen: Array<{ i: number; row: number }> = [];
  const forcedSorted = [...forced].sort((a, b) => a - b);
  let lastOnRow0 = -1;
  for (const i of forcedSorted) {
    const row = lastOnRow0 >= 0 && overlaps(lastOnRow0, i) ? 1 : 0;
    if (row === 0) lastOnRow0 = i;
    chosen.push({ i, row });
  }
  for (let i = 0; i < n; i += step) {
    if (forced.has(i)) continue;
    if (chosen.some((c) => overlaps(c.i, i))) continue;
    chosen.push({ i, row: 0 });
  }
  return chosen.sort((a, b) => a.i - b.i);
}
