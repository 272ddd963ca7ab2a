/**
 * Every user-facing string of citystat, in one place.
 *
 * To add a language, call `registerLanguage('fr', { ...strings })` with a full
 * `UiStrings` object before the widgets render (TypeScript checks that no key
 * is missing). Numbers are formatted by `Intl` for any language; only these
 * words need translating. A language with no strings falls back to English.
 */
export interface UiStrings {
  /** BCP 47 tag used for Intl number formatting, e.g. `vi-VN`. */
  intlLocale: string;
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
}

const vi: UiStrings = {
  intlLocale: 'vi-VN',
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
};

const en: UiStrings = {
  intlLocale: 'en-US',
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
};

const registry = new Map<string, UiStrings>([
  ['vi', vi],
  ['en', en],
]);

/** Adds or replaces the UI strings of a language (primary subtag, e.g. `fr`). */
export function registerLanguage(lang: string, strings: UiStrings): void {
  registry.set(lang.toLowerCase(), strings);
}

/** The language codes that have UI strings. */
export function languages(): string[] {
  return [...registry.keys()];
}

/** UI strings for a language tag (`vi`, `vi-VN`, `en-GB`…), falling back to English. */
export function uiStrings(lang: string): UiStrings {
  const key = lang.toLowerCase();
  return registry.get(key) ?? registry.get(key.split('-')[0]) ?? en;
}

/** Fills `{name}` placeholders. Values are inserted as text. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
