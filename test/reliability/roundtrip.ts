/**
 * The CSV round trip of the property run (issue 17): a valid document's CSV
 * download, parsed with the dialect's delimiter and read back by the widget's
 * own CSV reader, is valid and lays out the same data table. Pure, on detached
 * elements: the widget's layout, the download's text (`widgetCsv`, as the
 * button makes it), the CSV parser and table reader of the element's CSV path,
 * the element's own validation.
 */
import { dsvFormat } from 'd3-dsv';
import { csvIssues, parseCsv } from '../../src/core/csv.js';
import { widgetCsv } from '../../src/core/export.js';
import type { AnyChart } from '../helpers.js';

type Doc = Record<string, unknown>;

/**
 * The document as a publisher writes it: numbers with at most 12 digits and 6
 * decimals, as the data table shows figures (one with more is shown, and so downloaded,
 * rounded); texts without white space at their ends (a CSV reader trims its
 * cells, and `a ; b` files are common); and no empty text (`""`, `{"fr": ""}`)
 * where a text may be left out: a file cannot tell it from none. Other
 * documents are not the round trip's; the other properties check them.
 */
export function asPublished<T>(doc: T): T {
  const empty = (v: unknown) =>
    v === '' || (!!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => x === ''));
  return JSON.parse(JSON.stringify(doc), (key, v) => {
    if (typeof v === 'number') return +(+v.toPrecision(12)).toFixed(6) || 0;
    if (typeof v === 'string') v = v.replace(/^\s+|\s+$/g, '');
    return empty(v) && !/^\d+$/.test(key) ? undefined : v;
  });
}

export interface RoundTrip {
  csv: string;
  /** Rows of the file as a spreadsheet set to the language reads them. */
  cells: string[][];
  issues: unknown[];
  before: string[][];
  after?: string[][];
}

/** Lays `doc` out on `el`, writes its CSV download in `lang`, and reads it back on `other`. */
export async function csvRoundTrip(el: AnyChart, other: AnyChart, doc: Doc, width: number, lang: string): Promise<RoundTrip> {
  const anyEl = el as any;
  const layout = anyEl.computeLayout(doc, width, lang);
  // the download finds the widget through its render root
  const root = { host: { layout, tableReader: () => anyEl.tableReader() } } as unknown as ParentNode;
  const csv = await widgetCsv(layout.table, root, lang);
  const cells = dsvFormat(lang === 'vi' ? ';' : ',').parseRows(csv.replace(/^\uFEFF/, '').trimEnd());
  const before = layout.table.rows;
  const parsed = parseCsv(csv);
  if (parsed.issues) return { csv, cells, issues: parsed.issues, before };
  const { fromTable } = await anyEl.tableReader();
  const read = fromTable(parsed.table!, parsed.numberLang ?? lang);
  const issues = csvIssues(read.issues, parsed.lines!);
  if (issues.length) return { csv, cells, issues, before };
  (other as any)._accept({ source: 'script', raw: read.data });
  if (other.issues.length || other.status !== 'ready') return { csv, cells, issues: [...other.issues, other.status], before };
  return { csv, cells, issues: [], before, after: (other as any).computeLayout(read.data, width, lang).table.rows };
}
