/**
 * Every user-facing string of citystat, in one place: one `LanguagePack` per
 * language, with the words every widget shares at the top level and each
 * widget's own words in its section (`pack.fdi`, `pack.fair`, `pack.kpi`).
 * Error messages are the one exception: they live in core/messages.ts, a chunk
 * loaded only when data is bad, and are registered with the same call.
 *
 * To add a language, call `registerLanguage('fr', pack, messages)` before the
 * widgets render (see "Adding a language" in the README). TypeScript checks
 * that no key is missing. Numbers are formatted as `Intl` formats them for
 * any language (vi-VN and en-US are written out to spare ICU's start-up, see
 * core/format.ts); only these words need translating. A language that is not registered falls
 * back to English.
 */
import type { Messages } from './messages.js';

export interface LanguagePack {
  /** BCP 47 tag used for Intl number formatting, e.g. `vi-VN`. */
  intlLocale: string;
  /** Between a name and its figures in accessible labels, tooltips and summaries: `': '` (French `'\u00a0: '`). */
  colon: string;
  loading: string;
  empty: string;
  source: string;
  note: string;
  missing: string;
  notPublished: string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  downloadPng: string;
  downloadSvg: string;
  other: string;
  otherItems: string;
  total: string;
  share: string;
  value: string;
  category: string;
  sumMismatch: string;
  breakdownUnpublished: string;
  /** Compact number words, largest first: [power of ten, word]. */
  compact: ReadonlyArray<readonly [number, string]>;
  // summaries
  summaryBars: string;
  chart: string;
  summaryLargest: string;
  summarySmallest: string;
  summaryMissing: string;
  summaryUnpublished: string;
  /** Words of `<citystat-fdi-composition>`. */
  fdi: FdiWords;
  /** Words of `<citystat-fair-participation>`. */
  fair: FairWords;
  /** Words of `<citystat-kpi>`. */
  kpi: KpiWords;
  /** Words of `<citystat-trend>`. */
  trend: TrendWords;
}

/** The former name of `LanguagePack`. */
export type UiStrings = LanguagePack;

/** `<citystat-fdi-composition>`. Placeholders in `{braces}` are filled with `fill`. */
export interface FdiWords {
  /** The line above the chart, with a period; without one it is the pack's `total`. */
  totalOf: string;
  /** Summary: the whole. `{head}` is the title (and period). */
  summaryTotal: string;
  /** Summary when there is one part only. */
  summaryOne: string;
  /** `{part}`: `Góp vốn, mua cổ phần: 2.041 triệu USD (80,8%), 252 lượt`. */
  summaryLargest: string;
  summarySmallest: string;
  /** Table headers. */
  component: string;
  capital: string;
  count: string;
  /** A part's count when other parts have one and this one has none (accessible label). */
  countMissing: string;
}

/** `<citystat-fair-participation>`. */
export interface FairWords {
  /** One panel's sentence: the largest fair(s) on a measure. */
  largest: string;
  /** One panel's sentence when no fair has a figure. */
  noData: string;
  /** The chart draws the first rows only (`max-rows`). */
  capped: string;
  /** A missing figure in a mark's accessible label. */
  missingOf: string;
  /** Table headers. */
  fair: string;
  date: string;
  place: string;
  /** A day: `{d}`/`{dd}` day, `{m}`/`{mm}` month, `{M}` short month name (Intl), `{y}` year. */
  dateDay: string;
  /** A month alone, same placeholders. */
  dateMonth: string;
}

/** `<citystat-kpi>`. */
export interface KpiWords {
  /** Spoken direction of a change: "tăng 3,93% so với cùng kỳ". */
  up: string;
  down: string;
  /** A change of zero. */
  same: string;
  /** Progress read aloud: "19 trên 43 cụm". */
  of: string;
  /** Target range read aloud, after the progress: "mục tiêu 10–20". */
  target: string;
  /** Target range shown under the bar. */
  targetShown: string;
  /** Summary sentence of the list. */
  summary: string;
  /** Table caption when the data has no title, and headers. */
  caption: string;
  figure: string;
  change: string;
  period: string;
  trend: string;
}

/** `<citystat-trend>`. `{n}` month or quarter number, `{M}` month name, `{y}` year (two digits in short forms). */
export interface TrendWords {
  quarter: string;
  quarterShort: string;
  month: string;
  monthShort: string;
  /** Short month names for `{M}` (may be empty when the templates do not use them). */
  months: readonly string[];
  /** Period words, one and many: `[quarter, quarters]`. */
  units: Record<'month' | 'quarter' | 'year', readonly [string, string]>;
  /** What a change compares with, by series kind (a level: the previous period). */
  against: Record<'level' | 'change-year' | 'change-previous' | 'change-year-to-date', string>;
  estimate: string;
  /** Notice when some figures are estimates. */
  estimates: string;
  /** Summary: `{label}`, `{count}` periods, `{first}`/`{last}` period names. */
  span: string;
  /** Summary: risen against `{against}` in `{n}` of `{count}` periods. */
  rose: string;
  /** Summary: highest and lowest, `{high}`/`{low}` as `period (value)`; `high` for a level, `highRate` for a change. */
  high: string;
  highRate: string;
  latest: string;
  /** First to last: a growth rate (never told as a level change), then a level. */
  rateUp: string;
  rateDown: string;
  rateSame: string;
  levelUp: string;
  levelDown: string;
  levelSame: string;
}

const vi: LanguagePack = {
  intlLocale: 'vi-VN',
  colon: ': ',
  loading: 'Đang tải dữ liệu…',
  empty: 'Chưa có số liệu để hiển thị.',
  source: 'Nguồn',
  note: 'Ghi chú',
  missing: 'không có số liệu',
  notPublished: 'chưa công bố',
  showTable: 'Xem bảng dữ liệu',
  hideTable: 'Ẩn bảng dữ liệu',
  downloadCsv: 'Tải dữ liệu (CSV)',
  downloadPng: 'Tải ảnh (PNG)',
  downloadSvg: 'Tải ảnh (SVG)',
  other: 'Khác',
  otherItems: 'Khác ({n} nhóm)',
  total: 'Tổng',
  share: 'Tỷ lệ',
  value: 'Giá trị',
  category: 'Nhóm',
  sumMismatch: 'Lưu ý: tổng các phần ({sum}) khác tổng công bố ({total}). Số liệu được thể hiện đúng như công bố.',
  breakdownUnpublished: 'Cơ cấu theo nhóm chưa được công bố.',
  compact: [
    [12, 'nghìn tỷ'],
    [9, 'tỷ'],
    [6, 'triệu'],
    [3, 'nghìn'],
  ],
  summaryBars: '{title}: {count} nhóm, tổng cộng {total}.',
  chart: 'Biểu đồ',
  summaryLargest: 'Lớn nhất là {label}: {value} trên tổng số {total} ({share}).',
  summarySmallest: 'Nhỏ nhất là {label}: {value} trên tổng số {total} ({share}).',
  summaryMissing: 'Không có số liệu cho {labels}.',
  summaryUnpublished: '{title}: tổng {total}; cơ cấu theo {count} nhóm chưa được công bố.',
  fdi: {
    totalOf: 'Tổng {period}',
    summaryTotal: '{head}: tổng {total}, gồm {count} phần.',
    summaryOne: '{head}: tổng {total}, chỉ gồm một phần là {part}.',
    summaryLargest: 'Lớn nhất là {part}.',
    summarySmallest: 'Nhỏ nhất là {part}.',
    component: 'Thành phần',
    capital: 'Vốn',
    count: 'Số lượng',
    countMissing: 'số lượng: không có số liệu',
  },
  fair: {
    largest: '{names} có nhiều {what} nhất ({value})',
    noData: 'không có số liệu về {what}',
    capped: 'Biểu đồ chỉ vẽ {shown} trên {total} hội chợ; bảng dữ liệu có đủ cả {total}.',
    missingOf: '{missing} ({what})',
    fair: 'Hội chợ',
    date: 'Thời gian',
    place: 'Địa điểm',
    dateDay: '{dd}/{mm}/{y}',
    dateMonth: 'tháng {m}/{y}',
  },
  kpi: {
    up: 'tăng',
    down: 'giảm',
    same: 'không đổi',
    of: '{value} trên {total}',
    target: 'mục tiêu {range}',
    targetShown: 'Mục tiêu: {range}',
    summary: 'Các số liệu chính. {labels}.',
    caption: 'Các chỉ số chính',
    figure: 'Chỉ số',
    change: 'Thay đổi',
    period: 'Thời gian',
    trend: 'Xu hướng',
  },
  trend: {
    quarter: 'Quý {n}/{y}',
    quarterShort: 'Q{n}/{y}',
    month: 'Tháng {n}/{y}',
    monthShort: 'T{n}/{y}',
    months: [],
    units: { month: ['tháng', 'tháng'], quarter: ['quý', 'quý'], year: ['năm', 'năm'] },
    against: {
      level: 'so với kỳ trước',
      'change-year': 'so với cùng kỳ',
      'change-previous': 'so với kỳ trước',
      'change-year-to-date': 'lũy kế so với cùng kỳ',
    },
    estimate: 'ước tính',
    estimates: 'Số ước tính được vẽ nhạt hơn.',
    span: '{label}: {count}, từ {first} đến {last}.',
    rose: 'Tăng {against} ở {n} trên {count}.',
    high: 'Cao nhất là {high}, thấp nhất là {low}.',
    highRate: 'Tốc độ tăng cao nhất là {high}, thấp nhất là {low}.',
    latest: 'Mới nhất, {period}: {value}.',
    rateUp: 'Tốc độ tăng đi từ {first} ({from}) lên {last} ({to}).',
    rateDown: 'Tốc độ tăng đi từ {first} ({from}) xuống {last} ({to}).',
    rateSame: 'Tốc độ tăng là {first} cả ở {from} và {to}.',
    levelUp: 'Từ {first} ({from}) lên {last} ({to}), {diff}.',
    levelDown: 'Từ {first} ({from}) xuống {last} ({to}), {diff}.',
    levelSame: 'Bằng {first} cả ở {from} và {to}.',
  },
};

const en: LanguagePack = {
  intlLocale: 'en-US',
  colon: ': ',
  loading: 'Loading data…',
  empty: 'No figures to show yet.',
  source: 'Source',
  note: 'Note',
  missing: 'no data',
  notPublished: 'not published',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadCsv: 'Download data (CSV)',
  downloadPng: 'Download image (PNG)',
  downloadSvg: 'Download image (SVG)',
  other: 'Other',
  otherItems: 'Other ({n} groups)',
  total: 'Total',
  share: 'Share',
  value: 'Value',
  category: 'Group',
  sumMismatch: 'Note: the parts add up to {sum}, not the stated total of {total}. Figures are shown as published.',
  breakdownUnpublished: 'The breakdown by group has not been published.',
  compact: [
    [12, 'trillion'],
    [9, 'billion'],
    [6, 'million'],
    [3, 'thousand'],
  ],
  summaryBars: '{title}: {count} groups, {total} in total.',
  chart: 'Chart',
  summaryLargest: 'The largest is {label}: {value} of {total} ({share}).',
  summarySmallest: 'The smallest is {label}: {value} of {total} ({share}).',
  summaryMissing: 'No data for {labels}.',
  summaryUnpublished: '{title}: {total} in total; the breakdown by {count} groups has not been published.',
  fdi: {
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
  fair: {
    largest: '{names} had the most {what} ({value})',
    noData: 'no data on {what}',
    capped: 'The chart draws {shown} of {total} fairs; the data table lists all {total}.',
    missingOf: '{missing} ({what})',
    fair: 'Fair',
    date: 'Date',
    place: 'Place',
    dateDay: '{M} {d}, {y}',
    dateMonth: '{M} {y}',
  },
  kpi: {
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
  trend: {
    quarter: 'Q{n} {y}',
    quarterShort: 'Q{n} ’{y}',
    month: '{M} {y}',
    monthShort: '{M} ’{y}',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    units: { month: ['month', 'months'], quarter: ['quarter', 'quarters'], year: ['year', 'years'] },
    against: {
      level: 'on the previous period',
      'change-year': 'year on year',
      'change-previous': 'on the previous period',
      'change-year-to-date': 'year to date, year on year',
    },
    estimate: 'estimate',
    estimates: 'Estimates are drawn lighter.',
    span: '{label}: {count}, {first} to {last}.',
    rose: 'It rose {against} in {n} of {count}.',
    high: 'The highest was {high}, the lowest {low}.',
    highRate: 'The highest growth rate was {high}, the lowest {low}.',
    latest: 'The latest, {period}: {value}.',
    rateUp: 'The growth rate went up from {first} in {from} to {last} in {to}.',
    rateDown: 'The growth rate went down from {first} in {from} to {last} in {to}.',
    rateSame: 'The growth rate was {first} in both {from} and {to}.',
    levelUp: 'It rose from {first} in {from} to {last} in {to}, {diff}.',
    levelDown: 'It fell from {first} in {from} to {last} in {to}, {diff}.',
    levelSame: 'It was {first} in both {from} and {to}.',
  },
};

const registry = new Map<string, LanguagePack>([
  ['vi', vi],
  ['en', en],
]);

/**
 * Error messages given to `registerLanguage`, read by core/messages.ts (which
 * holds vi and en itself and is loaded only when a widget has an error).
 */
export const registeredMessages = new Map<string, Messages>();

/**
 * Adds or replaces a language (primary subtag, e.g. `fr`): its UI words and,
 * optionally, its error messages (without them, errors are shown in English).
 * Call it before the widgets render.
 */
export function registerLanguage(lang: string, pack: LanguagePack, messages?: Messages): void {
  const key = lang.toLowerCase();
  registry.set(key, pack);
  if (messages) registeredMessages.set(key, messages);
}

/** The language codes that have UI strings. */
export function languages(): string[] {
  return [...registry.keys()];
}

/** The pack of a language tag (`vi`, `vi-VN`, `en-GB`…), falling back to English. */
export function uiStrings(lang: string): LanguagePack {
  const key = lang.toLowerCase();
  return registry.get(key) ?? registry.get(key.split('-')[0]) ?? en;
}

/** Fills `{name}` placeholders. Values are inserted as text. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
