/**
 * Partial breakdowns (sector, FDI): their words, in vi and en, and the
 * remainder of a stated total. Only the widgets' optional chunks
 * (`<widget>.partial.ts`, loaded when the data has a `rest`, no total, counts
 * or notes) and the table readers load this, never a page of plain data.
 */
import { defineSection, fill, type LanguagePack } from './i18n.js';
import { formatPercent } from './format.js';
import type { TableModel } from './table.js';
import type { TotalCheck } from './total.js';

export const partialSection = defineSection('partial', {
  vi: {
    restUnspecified: 'Phần còn lại (không nêu chi tiết)',
    summaryPartial: '{title}: tổng cộng {total}; {count} phần được nêu chi tiết, chiếm {share}.',
    sharesOfParts: 'Tỷ lệ tính trên tổng các phần được nêu.',
    sumOfParts: 'Tổng các phần',
    count: 'Số lượng',
  },
  en: {
    restUnspecified: 'Rest (not specified)',
    summaryPartial: '{title}: {total} in total; {count} parts are given, making up {share}.',
    sharesOfParts: 'Shares are of the parts shown.',
    sumOfParts: 'Sum of the parts',
    count: 'Count',
  },
});

/** The labelled remainder of a stated total. */
export interface Rest {
  label: string;
  value: number;
}

/**
 * The remainder a partial breakdown shows: what the stated total holds beyond
 * its parts when the data's `rest` says what it is and the gap is more than
 * rounding explains (every part known); else undefined. Parts above their
 * total are no remainder: they keep the inconsistency notice.
 */
export function restOf(s: LanguagePack, rest: 'unspecified' | 'other' | undefined, check: TotalCheck): Rest | undefined {
  const gap = (check.stated ?? 0) - check.sum;
  if (!rest || !check.mismatch || gap <= 0) return undefined;
  // The parts' sum is exact to their decimals (at most 6): the gap is too.
  return { label: rest === 'other' ? s.other : partialSection(s).restUnspecified, value: Math.round(gap * 1e6) / 1e6 };
}

/**
 * The summary's first sentence of a partial breakdown: the total, then how
 * many parts are given and their share of it.
 */
export const partialHead = (s: LanguagePack, title: string, total: string, count: string, share: number, lang: string): string =>
  fill(partialSection(s).summaryPartial, { title, total, count, share: formatPercent(share, lang) });

/**
 * The data table of a breakdown given extra columns (count, note: one text per
 * body row, the total row's left empty) and, without a stated total, its last
 * row named the sum of the parts.
 */
export function amendTable(
  table: TableModel,
  s: LanguagePack,
  extra: Array<{ label: string; numeric?: boolean; cells: string[] }>,
  noTotal: boolean,
): void {
  const rows = table.rows;
  for (const column of extra) {
    table.columns.push({ label: column.label, numeric: column.numeric });
    rows.forEach((row, i) => row.push(column.cells[i] ?? ''));
  }
  if (noTotal) rows[rows.length - 1][0] = partialSection(s).sumOfParts;
}
