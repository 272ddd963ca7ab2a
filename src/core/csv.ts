/**
 * CSV input (loaded on demand: pages without CSV never download it), parsed
 * with d3-dsv. Accepts what spreadsheet programs export, Vietnamese Excel
 * included: a UTF-8 BOM, `;` or `,` or tab separators, decimal commas when the
 * separator is `;`, and Google Sheets' Vietnamese export (`,` between cells,
 * decimal commas in quotes: `"230,3"`) when its numbers cannot be English
 * ones. A header block of `# title: …` lines may come first (core/csv-meta.ts);
 * then the first row is the header; the columns are those of the widget's
 * light-DOM table source. A cell that a download made safe from
 * spreadsheet formulas (`'=…`, `'-…`: core/csv-numbers.ts) reads without its `'`.
 */
import { dsvFormat } from 'd3-dsv';
import type { TableText } from './table-read.js';
import { readCsvMeta } from './csv-meta.js';
import type { Issue } from './validate.js';

export interface CsvResult {
  table?: TableText;
  issues?: Issue[];
  /** Language whose number format the cells use: `vi` for `;` files and comma files with decimal commas, else `en`. */
  numberLang?: string;
  /** The file line of each data row (1-based), for messages. */
  lines?: number[];
}

/** The separator of a CSV text: the most frequent of `;`, `,`, tab on its first line (outside quotes). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0 ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0] : ',';
}

/**
 * A cell's text: without the white space an HTML table would not show at its
 * ends, and without the `'` that keeps a spreadsheet from running it
 * (`'=A1` → `=A1`, `''=A1` → `'=A1`).
 */
const cellText = (cell: string) => cell.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '').replace(/^'(?='*[=+\-@\t\r])/, '');

/** Parses CSV text into table cells, or located issues. */
export function parseCsv(input: string): CsvResult {
  // A header block (`# title: …` lines) says the chart's words; its lines are blanked.
  const { text, meta } = readCsvMeta(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  // Unbalanced quotes: d3-dsv would silently swallow the rest of the file.
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else {
        quoted = !quoted;
        if (quoted) openedAt = line;
      }
    } else if (ch === '\n') line++;
  }
  if (quoted) return { issues: [{ code: 'errCsvQuote', path: '', params: { row: openedAt } }] };

  // Inline CSV often starts on the line after its <script> tag.
  const delimiter = detectDelimiter(text.replace(/^(?:[ \t]*\n)+/, ''));
  const rows = dsvFormat(delimiter).parseRows(text);
  // File line of each row (quoted cells may hold line breaks).
  const lineOf: number[] = [];
  let current = 1;
  for (const row of rows) {
    lineOf.push(current);
    current += 1 + row.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  const kept = rows.map((r, i) => ({ r, line: lineOf[i] })).filter(({ r }) => r.some((c) => c.trim() !== ''));
  if (!kept.length) return { table: { ...meta, caption: meta.caption ?? '', headers: [], rows: [] }, lines: [] };
  const [head, ...body] = kept;
  const issues: Issue[] = [];
  for (const { r, line: l } of body) {
    if (r.length !== head.r.length) {
      issues.push({ code: 'errCsvShape', path: '', params: { row: l, got: r.length, expected: head.r.length } });
    }
  }
  if (issues.length) return { issues };
  return {
    table: {
      ...meta,
      caption: meta.caption ?? '',
      headers: head.r.map(cellText),
      rows: body.map(({ r }) => r.map((c) => ({ text: cellText(c), value: null }))),
    },
    lines: body.map(({ line: l }) => l),
    numberLang: delimiter === ';' || (delimiter === ',' && decimalCommas(body.map(({ r }) => r))) ? 'vi' : 'en',
  };
}

/**
 * True when the cells of a comma-separated file write numbers with a decimal
 * comma (in quotes, as Google Sheets set to Vietnamese exports them): some
 * cell is `230,3` or `1.234,5`, which no English number is, and none is an
 * English decimal (`230.35`, `1,234.5`). `2,041` alone stays English.
 */
export function decimalCommas(rows: string[][]): boolean {
  const cells = rows.flat().map((c) => c.trim().replace(/%$/, ''));
  const vi = cells.some((c) => /^[+-]?(\d{1,3}(\.\d{3})+|\d+),(\d{1,2}|\d{4,})$/.test(c) || /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(c));
  const en = cells.some((c) => /^[+-]?\d+\.(\d{1,2}|\d{4,})$/.test(c) || /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(c));
  return vi && !en;
}

/** The reader's issue codes and their wording for a CSV file. */
const CSV_CODES: Partial<Record<Issue['code'], Issue['code']>> = {
  errTableCell: 'errCsvCell',
  errTableColumn: 'errCsvColumn',
  errTableNoMeasures: 'errCsvNoMeasures',
  errTableShare: 'errCsvShare',
};

/**
 * A table reader's issues about a parsed CSV, worded for the file: a cell
 * that is not a number or a missing column is located by its file line
 * (`lines` of `parseCsv`), not by its row in the table.
 */
export function csvIssues(issues: Issue[] | undefined, lines: number[]): Issue[] {
  return (issues ?? []).map((issue): Issue => {
    const code = CSV_CODES[issue.code];
    if (!code) return issue;
    const row = Number(issue.params?.row);
    return { ...issue, code, params: { ...issue.params, ...(row ? { row: lines[row - 1] ?? row } : {}) } };
  });
}

/** A widget's reader of table cells (`<name>.table.ts`), as a CSV source needs it. */
interface CellsReader {
  fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] };
}

/**
 * A CSV source → the widget reader's data or issues (worded for the file).
 * The reader loads only for text that parsed; `lang` gives the widget's
 * language, for files whose numbers do not tell.
 */
export async function readCsvSource(
  text: string,
  lang: () => string,
  reader: () => Promise<CellsReader>,
): Promise<{ data?: unknown; issues?: Issue[] }> {
  const parsed = parseCsv(text);
  if (parsed.issues) return parsed;
  const result = (await reader()).fromTable(parsed.table!, parsed.numberLang ?? lang());
  return { data: result.data, issues: csvIssues(result.issues, parsed.lines!) };
}
