// The trend widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { uiStrings } from '../../core/i18n.js';
import { parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import { parsePeriod } from './trend.periods.js';
import type { TrendData, TrendPoint, TrendSeries } from './trend.types.js';
import { trendSection } from './trend.words.js';

/**
 * A period as written in a table: `2023-Q1`, `2023-11`, `2023`, or its name
 * (`Quý 1/2023`, `Q1 2023`, `Tháng 11/2023`, `11/2023`, `Nov 2023`).
 */
function periodOf(text: string, lang: string): string | undefined {
  if (parsePeriod(text)) return text;
  const q = /^(?:quý|q)\s*([1-4])[\s/]+(\d{4})$/i.exec(text);
  if (q) return `${q[2]}-Q${q[1]}`;
  const m = /^(?:tháng\s*|t)?(\d{1,2})[\s/]+(\d{4})$/i.exec(text);
  if (m && +m[1] >= 1 && +m[1] <= 12) return `${m[2]}-${m[1].padStart(2, '0')}`;
  const named = /^(\p{L}{3})\p{L}*\.?\s+(\d{4})$/u.exec(text);
  const k = named
    ? trendSection(uiStrings(lang === 'vi' ? 'en' : lang)).months.findIndex((x) => x.toLowerCase() === named[1].toLowerCase())
    : -1;
  return k >= 0 ? `${named![2]}-${String(k + 1).padStart(2, '0')}` : undefined;
}

/**
 * Reads a table whose first column is the period and each further column one
 * series (its header is the series' name). Numbers are read in the table's
 * language (vi `3,7`; en `3.7`) or from a cell's `data-value`; a `%` after a
 * number makes the column a change year on year (else a level); a `*` marks an
 * estimate; an empty cell or `—` is a gap.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const width = Math.max(2, table.headers.length, ...table.rows.map((r) => r.length));
  const series: TrendSeries[] = Array.from({ length: width - 1 }, (_, c) => ({
    id: `s${c + 1}`,
    label: table.headers[c + 1] || `${c + 1}`,
    kind: 'level',
    points: [],
  }));
  table.rows.forEach((cells, r) => {
    const period = periodOf(cells[0]?.value ?? cells[0]?.text ?? '', lang);
    if (!period) {
      issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: 1, text: cells[0]?.text ?? '' } });
      return;
    }
    series.forEach((sr, c) => {
      const cell = cells[c + 1];
      let raw = (cell?.value ?? cell?.text ?? '').trim();
      const point: TrendPoint = { period, value: null };
      if (raw.endsWith('*')) [point.estimate, raw] = [true, raw.slice(0, -1).trim()];
      if (raw.endsWith('%')) [sr.kind, raw] = ['change-year', raw.slice(0, -1).trim()];
      if (raw && !/^[-–—]$/.test(raw)) {
        point.value = cell!.value !== null ? Number(raw) : parseLocaleNumber(raw, lang);
        if (!Number.isFinite(point.value))
          issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: c + 2, text: cell!.text } });
      }
      sr.points.push(point);
    });
  });
  if (issues.length) return { issues };
  const data: TrendData = { locale: lang, series };
  if (table.caption) data.title = table.caption;
  return { data };
}
