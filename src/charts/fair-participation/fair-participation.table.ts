// The fair-participation widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import type { FairEvent, FairMeasure, FairParticipationData } from './fair-participation.types.js';

/**
 * Reads a table: the first column is the fair's name, each further column
 * one measure, its header the measure's label. A header `Label (unit)` gives
 * the unit word, else the unit is the label in lower case. Numbers are read in
 * the table's language or from a cell's `data-value`; an empty cell or `—` is
 * a missing figure.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const measures: FairMeasure[] = table.headers.slice(1).map((h, j) => {
    const [, label, unit] = /^(.*?)\s*(?:\((.+)\))?$/.exec(h)!;
    return { id: label || `${j + 1}`, label, unit: unit ?? label.toLowerCase() };
  });
  const events: FairEvent[] = table.rows.map((cells, r) => {
    const values: FairEvent['values'] = {};
    measures.forEach((m, j) => {
      const cell = cells[j + 1];
      const raw = (cell?.value ?? cell?.text ?? '').trim();
      let v: number | null = null;
      if (raw && !/^[-–—]$/.test(raw)) {
        v = cell.value !== null ? Number(raw) : parseLocaleNumber(raw, lang);
        if (!Number.isFinite(v)) issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: j + 2, text: raw } });
      }
      values[m.id] = v;
    });
    return { id: `row-${r + 1}`, name: cells[0]?.text ?? '', values };
  });
  if (!measures.length) issues.push({ code: 'errTableShape', path: '', params: { detail: 'no measure columns' } });
  if (issues.length) return { issues };
  const data: FairParticipationData = { locale: lang, measures, events };
  if (table.caption) data.title = table.caption;
  return { data };
}
