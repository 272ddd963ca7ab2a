// The trend widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { uiStrings } from '../../core/i18n.js';
import { formatNumber } from '../../core/format.js';
import { commonFields, firstLine, isMissingText, packs, parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import { readsYes } from '../../core/csv-numbers.js';
import { isEstimateHeader } from './trend.csv.js';
import type { TrendAnnotation, TrendData, TrendKind, TrendPoint, TrendSeries } from './trend.types.js';
// The words are read from the packs (`s.trend`), where this import puts them,
// and periods are read without trend.periods.ts: the reader then imports
// nothing by name from the widget's chunk (smaller loader).
import './trend.words.js';

/** A period as the schema writes it (trend.types.ts `period`). */
const SCHEMA_PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?$/;

/**
 * A period as written in a table: `2023-Q1`, `2023-11`, `2023`, or its name
 * (`Quý 1/2023`, `Q1 2023`, `Tháng 11/2023`, `11/2023`, `Nov 2023`).
 */
function periodOf(text: string, lang: string): string | undefined {
  if (SCHEMA_PERIOD.test(text)) return text;
  const q = /^(?:quý|q)\s*([1-4])[\s/]+(\d{4})$/i.exec(text);
  if (q) return `${q[2]}-Q${q[1]}`;
  const m = /^(?:tháng\s*|t)?(\d{1,2})[\s/]+(\d{4})$/i.exec(text);
  if (m && +m[1] >= 1 && +m[1] <= 12) return `${m[2]}-${m[1].padStart(2, '0')}`;
  const named = /^(\p{L}{3})\p{L}*\.?\s+(\d{4})$/u.exec(text);
  const k = named ? uiStrings(lang === 'vi' ? 'en' : lang).trend.months.findIndex((x) => x.toLowerCase() === named[1].toLowerCase()) : -1;
  return k >= 0 ? `${named![2]}-${String(k + 1).padStart(2, '0')}` : undefined;
}

/**
 * A series header: its name and, in parentheses, the unit of a level or `%`
 * for a change, followed by what it is against when not a year earlier
 * (`IIP (%, so với kỳ trước)`), in any known language.
 */
function seriesOf(header: string, lang: string): { label: string; kind?: TrendKind; unit?: string } {
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(header);
  if (!m) return { label: header };
  const [, label, unit] = m;
  if (!unit.startsWith('%')) return { label, unit };
  const against = unit.slice(1).replace(/^,\s*/, '').toLowerCase();
  const kinds = ['change-year', 'change-previous', 'change-year-to-date'] as const;
  const kind = against ? kinds.find((k) => packs(lang).some((s) => s.trend.against[k].toLowerCase() === against)) : 'change-year';
  return kind ? { label, kind } : { label, unit };
}

/** Decimals every figure of a column is written with (`3,0` has 1), when they agree. */
function writtenDecimals(texts: string[], lang: string): number | undefined {
  const mark = formatNumber(1.5, lang, 1).replace(/\d/g, '');
  const counts = new Set(texts.map((x) => (x.includes(mark) ? x.length - x.lastIndexOf(mark) - 1 : 0)));
  const [only] = counts;
  return counts.size === 1 && only > 0 ? only : undefined;
}

/**
 * Reads a table whose first column is the period and each further column one
 * series (its header is the series' name, with the unit in parentheses; `%`
 * makes it a change). Numbers are read in the table's language (vi `3,7`; en
 * `3.7`) or from a cell's `data-value`; a `%` after a number also makes the
 * column a change year on year; a `*` or `(ước tính)`/`(estimate)` marks an
 * estimate; an empty cell, `—` or "không có số liệu" / "no data" is a gap. A
 * second line of a period cell is an annotation (equal ones on consecutive
 * rows make a range), of a figure its note. Empty cells before a series'
 * first figure or after its last are outside it. A column headed `Ước tính` /
 * `Estimate` after a series (the CSV download's, trend.csv.ts) marks the
 * estimates of that series with `có` / `yes`.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const width = Math.max(2, table.headers.length, ...table.rows.map((r) => r.length));
  const estimateWords = packs(lang).map((s) => ` (${s.trend.estimate.toLowerCase()})`);
  const written: string[][] = [];
  const blank: boolean[][] = [];
  // The table's column of each series, and of its estimate flags when it has one.
  const columns = Array.from({ length: width - 1 }, (_, c) => c + 1).filter(
    (j) => j < 2 || !isEstimateHeader(table.headers[j] ?? '', lang),
  );
  const flags = columns.map((j) => (isEstimateHeader(table.headers[j + 1] ?? '', lang) ? j + 1 : -1));
  const series: TrendSeries[] = columns.map((j) => {
    const { label, kind, unit } = seriesOf(table.headers[j] || `${j}`, lang);
    const sr: TrendSeries = { id: table.headerIds?.[j] || `s${j}`, label, kind: kind ?? 'level', points: [] };
    if (unit) sr.unit = unit;
    written.push([]);
    blank.push([]);
    return sr;
  });
  const annotations: TrendAnnotation[] = [];
  let previous: string | undefined;
  table.rows.forEach((cells, r) => {
    // A period without any figure beside it: the table has no series column.
    if (cells.length < 2) {
      issues.push({ code: 'errTableColumn', path: '', params: { row: r + 1, column: 2, header: table.headers[1] ?? '' } });
      return;
    }
    const [name, notes] = firstLine(cells[0]);
    const period = periodOf(cells[0]?.value ?? name, lang);
    if (!period) {
      issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: 1, text: cells[0]?.text ?? '' } });
      return;
    }
    const note = notes.join(' ');
    const open = annotations[annotations.length - 1];
    if (note && open?.label === note && (open.end ?? open.period) === previous) open.end = period;
    else if (note) annotations.push({ period, label: note });
    previous = period;
    series.forEach((sr, c) => {
      const cell = cells[columns[c]];
      const [first, rest] = firstLine(cell);
      let raw = (cell?.value ?? first).trim();
      const point: TrendPoint = { period, value: null };
      const estimate = estimateWords.find((w) => raw.toLowerCase().endsWith(w));
      if (estimate) [point.estimate, raw] = [true, raw.slice(0, -estimate.length).trim()];
      if (raw.endsWith('*')) [point.estimate, raw] = [true, raw.slice(0, -1).trim()];
      if (flags[c] > 0 && readsYes(cells[flags[c]]?.text ?? '')) point.estimate = true;
      if (raw.endsWith('%')) [sr.kind, raw] = [sr.kind === 'level' ? 'change-year' : sr.kind, raw.slice(0, -1).trim()];
      if (cell?.value !== null && cell?.value !== undefined) point.value = Number(raw);
      else if (!isMissingText(raw, lang)) {
        point.value = parseLocaleNumber(raw, lang);
        written[c].push(raw);
      }
      if (point.value !== null && !Number.isFinite(point.value))
        issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: columns[c] + 1, text: cell!.text } });
      if (rest.length) point.note = rest.join(' ');
      blank[c].push(!raw && !rest.length && !point.estimate);
      sr.points.push(point);
    });
  });
  if (issues.length) return { issues };
  series.forEach((sr, c) => {
    // Empty cells before a series' first figure or after its last are periods it does not cover; within it, gaps.
    const from = blank[c].indexOf(false);
    sr.points = from < 0 ? [] : sr.points.slice(from, blank[c].lastIndexOf(false) + 1);
    const decimals = writtenDecimals(written[c], lang);
    if (decimals !== undefined) sr.decimals = decimals;
  });
  const data: TrendData = { locale: lang, ...commonFields(table), series };
  if (annotations.length) data.annotations = annotations;
  return { data };
}
export { csvRows } from './trend.csv.js';
