/**
 * The CSV download's cells (part of the downloads chunk): figures as numbers
 * in the dialect of the reader's spreadsheet, units in the headers, and text
 * that cannot run as a formula.
 *
 * vi: `;` between cells and a decimal comma (`2041;18,2`), as Excel and
 * Google Sheets set to Vietnamese read them; other languages: `,` and a point.
 * Numbers carry no grouping, so that every spreadsheet reads them as numbers.
 */
import type { TableColumn, TableModel } from './table.js';

/** The cell separator of `lang`'s CSV files: `;` where the decimal mark is a comma (vi), else `,`. */
export function csvDelimiter(lang: string): string {
  return isVi(lang) ? ';' : ',';
}

const isVi = (lang: string) => lang.split('-')[0].toLowerCase() === 'vi';

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) gets a leading `'` (the OWASP rule); so does one
 * that starts with quotes before those (`'=x` → `''=x`), so that the CSV
 * reader, which drops that one `'`, reads every text back as it was. Numbers
 * are written by `csvNumber` and never pass here, so `-3` stays a number.
 */
export function safeCell(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A yes/no cell of a CSV download (KPI `Viết gọn`, trend `Ước tính`): `có` in vi, else `yes`. */
export const csvYes = (lang: string): string => (isVi(lang) ? 'có' : 'yes');

/** True when a yes/no cell says yes, in any language the downloads write (or `true`, `x`). */
export const readsYes = (text: string): boolean => ['có', 'yes', 'true', 'x'].includes(text.trim().toLowerCase());

/**
 * A number as `lang`'s spreadsheets read it: `-3,25` (vi), `-3.25` (en); no
 * grouping. `decimals`: the digits the table showed, kept (`3,0` stays `3,0`).
 */
export function csvNumber(value: number, lang: string, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return isVi(lang) ? text.replace('.', ',') : text;
}

/** A figure as the table shows it (`2.041`, `80,8%`, `305 dự án` in vi): its number and unit, or undefined. */
export function shownNumber(text: string, lang: string): { value: number; unit: string; decimals: number } | undefined {
  const primary = lang.split('-')[0].toLowerCase();
  if (primary !== 'vi' && primary !== 'en') return undefined;
  const [group, decimal] = primary === 'vi' ? ['\\.', ','] : [',', '\\.'];
  const m = new RegExp(`^([+\\-\\u2212]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(${decimal}\\d+)?\\s*(%|\\p{L}[\\p{L}\\s]*)?$`, 'u').exec(
    text.trim(),
  );
  if (!m) return undefined;
  const digits = m[2].replace(/[.,]/g, '') + (m[3] ? `.${m[3].slice(1)}` : '');
  const value = Number(digits) * (m[1] && m[1] !== '+' ? -1 : 1);
  return { value, unit: (m[4] ?? '').trim(), decimals: m[3] ? m[3].length - 1 : 0 };
}

/** How one column is written: its header and, for each cell, the CSV text. */
export interface CsvColumn {
  header: string;
  cell: (text: string, raw: number | null | undefined) => string;
}

/**
 * A column of the CSV: text columns as text; a numeric column as numbers,
 * its unit moved to the header when every figure in it has the same one
 * (`Tỷ lệ (%)`), else each figure with its own unit stays text (`305 dự án`,
 * `252 lượt`) and a missing figure keeps its words. A cell's raw value
 * (`TableModel.values`) is written as given.
 */
export function csvColumn(column: TableColumn, j: number, table: TableModel, lang: string): CsvColumn {
  const text: CsvColumn = { header: safeCell(column.label), cell: (t) => safeCell(t) };
  if (!column.numeric) return text;
  // Cells with a raw value do not vote: their text may hold a scale word (`1,2 nghìn`), not a unit.
  const worded = table.rows.filter((row, i) => row[j] && typeof table.values?.[i]?.[j] !== 'number');
  const shown = worded.map((row) => shownNumber(row[j], lang));
  const units = new Set(shown.filter((s) => s).map((s) => s!.unit));
  const filled = worded.length;
  const oneUnit = units.size === 1 && shown.filter((s) => s).length === filled ? [...units][0] : undefined;
  const header = oneUnit && !column.label.endsWith(`(${oneUnit})`) ? `${column.label} (${oneUnit})` : column.label;
  return {
    header: safeCell(header),
    cell: (t, raw) => {
      if (typeof raw === 'number' && Number.isFinite(raw)) return csvNumber(raw, lang);
      const s = t ? shownNumber(t, lang) : undefined;
      return s && (s.unit === '' || s.unit === oneUnit) ? csvNumber(s.value, lang, s.decimals) : safeCell(t);
    },
  };
}
