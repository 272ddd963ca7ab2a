/**
 * Error messages, vi and en. This module is loaded on demand (a separate chunk
 * of the CDN bundle) the first time a widget has something to report: pages
 * whose data is valid never download it.
 *
 * Other languages are added with the UI words, by one call:
 * `registerLanguage('fr', pack, messages)` of core/i18n.ts, which keeps them
 * until this module asks.
 */
import { formatNumber, formatPercent } from './format.js';
import { fill, registeredMessages } from './i18n.js';
import type { Issue } from './validate.js';
export { schemaIssues, withSchemaIssues } from './schema-issues.js';
export { jsonIssue } from './json-issue.js';

/** Error texts; `{path}` is a field path such as `items[2].value`. */
export interface Messages {
  errorTitle: string;
  /** The heading when the data could not be loaded at all (optional: packs without it use the English text). */
  loadTitle?: string;
  /** The heading when valid data could not be drawn (`errLayout`: no fault of the data; optional as above). */
  drawTitle?: string;
  /** What an HTTP status means, by code or class (`404`, `4xx`, `5xx`), for `{reason}` in errFetchStatus. */
  httpReasons?: Record<string, string>;
  moreErrors: string;
  dataRoot: string;
  /** Joins the allowed types in "must be a number or a text". */
  or: string;
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
  /** A body row without one of the table's columns (optional: packs without it use the English text). */
  errTableColumn?: string;
  errNotFinite: string;
  errCsvQuote: string;
  errUnknownMeasure: string;
  errCsvShape: string;
  errCsvCell: string;
  /** A CSV row without one of the widget's columns (optional, as errTableColumn). */
  errCsvColumn?: string;
  /** A table with no column of figures after the names (optional). */
  errTableNoMeasures?: string;
  errCsvNoMeasures?: string;
  /** A share in the widget's own share column that is not its row's share of the total (optional). */
  errTableShare?: string;
  errCsvShare?: string;
  /** A reader (or its chunk) that failed on the table or CSV: our fault or the network's, never left loading (optional). */
  errUnreadable?: string;
  /** Data the checks passed but the chart could not be drawn from (a fault of ours): a message, never a blank widget (optional). */
  errLayout?: string;
  /** The chart's own code for such data (a chunk) could not be loaded: drawn without it, figures would not be as published (optional). */
  errLayoutChunk?: string;
  /** Trend periods: out of time order, repeated, of another kind; a level and a change in one chart. */
  errPeriodOrder: string;
  errPeriodDuplicate: string;
  errPeriodKind: string;
  errTrendKinds: string;
  typeNames: Record<'number' | 'integer' | 'string' | 'boolean' | 'object' | 'array' | 'null', string>;
  gotNames: Record<'number' | 'string' | 'boolean' | 'object' | 'array' | 'null' | 'undefined', string>;
}

const vi: Messages = {
  errorTitle: 'Không hiển thị được biểu đồ vì dữ liệu có lỗi:',
  loadTitle: 'Không hiển thị được biểu đồ vì không tải được dữ liệu:',
  drawTitle: 'Không hiển thị được biểu đồ:',
  httpReasons: {
    401: 'cần đăng nhập',
    403: 'không được phép truy cập',
    404: 'không tìm thấy tệp',
    410: 'tệp đã bị gỡ bỏ',
    429: 'quá nhiều yêu cầu, hãy thử lại sau',
    '4xx': 'yêu cầu bị từ chối',
    '5xx': 'máy chủ gặp lỗi',
  },
  moreErrors: 'và {n} lỗi khác.',
  dataRoot: '(dữ liệu)',
  or: 'hoặc',
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
  errFetchStatus: 'Không tải được dữ liệu từ {url}: máy chủ trả lời mã {status} ({reason}).',
  errFetchNetwork: 'Không tải được dữ liệu từ {url}: lỗi mạng hoặc máy chủ không cho phép truy cập.',
  errFetchTimeout: 'Không tải được dữ liệu từ {url}: quá {seconds} giây không có trả lời.',
  errFetchHtml: 'Không tải được dữ liệu từ {url}: nhận được một trang web (HTML) thay vì dữ liệu JSON.',
  errFetchTooLarge: 'Không tải được dữ liệu từ {url}: tệp lớn hơn {limit}.',
  errTableCell: 'Bảng dữ liệu, hàng {row}, cột {column}: "{text}" không phải là một số.',
  errTableShape: 'Bảng dữ liệu: {detail}',
  errTableColumn: 'Bảng dữ liệu, hàng {row}: thiếu cột {column} ({header}).',
  errNotFinite: '{path} phải là một số hữu hạn.',
  errUnknownMeasure: '{path}: "{field}" không phải mã của chỉ số nào trong measures.',
  errCsvQuote: 'Tệp CSV, dòng {row}: dấu ngoặc kép (") được mở nhưng không được đóng.',
  errCsvShape: 'Tệp CSV, dòng {row}: có {got} cột, trong khi dòng tiêu đề có {expected} cột.',
  errCsvCell: 'Tệp CSV, dòng {row}, cột {column}: "{text}" không phải là một số.',
  errCsvColumn: 'Tệp CSV, dòng {row}: thiếu cột {column}{header}.',
  errTableNoMeasures: 'Bảng dữ liệu: không có cột số liệu nào sau cột tên.',
  errCsvNoMeasures: 'Tệp CSV: không có cột số liệu nào sau cột tên.',
  errTableShare: 'Bảng dữ liệu, hàng {row}, cột {column}: tỷ lệ "{text}" không khớp với số liệu, tính ra là {share}.',
  errCsvShare: 'Tệp CSV, dòng {row}, cột {column}: tỷ lệ "{text}" không khớp với số liệu, tính ra là {share}.',
  errUnreadable: 'Không đọc được bảng dữ liệu hoặc tệp CSV này.',
  errLayout: 'Không vẽ được biểu đồ từ các số liệu này.',
  errLayoutChunk: 'Không tải được phần mã cần để vẽ các số liệu này (mất kết nối?). Hãy tải lại trang.',
  errPeriodOrder: '{path}: kỳ "{period}" sớm hơn kỳ "{previous}" đứng trước nó (các kỳ theo thứ tự thời gian).',
  errPeriodDuplicate: '{path}: kỳ "{period}" bị lặp lại (đã có ở {other}).',
  errPeriodKind: '{path}: "{period}" không cùng loại kỳ với "{first}" (không trộn tháng, quý và năm).',
  errTrendKinds: '{path}: một mức chỉ số và một tốc độ thay đổi không vẽ chung một trục được.',
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
};

const en: Messages = {
  errorTitle: 'This chart cannot be shown because its data has errors:',
  loadTitle: 'This chart cannot be shown because its data could not be loaded:',
  drawTitle: 'This chart cannot be shown:',
  httpReasons: {
    401: 'sign-in required',
    403: 'access denied',
    404: 'file not found',
    410: 'the file was removed',
    429: 'too many requests, try again later',
    '4xx': 'the request was refused',
    '5xx': 'the server had an error',
  },
  moreErrors: 'and {n} more.',
  dataRoot: '(data)',
  or: 'or',
  errType: '{path} must be {type}, but is {got}.',
  errRequired: '{path} is missing the required field "{field}".',
  errUnknownField: '{path} has an unknown field "{field}".',
  errMinimum: '{path} must be at least {limit}.',
  errExclusiveMinimum: '{path} must be greater than {limit}.',
  errMaximum: '{path} must be at most {limit}.',
  errMinItems: '{path} must have at least {limit} item(s).',
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
  errFetchStatus: 'Could not load data from {url}: the server answered {status} ({reason}).',
  errFetchNetwork: 'Could not load data from {url}: network error, or the server does not allow access.',
  errFetchTimeout: 'Could not load data from {url}: no answer within {seconds} seconds.',
  errFetchHtml: 'Could not load data from {url}: received a web page (HTML) instead of JSON data.',
  errFetchTooLarge: 'Could not load data from {url}: the file is larger than {limit}.',
  errTableCell: 'Data table, row {row}, column {column}: "{text}" is not a number.',
  errTableShape: 'Data table: {detail}',
  errTableColumn: 'Data table, row {row}: column {column} ({header}) is missing.',
  errNotFinite: '{path} must be a finite number.',
  errUnknownMeasure: '{path}: "{field}" is not the id of any measure in measures.',
  errCsvQuote: 'CSV file, line {row}: a quote (") is opened but never closed.',
  errCsvShape: 'CSV file, line {row}: {got} columns, but the header row has {expected}.',
  errCsvCell: 'CSV file, line {row}, column {column}: "{text}" is not a number.',
  errCsvColumn: 'CSV file, line {row}: column {column}{header} is missing.',
  errTableNoMeasures: 'Data table: no column of figures after the names.',
  errCsvNoMeasures: 'CSV file: no column of figures after the names.',
  errTableShare: 'Data table, row {row}, column {column}: the share "{text}" does not match the figures, which give {share}.',
  errCsvShare: 'CSV file, line {row}, column {column}: the share "{text}" does not match the figures, which give {share}.',
  errUnreadable: 'This data table or CSV file could not be read.',
  errLayout: 'This chart could not be drawn from these figures.',
  errLayoutChunk: 'The code this chart needs for these figures could not be loaded (offline?). Reload the page to try again.',
  errPeriodOrder: '{path}: period "{period}" is earlier than "{previous}" before it (periods in time order).',
  errPeriodDuplicate: '{path}: period "{period}" is repeated (already at {other}).',
  errPeriodKind: '{path}: "{period}" is not the same kind of period as "{first}" (months, quarters and years are not mixed).',
  errTrendKinds: '{path}: a level and a change cannot share one axis.',
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
};

const builtIn = new Map<string, Messages>([
  ['vi', vi],
  ['en', en],
]);

/** Messages for a language tag (registered ones first), falling back to English. */
export function messages(lang: string): Messages {
  const key = lang.toLowerCase();
  const primary = key.split('-')[0];
  return registeredMessages.get(key) ?? registeredMessages.get(primary) ?? builtIn.get(key) ?? builtIn.get(primary) ?? en;
}

/** The message of an issue in a language. */
export function issueMessage(issue: Issue, lang: string): string {
  const s = messages(lang);
  const params: Record<string, string | number> = { ...issue.params, path: issue.path || s.dataRoot };
  if (issue.code === 'errType' && issue.params) {
    params.type = String(issue.params.type)
      .split('|')
      .map((t) => s.typeNames[t as keyof Messages['typeNames']] ?? t)
      .join(` ${s.or} `);
  }
  if ((issue.code === 'errType' || issue.code === 'errNotObject') && issue.params?.got !== undefined) {
    params.got = s.gotNames[issue.params.got as keyof Messages['gotNames']] ?? String(issue.params.got);
  }
  if (issue.code === 'errFetchStatus') {
    const status = Number(issue.params?.status);
    const reasons = { ...en.httpReasons, ...s.httpReasons };
    params.reason = reasons[status] ?? reasons[`${String(status)[0]}xx`] ?? '';
  }
  // Figures in the message are written in its language (`0,2 giây`).
  if (issue.code === 'errFetchTimeout') params.seconds = formatNumber(Number(issue.params?.seconds), lang);
  if (typeof issue.params?.share === 'number') params.share = formatPercent(issue.params.share / 100, lang);
  if (issue.code === 'errCsvColumn') params.header = issue.params?.header ? ` ("${issue.params.header}")` : '';
  const template = s[issue.code] ?? en[issue.code];
  return fill(typeof template === 'string' ? template : String(issue.code), params);
}

/**
 * The error box's heading and the "and N more" line. Data that could not be
 * loaded (a status, a timeout, a network error: `load`) or valid data that could
 * not be drawn (`draw`) is not data with errors, and each has its own heading.
 */
export function errorFrame(lang: string, more: number, kind?: 'load' | 'draw'): { title: string; more: string } {
  const s = messages(lang);
  const title = kind === 'load' ? (s.loadTitle ?? en.loadTitle) : kind === 'draw' ? (s.drawTitle ?? en.drawTitle) : undefined;
  return { title: title || s.errorTitle, more: fill(s.moreErrors, { n: more }) };
}

export { errorList, errorStyles } from './error-view.js';
