// The kpi widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { uiStrings } from '../../core/i18n.js';
import { parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import type { KpiData, KpiFigure } from './kpi.types.js';

/**
 * Reads a table of two to four columns: label, value, unit, period. Numbers
 * are read in the table's language (vi `196`, `3,93`; en `3.93`), or from a
 * cell's `data-value`; a scale word makes the figure compact (`22,9 nghìn`,
 * `226.9 trillion`); a trailing `%` makes it a percent change (`+3,93%`).
 * An empty cell or `—` is a missing value.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const figures: KpiFigure[] = table.rows.map(([label, cell, unit, period], r) => {
    const f: KpiFigure = { id: `row-${r + 1}`, label: label?.text ?? '', value: null };
    let raw = (cell?.value ?? cell?.text ?? '').trim();
    if (raw && !/^[-–—]$/.test(raw)) {
      let scale = 1;
      if (raw.endsWith('%')) {
        f.format = 'percent-change';
        raw = raw.slice(0, -1);
      } else if (cell.value === null) {
        for (const [power, word] of uiStrings(lang).compact) {
          if (raw.endsWith(` ${word}`)) {
            scale = 10 ** power;
            f.compact = true;
            raw = raw.slice(0, -word.length);
            break;
          }
        }
      }
      const n = cell.value !== null ? Number(raw) : parseLocaleNumber(raw, lang);
      if (!Number.isFinite(n)) issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: 2, text: cell.text } });
      f.value = +(n * scale).toPrecision(12);
    }
    if (unit?.text) f.unit = unit.text;
    if (period?.text) f.period = period.text;
    return f;
  });
  if (issues.length) return { issues };
  const data: KpiData = { locale: lang, figures };
  if (table.caption) data.title = table.caption;
  return { data };
}
