/**
 * UI strings of `<citystat-fdi-composition>`, vi and en (same keys).
 * Placeholders in `{braces}` are filled with core/i18n.ts `fill`.
 */
export const strings = {
  vi: {
    /** The line above the chart, with a period; without one it is `total` of core/i18n. */
    totalOf: 'Tổng {period}',
    /** Summary: the whole. `{head}` is the title (and period). */
    summaryTotal: '{head}: tổng {total}, gồm {count} phần.',
    /** Summary when there is one part only. */
    summaryOne: '{head}: tổng {total}, chỉ gồm một phần là {part}.',
    /** `{part}`: `Góp vốn, mua cổ phần: 2.041 triệu USD (80,8%), 252 lượt`. */
    summaryLargest: 'Lớn nhất là {part}.',
    summarySmallest: 'Nhỏ nhất là {part}.',
    component: 'Thành phần',
    capital: 'Vốn',
    count: 'Số lượng',
    /** A part's count when other parts have one and this one has none (accessible label). */
    countMissing: 'số lượng: không có số liệu',
  },
  en: {
    totalOf: 'Total, {period}',
    summaryTotal: '{head}: {total} in total, made up of {count} parts.',
    summaryOne: '{head}: {total} in total, from a single part, {part}.',
    summaryLargest: 'The largest is {part}.',
    summarySmallest: 'The smallest is {part}.',
    component: 'Component',
    capital: 'Capital',
    count: 'Count',
    countMissing: 'count: no data',
  },
};

export type FdiStrings = (typeof strings)['vi'];

/** The strings of a language tag: vi for `vi`/`vi-VN`, English otherwise. */
export function chartStrings(lang: string): FdiStrings {
  return lang.toLowerCase().split('-')[0] === 'vi' ? strings.vi : strings.en;
}
