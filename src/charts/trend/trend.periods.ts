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
  /**
   * Position on the time axis: consecutive periods of one kind differ by 1
   * (a year is its number; a quarter or month counts from year 0's first).
   */
  index: number;
}

/** Periods in a year, by granularity. */
const PER_YEAR = { month: 12, quarter: 4, year: 1 };

/** Reads a period written as the schema says; undefined for anything else. */
export function parsePeriod(text: string): Period | undefined {
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/.exec(text);
  if (!m) return undefined;
  const granularity = m[2] ? 'month' : m[3] ? 'quarter' : 'year';
  return { granularity, index: +m[1] * PER_YEAR[granularity] + +(m[2] ?? m[3] ?? 1) - 1 };
}

/**
 * The name of a period: long `Quý 1/2023`, `Tháng 11/2023` / `Q1 2023`,
 * `Nov 2023`; short (phones) `Q1/23`, `T11/23` / `Q1 ’23`, `Nov ’23`.
 */
export function periodName({ granularity, index }: Period, s: LanguagePack, short = false): string {
  const w = trendSection(s);
  const per = PER_YEAR[granularity];
  const year = Math.floor(index / per);
  if (per === 1) return String(year);
  const n = (index % per) + 1;
  const y = short ? String(year % 100).padStart(2, '0') : String(year);
  const template = granularity === 'month' ? (short ? w.monthShort : w.month) : short ? w.quarterShort : w.quarter;
  return fill(template, { n, M: w.months[n - 1] ?? '', y });
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
