// The kpi widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { uiStrings } from '../../core/i18n.js';
import { commonFields, firstLine, headerIndex, isMissingText, packs, parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import { fieldColumns, readFields } from './kpi.csv.js';
import type { KpiData, KpiDirection, KpiFigure } from './kpi.types.js';
// The words are read from the packs (`s.kpi`), where this import puts them: the
// reader then imports nothing by name from the widget's chunk (smaller loader).
import './kpi.words.js';
export { csvRows } from './kpi.csv.js';

/** A number as written in a cell (`+3,93`, `22,9`, `2.041`), then the words after it. */
const NUMBER_THEN_WORDS = /^([+\-\u2212]?\d[\d.,\u00a0\u202f]*?)\s*(%?)(?:\s+(.*))?$/;
const PROGRESS = /^(\d[\d.,]*)\/(\d[\d.,]*)(?:\s+(.*))?$/;
const DIRECTIONS: readonly string[] = ['up-good', 'up-bad', 'neutral'];
/** A sign in front: the figure is a change (`+2,1%`), not a level (`2,1%`). */
const SIGNED = /^[+\-\u2212]/;
/** Percentage points after a number, in the known languages: `+0,3 điểm %`, `-0.5 pp`. */
const POINTS = /^(?:điểm phần trăm|điểm %|điểm|percentage points?|pp|points?)(?:\s+|$)/i;

/**
 * Reads a table of figures. Columns are found by their headers in any known
 * language: `Chỉ số`/`Figure` (first), `Giá trị`/`Value`, `Thay đổi`/`Change`,
 * `Thời gian`/`Period`, `Xu hướng`/`Trend`; any other column is the unit. A
 * table without those headers is read by position: label, value, unit, period.
 *
 * The value cell reads as the card does: `22,9 nghìn doanh nghiệp` (a scale
 * word makes the figure compact; the words after are the unit), `+3,93% so với
 * cùng kỳ` (a percent change and its comparison), `19/43 cụm` (progress that
 * is the figure); further lines (`<br>`) are the detail, a progress
 * `19/43 dự án hoàn thành` and the target `Mục tiêu: 10–20 …`. The change cell
 * is `+2% so với cùng kỳ` or `+1.500 doanh nghiệp so với cùng kỳ`; a cell's
 * `data-direction` tells whether a rise is good news. Numbers are read in the
 * table's language, or from a cell's `data-value`. An empty cell, `—` or "no
 * data" is a missing value. The CSV download's columns of one field each
 * (`Dạng`, `Đơn vị`, `So với`…: kpi.csv.ts) are read as those fields.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const fields = fieldColumns(table.headers);
  const cols = columnsOf(
    table,
    lang,
    fields.map((c) => c.index),
  );
  const bad = (row: number, column: number, text: string) =>
    issues.push({ code: 'errTableCell', path: '', params: { row: row + 1, column: column + 1, text } });
  const figures: KpiFigure[] = table.rows.map((cells, r) => {
    const f: KpiFigure = { id: table.rowIds?.[r] || `row-${r + 1}`, label: cells[0]?.text ?? '', value: null };
    const cell = cells[cols.value];
    if (!cell) {
      issues.push({
        code: 'errTableColumn',
        path: '',
        params: { row: r + 1, column: cols.value + 1, header: table.headers[cols.value] ?? '' },
      });
      return f;
    }
    const unitText = cols.unit >= 0 ? (cells[cols.unit]?.text ?? '') : undefined;
    const [headline, more] = firstLine(cell);
    if (cell.value !== null) {
      // A machine value: the text is for readers; only a `%` is read from it.
      f.value = Number(cell.value);
      if (headline.endsWith('%')) f.format = SIGNED.test(headline) ? 'percent-change' : 'percent';
      if (!Number.isFinite(f.value)) bad(r, cols.value, cell.text);
    } else if (!isMissingText(headline, lang)) {
      const read = readHeadline(headline, lang);
      if (!read) bad(r, cols.value, cell.text);
      else Object.assign(f, read);
    }
    const direction = cell.data?.direction;
    if (f.format?.endsWith('change') && direction && DIRECTIONS.includes(direction)) f.direction = direction as KpiDirection;
    if (unitText !== undefined) {
      if (unitText) f.unit = unitText;
      else delete f.unit;
    }
    readMoreLines(f, more, lang);
    const change = cols.change >= 0 ? cells[cols.change] : undefined;
    if (change?.text) {
      const c = readChange(change.text, f, lang);
      if (!c) bad(r, cols.change, change.text);
      else
        f.change =
          change.data?.direction && DIRECTIONS.includes(change.data.direction)
            ? { ...c, direction: change.data.direction as KpiDirection }
            : c;
    }
    const period = cols.period >= 0 ? cells[cols.period]?.text : '';
    if (period) f.period = period;
    const trend = cols.trend >= 0 ? cells[cols.trend]?.text : '';
    if (trend) {
      f.trend = trend.split(/\s*;\s*/).map((t) => parseLocaleNumber(t, lang));
      if (f.trend.some((v) => !Number.isFinite(v))) bad(r, cols.trend, trend);
    }
    const field = readFields(f, cells, fields, lang);
    if (field >= 0) bad(r, field, cells[field].text);
    return f;
  });
  if (issues.length) return { issues };
  const data: KpiData = { locale: lang, ...commonFields(table), figures };
  return { data };
}

/** Where each field is: by header word, else by position (label, value, unit, period); `own` are one-field columns. */
function columnsOf(
  table: TableText,
  lang: string,
  own: number[],
): { value: number; unit: number; change: number; period: number; trend: number } {
  const value = headerIndex(table, lang, (s) => s.value);
  const change = headerIndex(table, lang, (s) => s.kpi.change);
  const period = headerIndex(table, lang, (s) => s.kpi.period);
  const trend = headerIndex(table, lang, (s) => s.kpi.trend);
  if (value < 0 && change < 0 && period < 0 && trend < 0) return { value: 1, unit: 2, change: -1, period: 3, trend: -1 };
  const known = [0, value < 0 ? 1 : value, change, period, trend, ...own];
  const unit = table.headers.findIndex((_, j) => !known.includes(j));
  return { value: value < 0 ? 1 : value, unit, change, period, trend };
}

/** A number with an optional scale word (`22,9 nghìn`), the words after it as the unit. */
function readAmount(text: string, lang: string): { value: number; compact?: boolean; words: string } | undefined {
  const m = NUMBER_THEN_WORDS.exec(text);
  if (!m || m[2]) return undefined;
  let value = parseLocaleNumber(m[1], lang);
  let words = m[3] ?? '';
  let compact: boolean | undefined;
  for (const [power, word] of uiStrings(lang).compact) {
    if (words === word || words.startsWith(`${word} `)) {
      value = +(value * 10 ** power).toPrecision(12);
      compact = true;
      words = words.slice(word.length).trim();
      break;
    }
  }
  return Number.isFinite(value) ? { value, compact, words } : undefined;
}

/**
 * The headline: a rate (`2,1%`), a percent change (`+3,93%`, `3,93% so với cùng
 * kỳ`: a sign or a comparison makes it a change), a change in points
 * (`-0,5 điểm %`), a progress count that is the figure, or an amount and its unit.
 */
function readHeadline(text: string, lang: string): Partial<KpiFigure> | undefined {
  const pct = NUMBER_THEN_WORDS.exec(text);
  if (pct?.[2]) {
    const value = parseLocaleNumber(pct[1], lang);
    if (!Number.isFinite(value)) return undefined;
    if (!pct[3] && !SIGNED.test(pct[1])) return { value, format: 'percent' };
    return pct[3] ? { value, format: 'percent-change', comparison: pct[3] } : { value, format: 'percent-change' };
  }
  const points = readPoints(text, lang);
  if (points)
    return points.comparison
      ? { value: points.value, format: 'point-change', comparison: points.comparison }
      : { value: points.value, format: 'point-change' };
  const progress = PROGRESS.exec(text);
  if (progress) {
    const [value, total] = [parseLocaleNumber(progress[1], lang), parseLocaleNumber(progress[2], lang)];
    if (!Number.isFinite(value) || !Number.isFinite(total)) return undefined;
    return progress[3] ? { value, unit: progress[3], progress: { value, total } } : { value, progress: { value, total } };
  }
  const amount = readAmount(text, lang);
  if (!amount) return undefined;
  const f: Partial<KpiFigure> = { value: amount.value };
  if (amount.compact) f.compact = true;
  if (amount.words) f.unit = amount.words;
  return f;
}

/** Lines under the headline: the target (`Mục tiêu: …`), a progress (`19/43 …`), else the detail. */
function readMoreLines(f: KpiFigure, lines: string[], lang: string): void {
  const targetWords = packs(lang).map((s) => s.kpi.targetShown.split('{range}')[0]);
  for (const line of lines) {
    const lead = targetWords.find((w) => w && line.startsWith(w));
    const progress = PROGRESS.exec(line);
    if (lead !== undefined && f.progress) {
      const m = /^(\d[\d.,]*)(?:\s*[–-]\s*(\d[\d.,]*))?(?:\s+(.*))?$/.exec(line.slice(lead.length).trim());
      if (!m) continue;
      const min = parseLocaleNumber(m[1], lang);
      const max = m[2] ? parseLocaleNumber(m[2], lang) : min;
      f.progress.target = m[3] ? { min, max, label: m[3] } : { min, max };
    } else if (progress && !f.progress) {
      const [value, total] = [parseLocaleNumber(progress[1], lang), parseLocaleNumber(progress[2], lang)];
      f.progress = { value, total };
      const words = progress[3] ?? '';
      if (words && words !== f.unit) f.progress.label = words;
    } else if (!f.detail) f.detail = line;
  }
}

/** `+2% so với cùng kỳ` (percent), `+0,3 điểm %` (points) or `+1.500 doanh nghiệp so với cùng kỳ` (in the figure's unit). */
function readChange(text: string, f: KpiFigure, lang: string): KpiFigure['change'] | undefined {
  const m = NUMBER_THEN_WORDS.exec(text);
  if (!m) return undefined;
  if (m[2]) {
    const value = parseLocaleNumber(m[1], lang);
    return Number.isFinite(value) ? { value, kind: 'percent', comparison: m[3] ?? '' } : undefined;
  }
  const points = readPoints(text, lang);
  if (points) return { value: points.value, kind: 'points', comparison: points.comparison };
  const amount = readAmount(text, lang);
  if (!amount) return undefined;
  const unit = typeof f.unit === 'string' ? f.unit : '';
  const comparison = unit && amount.words.startsWith(unit) ? amount.words.slice(unit.length).trim() : amount.words;
  return { value: amount.value, kind: 'absolute', comparison };
}

/** A signed number in percentage points (`+0,3 điểm phần trăm so với cùng kỳ`) and the comparison after it. */
function readPoints(text: string, lang: string): { value: number; comparison: string } | undefined {
  const m = NUMBER_THEN_WORDS.exec(text);
  const words = POINTS.exec(m?.[3] ?? '');
  if (!m || m[2] || !words || !SIGNED.test(m[1])) return undefined;
  const value = parseLocaleNumber(m[1], lang);
  return Number.isFinite(value) ? { value, comparison: m[3]!.slice(words[0].length).trim() } : undefined;
}
