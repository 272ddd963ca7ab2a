// The sector-breakdown widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import {
  cellNumber,
  columnDecimals,
  commonFields,
  firstLine,
  headerIndex,
  isMissingText,
  isNotPublishedText,
  type TableText,
} from '../../core/table-read.js';
import { columnOf, countOf, headerUnit, ownIssues, ownTable } from '../../core/table-own.js';
import { partialSection } from '../../core/partial.js';
import type { Issue } from '../../core/validate.js';
import type { SectorBreakdownData, SectorItem } from './sector-breakdown.types.js';

/**
 * Reads a table of columns label, value, then optional ones: an id, a
 * "Số lượng" / "Count" column (`512 dự án`, or a bare number under `Số lượng
 * (dự án)`) and a "Ghi chú" / "Note" column.
 * Numbers are read in the table's language (vi `2.526`, en `2,526`), or from
 * a cell's `data-value`. An empty cell, `—` or the words "không có số liệu" /
 * "no data" are a missing value; "chưa công bố" / "not published" in every
 * row means only the total is published. A header `Giá trị (sản phẩm)` gives
 * the unit (`(%)` too), a `<tfoot>` row the total, a second line of a label
 * cell its note. Decimals written in the value column (`99,0`) are kept
 * (`decimals`). The widget's own download reads back (core/table-own.ts): its
 * share column is checked, not read, its last row `Tổng`/`Total` is the
 * total, and a remainder row before it (`Phần còn lại (không nêu chi tiết)`,
 * `Khác`) is the data's `rest` when its figure is the remainder (else one
 * more part, as given).
 */
export function fromTable(input: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const own = ownTable(input, lang);
  const table = own.table;
  let issues: Issue[] = [];
  const items: SectorItem[] = [];
  const countAt = columnOf(table, lang, (s) => partialSection(s).count);
  const countUnit = headerUnit(table.headers[countAt]);
  const noteAt = headerIndex(table, lang, (s) => s.note);
  table.rows.forEach((cells, r) => {
    if (cells.length < 2) {
      issues.push({ code: 'errTableColumn', path: '', params: { row: r + 1, column: 2, header: table.headers[1] ?? '' } });
      return;
    }
    const [labelCell, valueCell] = cells;
    // A third column that is neither count nor note is the id.
    const idCell = countAt === 2 || noteAt === 2 ? undefined : cells[2];
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
    const count = cells[countAt];
    if (countAt > 1 && count && (count.value !== null || !isMissingText(count.text, lang))) {
      const [digits, word] = countOf(count.text, countUnit);
      item.count = cellNumber(count, lang, digits);
      if (!Number.isInteger(item.count))
        issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: countAt + 1, text: count.text } });
      if (word) item.countUnit = word;
    }
    if (noteAt > 1 && cells[noteAt]?.text) notes.push(cells[noteAt].text);
    if (notes.length) item.note = notes.join(' ');
    items.push(item);
  });
  const data: SectorBreakdownData = { locale: lang, ...commonFields(table), items };
  if (own.rest) data.rest = own.rest;
  const decimals = columnDecimals([...table.rows.map((cells) => cells[1]), table.total?.[1], ...own.derived], lang);
  if (decimals) data.decimals = decimals;
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
