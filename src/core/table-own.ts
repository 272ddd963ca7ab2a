/**
 * A widget's own data table read back (its CSV download, or a copy of the
 * table it shows): the columns and rows that the widget derives from its data
 * and adds to it. Part of the table readers' chunks.
 *
 * - The share column: a column after the figures whose header is the share
 *   word of a known language (`Tỷ lệ`, `Share`), alone or with `(%)`. It is
 *   not data, so it is not read as data; it is checked instead: each share
 *   must be its row's share of the total (the stated total, else the sum),
 *   to the decimals it is written with, and the total row's 100%. A column that says something else
 *   under that header is an error, never dropped in silence.
 * - The total row: in a table without a `<tfoot>` (a CSV file), a last row
 *   labelled with the total word of a known language (`Tổng`, `Total`) is the
 *   total, as a `<tfoot>` row is, not one more item. Labelled the sum of the
 *   parts (`Tổng các phần`, `Sum of the parts`: the widget's table without a
 *   stated total), it is derived, not data: dropped, its share checked.
 * - The remainder row of a partial breakdown: with a total, a last body row
 *   labelled `Phần còn lại (không nêu chi tiết)` / `Rest (not specified)` or
 *   `Khác` / `Other` is the data's `rest`, not an item; its share is checked.
 * - A derived row read only when its figure is the one the widget derives
 *   (the remainder it shows, the sum of the known parts), exactly: else the
 *   figure is data, read as given (the remainder as one more part, the sum as
 *   the stated total), and the widget flags the total that does not add up.
 */
import { formatNumber } from './format.js';
import { partialSection, restOf } from './partial.js';
import { checkTotal } from './total.js';
import { cellNumber, firstLine, isMissingText, packs, parseLocaleNumber, type CellText, type TableText } from './table-read.js';
import type { LanguagePack } from './i18n.js';
import type { Issue } from './validate.js';

/** The table without the derived column and with its total row in `total`; the share cells kept to check. */
export interface OwnTable {
  table: TableText;
  /** The share column's number (1-based) in the file, 0 when there is none. */
  shareColumn: number;
  /** Each body row's share cell, then the remainder's and the total row's (undefined when the table has none). */
  shares: Array<CellText | undefined>;
  /** The remainder row's kind (the data's `rest`) and figure, when the table has one. */
  rest?: 'unspecified' | 'other';
  restValue?: number;
  /** The figure cells of the rows taken off (remainder, sum of the parts): their decimals are the column's too. */
  derived: Array<CellText | undefined>;
}

const lower = (text: string) => text.trim().toLowerCase();

/** True when a header is the widget's share column: `Tỷ lệ`, `Tỷ lệ (%)`, `Share`, `Share (%)`. */
export function isShareHeader(header: string, lang: string): boolean {
  const h = lower(header).replace(/\s*\(%\)$/, '');
  return packs(lang).some((s) => lower(s.share) === h);
}

/** The unit in a header's parentheses (`Vốn (triệu USD)`: everything between the first `(` and a final `)`), or undefined. */
export const headerUnit = (header = ''): string | undefined => /^[^(]*\((.+)\)$/s.exec(header.trim())?.[1].trim() || undefined;

/** The index of the column whose header is `word` in a known language, with or without a unit (`Số lượng (dự án)`); -1 when none. */
export function columnOf(table: TableText, lang: string, word: (pack: LanguagePack) => string): number {
  const words = packs(lang).map((s) => lower(word(s)));
  return table.headers.findIndex((h) => words.includes(lower(h).replace(/\s*\(.*\)$/s, '')));
}

/** A count cell's number and unit word: `305 dự án` → [`305`, `dự án`]; a bare number takes the header's unit. */
export function countOf(text: string, unit: string | undefined): [digits: string, word: string | undefined] {
  const [, digits = text, word = unit] = /^([+-]?\d[\d.,]*)\s(.+)$/s.exec(text) ?? [];
  return [digits, word];
}

/** True when a label is the total word of a known language (`Tổng`, `Total`). */
export const isTotalLabel = (label: string, lang: string): boolean => packs(lang).some((s) => lower(s.total) === lower(label));

/** True when a label is the sum of the parts in a known language (`Tổng các phần`, `Sum of the parts`). */
export const isSumLabel = (label: string, lang: string): boolean =>
  packs(lang).some((s) => lower(partialSection(s).sumOfParts) === lower(label));

/** Splits off the share column (after the first two) and the total row of a widget's own table. */
export function ownTable(input: TableText, lang: string, isTotal = (label: string) => isTotalLabel(label, lang)): OwnTable {
  const j = input.headers.findIndex((h, i) => i >= 2 && isShareHeader(h, lang));
  const without = <T>(cells: T[]) => (j < 0 ? cells : cells.filter((_, i) => i !== j));
  let rows = input.rows;
  let total = input.total;
  let sum: CellText[] | undefined;
  const label = (cells?: CellText[]) => lower(firstLine(cells?.[0])[0]);
  // A row's figure (null when missing, NaN when not a number: the reader says so), and the body rows'.
  const figure = (cells?: CellText[]) =>
    !cells?.[1] || (cells[1].value === null && isMissingText(cells[1].text, lang)) ? null : cellNumber(cells[1], lang);
  const figures = (body: CellText[][]) => body.map(figure);
  // The widget's own figure, to the last digit (it writes every digit it has); NaN is never one.
  const derives = (given: number | null, own: number | undefined) =>
    given !== null && own !== undefined && Math.abs(given - own) <= 1e-9 * Math.max(1, Math.abs(own));
  const last = rows[rows.length - 1];
  // The sum of the parts first: `Tổng các phần` would read as `Tổng {period}`. Not the sum: the stated total.
  if (!total && last && isSumLabel(firstLine(last[0])[0], lang)) {
    rows = rows.slice(0, -1);
    if (derives(figure(last), checkTotal(figures(rows)).sum)) sum = last;
    else total = last;
  } else if (!total && last && isTotal(firstLine(last[0])[0])) [rows, total] = [rows.slice(0, -1), last];
  // The remainder of a stated total: the last body row named so (without a total, "Other" is one more part).
  const restLabel = total && label(rows[rows.length - 1]);
  let rest: OwnTable['rest'] = restLabel
    ? packs(lang).some((s) => restLabel === lower(partialSection(s).restUnspecified))
      ? 'unspecified'
      : packs(lang).some((s) => restLabel === lower(s.other))
        ? 'other'
        : undefined
    : undefined;
  const parts = rows.slice(0, -1);
  // Not the remainder the widget would show: one more part, as given.
  if (
    rest &&
    !derives(figure(rows[rows.length - 1]), restOf(packs(lang)[0], rest, checkTotal(figures(parts), figure(total) ?? undefined))?.value)
  )
    rest = undefined;
  const restRow = rest && rows[rows.length - 1];
  if (restRow) rows = parts;
  const table: TableText = { ...input, headers: without(input.headers), rows: rows.map(without) };
  if (input.headerIds) table.headerIds = without(input.headerIds);
  if (input.rowIds) table.rowIds = input.rowIds.slice(0, rows.length);
  if (total) table.total = without(total);
  const shares = j < 0 ? [] : [...rows, ...(restRow ? [restRow] : []), ...((total ?? sum) ? [total ?? sum!] : [])].map((cells) => cells[j]);
  return { table, shareColumn: j + 1, shares, rest, restValue: restRow && cellNumber(restRow[1], lang), derived: [restRow?.[1], sum?.[1]] };
}

/**
 * The reader's issues located in the file (a column after the share column is
 * one further right), then, when there are none, the shares that are not
 * their row's share of the total. `values` are the body rows' figures.
 */
export function ownIssues(own: OwnTable, issues: Issue[], values: Array<number | null>, total: number | undefined, lang: string): Issue[] {
  const j = own.shareColumn;
  const located = issues.map((issue): Issue => {
    const column = Number(issue.params?.column);
    return j && column >= j ? { ...issue, params: { ...issue.params, column: column + 1 } } : issue;
  });
  if (located.length || !j) return located;
  // The widget's own rule: with nothing to share out, every part is 0% and the total 100%.
  if (own.rest) values = [...values, own.restValue ?? NaN];
  const base = total ?? values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const expected = [...values.map((v) => (v === null ? undefined : base > 0 ? (100 * v) / base : 0)), 100];
  const decimalMark = formatNumber(1.5, lang)[1];
  const out: Issue[] = [];
  own.shares.forEach((cell, r) => {
    const text = cell?.text.replace(/%$/, '').trim() ?? '';
    if (isMissingText(text, lang)) return;
    const want = expected[r];
    const decimals = text.split(decimalMark)[1]?.length ?? 0;
    if (want !== undefined && Math.abs(parseLocaleNumber(text, lang) - want) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, want)) return;
    // The share the figures give, in percent (worded in the message's language), or a dash when the figure is missing.
    out.push({ code: 'errTableShare', path: '', params: { row: r + 1, column: j, text: cell!.text, share: want ?? '–' } });
  });
  return out;
}
