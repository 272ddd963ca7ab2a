// The sector-breakdown widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import type { SectorBreakdownData, SectorItem } from './sector-breakdown.types.js';

/**
 * Reads a table of two or three columns: label, value (and an optional id).
 * Numbers are read in the table's language (vi `2.526`, en `2,526`), or from
 * a cell's `data-value`. An empty cell or `—` is a missing value.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const items: SectorItem[] = [];
  table.rows.forEach((cells, r) => {
    if (cells.length < 2) {
      issues.push({ code: 'errTableShape', path: '', params: { detail: `row ${r + 1}: 2 columns expected` } });
      return;
    }
    const [labelCell, valueCell, idCell] = cells;
    const raw = valueCell.value ?? valueCell.text;
    let value: number | null;
    if (raw.trim() === '' || /^[-–—]$/.test(raw.trim())) value = null;
    else {
      value = valueCell.value !== null ? Number(raw) : parseLocaleNumber(raw, lang);
      if (!Number.isFinite(value)) {
        issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: 2, text: raw } });
        return;
      }
    }
    items.push({ id: idCell?.text || `row-${r + 1}`, label: labelCell.text, value });
  });
  if (issues.length) return { issues };
  const data: SectorBreakdownData = { locale: lang, items };
  if (table.caption) data.title = table.caption;
  return { data };
}
