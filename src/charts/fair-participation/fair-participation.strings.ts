/**
 * UI strings of `<citystat-fair-participation>`, vi and en (same keys).
 * Placeholders in `{braces}` are filled with core/i18n.ts `fill`.
 */
export const strings = {
  vi: {
    /** One panel's sentence: the largest fair(s) on a measure. */
    largest: '{names} có nhiều {what} nhất ({value})',
    /** One panel's sentence when no fair has a figure. */
    noData: 'không có số liệu về {what}',
    /** The chart draws the first rows only (`max-rows`). */
    capped: 'Biểu đồ chỉ vẽ {shown} trên {total} hội chợ; bảng dữ liệu có đủ cả {total}.',
    /** A missing figure in a mark's accessible label. */
    missingOf: '{missing} ({what})',
    fair: 'Hội chợ',
    date: 'Thời gian',
    place: 'Địa điểm',
    /** Dates: `{dd}/{mm}/{y}`; a month alone: `tháng {m}/{y}`. */
    dateDay: '{dd}/{mm}/{y}',
    dateMonth: 'tháng {m}/{y}',
  },
  en: {
    largest: '{names} had the most {what} ({value})',
    noData: 'no data on {what}',
    capped: 'The chart draws {shown} of {total} fairs; the data table lists all {total}.',
    missingOf: '{missing} ({what})',
    fair: 'Fair',
    date: 'Date',
    place: 'Place',
    /** `{M}` is the short month name (`Oct`). */
    dateDay: '{M} {d}, {y}',
    dateMonth: '{M} {y}',
  },
};

export type FairStrings = (typeof strings)['vi'];

/** The strings of a language tag: vi for `vi`/`vi-VN`, English otherwise. */
export function chartStrings(lang: string): FairStrings {
  return lang.toLowerCase().split('-')[0] === 'vi' ? strings.vi : strings.en;
}
