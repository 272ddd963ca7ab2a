/**
 * The document-level fixtures in test/reliability/fixtures/ that every widget is given as `src` and as an
 * inline script (catalogue.ts), with what each widget must answer.
 */
import type { Expect } from './catalogue.js';

/** Document-level fixtures (widget-agnostic), with what every widget must answer. */
export const documentFixtures: Array<{ file: string; name: string; expect: Expect }> = [
  {
    file: 'malformed-trailing-comma.json',
    name: 'malformed JSON: trailing comma',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 1, column \d+/, vi: /dòng 1, cột \d+/ } },
  },
  {
    file: 'malformed-truncated.json',
    name: 'malformed JSON: truncated file',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 3, column \d+/ } },
  },
  {
    file: 'malformed-single-quotes.json',
    name: 'malformed JSON: single quotes',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 1, column 2\b/ } },
  },
  {
    file: 'malformed-nan.json',
    name: 'malformed JSON: NaN literal',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 2, column \d+/ } },
  },
  { file: 'malformed-infinity.json', name: 'malformed JSON: Infinity literal', expect: { status: 'error', path: '', code: 'errJson' } },
  { file: 'malformed-comment.json', name: 'malformed JSON: a comment', expect: { status: 'error', path: '', code: 'errJson' } },
  { file: 'empty.json', name: 'an empty file', expect: { status: 'error', path: '', code: 'errJson' } },
  {
    file: 'top-array.json',
    name: 'a JSON array at the top',
    expect: { status: 'error', path: '', code: 'errNotObject', text: { en: /but is a list/ } },
  },
  {
    file: 'top-string.json',
    name: 'a JSON string at the top',
    expect: { status: 'error', path: '', code: 'errNotObject', text: { en: /but is a text/ } },
  },
  { file: 'top-number.json', name: 'a JSON number at the top', expect: { status: 'error', path: '', code: 'errNotObject' } },
  { file: 'top-null.json', name: 'JSON null at the top', expect: { status: 'error', path: '', code: 'errNotObject' } },
  {
    file: 'proto.json',
    name: 'a __proto__ key (prototype pollution attempt)',
    expect: { status: 'error', path: '', code: 'errUnknownField' },
  },
];

/** CSV fixtures: broken quoting and ragged rows (only when a CSV source exists). */
export const csvFixtures: Array<{ file: string; name: string; expect: Expect; only?: string[]; except?: string[] }> = [
  {
    file: 'broken-quote.csv',
    name: 'CSV: a quote opened and never closed',
    expect: { status: 'error', path: '', code: 'errCsvQuote', text: { en: /line 2/, vi: /dòng 2/ } },
  },
  {
    file: 'broken-quote-late.csv',
    name: 'CSV: a stray quote on line 4',
    expect: { status: 'error', path: '', code: 'errCsvQuote', text: { en: /line 4/ } },
  },
  {
    file: 'ragged.csv',
    name: 'CSV: a row with more cells than the header',
    expect: { status: 'error', path: '', code: 'errCsvShape', text: { en: /line 3/ } },
  },
  {
    // Worded for the file, in the widget's language: never "Data table", "row 1" or English words in vi.
    file: 'one-column.csv',
    name: 'CSV: one column only',
    expect: {
      status: 'error',
      path: '',
      text: {
        en: /^[^]*: CSV file(, line 2)?: (?!.*Data table)/,
        vi: /^[^]*: Tệp CSV(, dòng 2)?: (?!.*(Bảng dữ liệu|row|column|expected))/,
      },
    },
  },
  // A download made these cells safe from formulas (core/csv-numbers.ts): read back, they are the texts again.
  {
    file: 'formula-quoted.csv',
    name: "CSV: text cells a download quoted against formulas ('=, '-, ''@)",
    expect: { status: 'ready', shown: '=1+1' },
    except: ['trend'],
  },
  // The trend's first column holds periods: its texts a formula could start are the series' names.
  {
    file: 'formula-quoted-trend.csv',
    name: "CSV: series names a download quoted against formulas ('=, '-)",
    expect: { status: 'ready', shown: '=1+1' },
    only: ['trend'],
  },
];

/** Whether a CSV fixture is one for the widget `name` (some need a widget's own first column). */
export const fixtureFor = (f: { only?: string[]; except?: string[] }, name: string) =>
  (f.only ?? [name]).includes(name) && !f.except?.includes(name);
