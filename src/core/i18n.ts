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
  errorTitle: string;
  moreErrors: string;
  source: string;
  note: string;
  missing: string;
  notPublished: string;
  showTable: string;
  hideTable: string;
  other: string;
  otherItems: string;
  total: string;
  share: string;
  value: string;
  category: string;
  dataRoot: string;
  sumMismatch: string;
  breakdownUnpublished: string;
  // validation messages; {path} is a field path such as items[2].value
  errType: string;
  errRequired: string;
  errUnknownField: string;
  errMinimum: string;
  errExclusiveMinimum: string;
  errMaximum: string;
  errMinItems: string;
  errMaxItems: string;
  errEmptyText: string;
  errTooLong: string;
  errPattern: string;
  errUrl: string;
  errEnum: string;
  errText: string;
  errInvalid: string;
  errDuplicateId: string;
  errJson: string;
  errNotObject: string;
  errFetchStatus: string;
  errFetchNetwork: string;
  errFetchTimeout: string;
  errFetchHtml: string;
  errFetchTooLarge: string;
  errTableCell: string;
  errTableShape: string;
  errNotFinite: string;
  typeNames: Record<'number' | 'integer' | 'string' | 'boolean' | 'object' | 'array' | 'null', string>;
  gotNames: Record<'number' | 'string' | 'boolean' | 'object' | 'array' | 'null' | 'undefined', string>;
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
  errorTitle: 'Không hiển thị được biểu đồ vì dữ liệu có lỗi:',
  moreErrors: 'và {n} lỗi khác.',
  source: 'Nguồn',
  note: 'Ghi chú',
  missing: 'không có số liệu',
  notPublished: 'chưa công bố',
  showTable: 'Xem bảng dữ liệu',
  hideTable: 'Ẩn bảng dữ liệu',
  other: 'Khác',
  otherItems: 'Khác ({n} nhóm)',
  total: 'Tổng',
  share: 'Tỷ lệ',
  value: 'Giá trị',
  category: 'Nhóm',
  dataRoot: '(dữ liệu)',
  sumMismatch: 'Lưu ý: tổng các phần ({sum}) khác tổng công bố ({total}). Số liệu được thể hiện đúng như công bố.',
  breakdownUnpublished: 'Cơ cấu theo nhóm chưa được công bố.',
  errType: '{path} phải là {type}, nhưng đang là {got}.',
  errRequired: '{path} thiếu trường bắt buộc "{field}".',
  errUnknownField: '{path} có trường không được hỗ trợ "{field}".',
  errMinimum: '{path} phải lớn hơn hoặc bằng {limit}.',
  errExclusiveMinimum: '{path} phải lớn hơn {limit}.',
  errMaximum: '{path} phải nhỏ hơn hoặc bằng {limit}.',
  errMinItems: '{path} phải có ít nhất {limit} mục.',
  errMaxItems: '{path} có nhiều nhất {limit} mục.',
  errEmptyText: '{path} không được để trống.',
  errTooLong: '{path} dài quá {limit} ký tự.',
  errPattern: '{path} không đúng định dạng.',
  errUrl: '{path} phải là địa chỉ web bắt đầu bằng http:// hoặc https://.',
  errEnum: '{path} phải là một trong: {allowed}.',
  errText: '{path} phải là một chuỗi văn bản hoặc bản dịch dạng {"vi": "…", "en": "…"}.',
  errInvalid: '{path} không hợp lệ.',
  errDuplicateId: '{path}: mã "{id}" bị trùng với {other}.',
  errJson: 'Dữ liệu không phải JSON hợp lệ: lỗi ở dòng {line}, cột {column}.',
  errNotObject: 'Dữ liệu phải là một đối tượng JSON {…}, nhưng đang là {got}.',
  errFetchStatus: 'Không tải được dữ liệu từ {url}: máy chủ trả lời {status}.',
  errFetchNetwork: 'Không tải được dữ liệu từ {url}: lỗi mạng hoặc máy chủ không cho phép truy cập.',
  errFetchTimeout: 'Không tải được dữ liệu từ {url}: quá {seconds} giây không có trả lời.',
  errFetchHtml: 'Không tải được dữ liệu từ {url}: nhận được một trang web (HTML) thay vì dữ liệu JSON.',
  errFetchTooLarge: 'Không tải được dữ liệu từ {url}: tệp lớn hơn {limit}.',
  errTableCell: 'Bảng dữ liệu, hàng {row}, cột {column}: "{text}" không phải là một số.',
  errTableShape: 'Bảng dữ liệu: {detail}',
  errNotFinite: '{path} phải là một số hữu hạn.',
  typeNames: {
    number: 'một số',
    integer: 'một số nguyên',
    string: 'một chuỗi văn bản',
    boolean: 'true hoặc false',
    object: 'một đối tượng {…}',
    array: 'một danh sách […]',
    null: 'null',
  },
  gotNames: {
    number: 'một số',
    string: 'một chuỗi văn bản',
    boolean: 'true/false',
    object: 'một đối tượng',
    array: 'một danh sách',
    null: 'null',
    undefined: 'trống',
  },
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
  errorTitle: 'This chart cannot be shown because its data has errors:',
  moreErrors: 'and {n} more.',
  source: 'Source',
  note: 'Note',
  missing: 'no data',
  notPublished: 'not published',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  other: 'Other',
  otherItems: 'Other ({n} groups)',
  total: 'Total',
  share: 'Share',
  value: 'Value',
  category: 'Group',
  dataRoot: '(data)',
  sumMismatch: 'Note: the parts add up to {sum}, not the stated total of {total}. Figures are shown as published.',
  breakdownUnpublished: 'The breakdown by group has not been published.',
  errType: '{path} must be {type}, but is {got}.',
  errRequired: '{path} is missing the required field "{field}".',
  errUnknownField: '{path} has an unknown field "{field}".',
  errMinimum: '{path} must be at least {limit}.',
  errExclusiveMinimum: '{path} must be greater than {limit}.',
  errMaximum: '{path} must be at most {limit}.',
  errMinItems: '{path} must have at least {limit} items.',
  errMaxItems: '{path} can have at most {limit} items.',
  errEmptyText: '{path} must not be empty.',
  errTooLong: '{path} is longer than {limit} characters.',
  errPattern: '{path} is not in the expected format.',
  errUrl: '{path} must be a web address starting with http:// or https://.',
  errEnum: '{path} must be one of: {allowed}.',
  errText: '{path} must be a text or translations like {"vi": "…", "en": "…"}.',
  errInvalid: '{path} is not valid.',
  errDuplicateId: '{path}: id "{id}" is already used by {other}.',
  errJson: 'The data is not valid JSON: error at line {line}, column {column} ({detail}).',
  errNotObject: 'The data must be a JSON object {…}, but is {got}.',
  errFetchStatus: 'Could not load data from {url}: the server answered {status}.',
  errFetchNetwork: 'Could not load data from {url}: network error, or the server does not allow access.',
  errFetchTimeout: 'Could not load data from {url}: no answer within {seconds} seconds.',
  errFetchHtml: 'Could not load data from {url}: received a web page (HTML) instead of JSON data.',
  errFetchTooLarge: 'Could not load data from {url}: the file is larger than {limit}.',
  errTableCell: 'Data table, row {row}, column {column}: "{text}" is not a number.',
  errTableShape: 'Data table: {detail}',
  errNotFinite: '{path} must be a finite number.',
  typeNames: {
    number: 'a number',
    integer: 'a whole number',
    string: 'a text',
    boolean: 'true or false',
    object: 'an object {…}',
    array: 'a list […]',
    null: 'null',
  },
  gotNames: {
    number: 'a number',
    string: 'a text',
    boolean: 'true/false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    undefined: 'empty',
  },
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
