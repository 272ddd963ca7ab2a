/**
 * UI strings of `<citystat-kpi>`, vi and en (same keys). Placeholders in
 * `{braces}` are filled with core/i18n.ts `fill`.
 */
export const strings = {
  vi: {
    /** Spoken direction of a change: "tăng 3,93% so với cùng kỳ". */
    up: 'tăng',
    down: 'giảm',
    /** A change of zero. */
    same: 'không đổi',
    /** Progress read aloud: "19 trên 43 cụm". */
    of: '{value} trên {total}',
    /** Target range read aloud, after the progress: "mục tiêu 10–20". */
    target: 'mục tiêu {range}',
    /** Target range shown under the bar. */
    targetShown: 'Mục tiêu: {range}',
    /** Summary sentence of the list. */
    summary: 'Các số liệu chính. {labels}.',
    caption: 'Các chỉ số chính',
    figure: 'Chỉ số',
    change: 'Thay đổi',
    period: 'Thời gian',
    trend: 'Xu hướng',
  },
  en: {
    up: 'up',
    down: 'down',
    same: 'unchanged',
    of: '{value} of {total}',
    target: 'target {range}',
    targetShown: 'Target: {range}',
    summary: 'Key figures. {labels}.',
    caption: 'Key figures',
    figure: 'Figure',
    change: 'Change',
    period: 'Period',
    trend: 'Trend',
  },
};

export type KpiStrings = (typeof strings)['vi'];

/** The strings of a language tag: vi for `vi`/`vi-VN`, English otherwise. */
export function chartStrings(lang: string): KpiStrings {
  return lang.toLowerCase().split('-')[0] === 'vi' ? strings.vi : strings.en;
}
