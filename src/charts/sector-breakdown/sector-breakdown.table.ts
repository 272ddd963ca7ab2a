// The sector-breakdown widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { cellNumber, commonFields, firstLine, isMissingText, isNotPublishedText, type TableText } from '../../core/table-read.js';
import { headerUnit, ownIssues, ownTable } from '../../core/table-own.js';
import type { Issue } from '../../core/validate.js';
import type { SectorBreakdownData, SectorItem } from './sector-breakdown.types.js';

/**
 * Reads a table of two or three columns: label, value (and an optional id).
 * Numbers are read in the table's language (vi `2.526`, en `2,526`), or from
 * a cell's `data-value`. An empty cell, `—` or the words "không có số liệu" /
 * "no data" are a missing value; "chưa công bố" / "not published" in every
 * row means only the total is published. A header `Giá trị (sản phẩm)` gives
 * the unit, a `<tfoot>` row the total, a second line of a label cell its note.
 * The widget's own download reads back (core/table-own.ts): its share column
 * is checked, not read, and its last row `Tổng`/`Total` is the total.
 */
export function fromTable(input: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const own = ownTable(input, lang);
  const table = own.table;
  let issues: Issue[] = [];
  const items: SectorItem[] = [];
  table.rows.forEach((cells, r) => {
    if (cells.length < 2) {
      issues.push({ code: 'errTableColumn', path: '', params: { row: r + 1, column: 2, header: table.headers[1] ?? '' } });
      return;
    }
    const [labelCell, valueCell, idCell] = cells;
    const raw = valueCell.value ?? valueCell.text;
    let value: number | null = null;
    if (valueCell.value !== null || !isMissingText(raw, lang)) {
      value = cellNumber(valueCell, lang);
      if (!Number.isFinite(value)) {
        issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: 2, text: raw } });
        return;
      }
    }
    const [label, notes] = firstLine(labelCell);
    const item: SectorItem = { id: table.rowIds?.[r] || idCell?.text || `row-${r + 1}`, label, value };
    if (notes.length) item.note = notes.join(' ');
    items.push(item);
  });
  const data: SectorBreakdownData = { locale: lang, ...commonFields(table), items };
  const unit = table.unit || headerUnit(table.headers[1]);
  if (unit) data.unit = unit;
  const totalCell = table.total?.[1];
  if (totalCell && (totalCell.value !== null || !isMissingText(totalCell.text, lang))) {
    data.total = cellNumber(totalCell, lang);
    if (!Number.isFinite(data.total))
      issues.push({ code: 'errTableCell', path: '', params: { row: table.rows.length + 1, column: 2, text: totalCell.text } });
  }
  if (items.length && table.rows.every((cells) => isNotPublishedText(cells[1]?.text ?? '', lang))) data.breakdownPublished = false;
  // Without items, the widget's own table says so by an empty share of the total.
  if (!items.length && own.shares.length === 1 && !own.shares[0]?.text) data.breakdownPublished = false;
  issues = ownIssues(
    own,
    issues,
    items.map((item) => item.value),
    data.total,
    lang,
  );
  return issues.length ? { issues } : { data };
}
