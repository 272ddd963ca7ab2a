// The fdi-composition widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import {
  cellNumber,
  columnDecimals,
  commonFields,
  firstLine,
  headerIndex,
  isMissingText,
  packs,
  type CellText,
  type TableText,
} from '../../core/table-read.js';
import { countOf, headerUnit, isSumLabel, isTotalLabel, ownIssues, ownTable } from '../../core/table-own.js';
import type { Issue } from '../../core/validate.js';
import type { FdiComponent, FdiCompositionData } from './fdi-composition.types.js';
// The words are read from the packs (`s.fdi`), where this import puts them: the
// reader then imports nothing by name from the widget's chunk (smaller loader).
import './fdi-composition.words.js';

/**
 * Reads a table of columns label, capital, count (optional). The unit comes
 * from the capital header's parentheses (`Vốn (triệu USD)`); a count cell may
 * carry its unit word (`305 dự án`), else the count header's (`Số lượng (dự
 * án)`), and "không có số liệu" / "no data" is a part without a count.
 * Numbers are read in the table's language (vi `2.041`, en `2,041`), or from
 * a cell's `data-value`. A
 * `<tfoot>` row gives the total and, in its header (`Tổng 9 tháng đầu năm
 * 2023`, `Total, first 9 months of 2023`), the period; a second line of a
 * label cell (or a "Ghi chú" / "Note" column) is the part's note. Decimals
 * written in the capital column (`99,0`) are kept (`decimals`). The widget's
 * own download reads back (core/table-own.ts): its share column is checked,
 * not read, its last row `Tổng`/`Total` (or `Tổng {period}`) is the total,
 * and a remainder row before it (`Phần còn lại (không nêu chi tiết)`,
 * `Khác`) is the data's `rest` when its figure is the remainder (else one
 * more part, as given).
 */
export function fromTable(input: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const own = ownTable(input, lang, (label) => isTotalLabel(label, lang) || periodOf(label, lang) !== undefined);
  const table = own.table;
  const issues: Issue[] = [];
  const num = (cell: CellText | undefined, text: string, row: number, column: number) => {
    const v = cellNumber(cell, lang, text);
    if (!Number.isFinite(v)) issues.push({ code: 'errTableCell', path: '', params: { row: row + 1, column, text: cell?.text ?? '' } });
    return v;
  };
  const noteAt = headerIndex(table, lang, (s) => s.note);
  const countUnit = noteAt === 2 ? undefined : headerUnit(table.headers[2]);
  const components = table.rows.map((cells, r) => {
    const [labelCell, capital] = cells;
    const count = noteAt === 2 ? undefined : cells[2];
    if (!capital) issues.push({ code: 'errTableColumn', path: '', params: { row: r + 1, column: 2, header: table.headers[1] ?? '' } });
    const [label, notes] = firstLine(labelCell);
    const part: FdiComponent = { id: table.rowIds?.[r] || `row-${r + 1}`, label, capital: capital ? num(capital, capital.text, r, 2) : 0 };
    if (count && (count.value !== null || !isMissingText(count.text, lang))) {
      const [digits, word] = countOf(count.text, countUnit);
      part.count = num(count, digits, r, 3);
      if (word) part.countUnit = word;
    }
    if (noteAt > 1 && cells[noteAt]?.text) notes.push(cells[noteAt].text);
    if (notes.length) part.note = notes.join(' ');
    return part;
  });
  const data: FdiCompositionData = { locale: lang, ...commonFields(table), components };
  if (own.rest) data.rest = own.rest;
  const decimals = columnDecimals([...table.rows.map((cells) => cells[1]), table.total?.[1], ...own.derived], lang);
  if (decimals) data.decimals = decimals;
  const unit = table.unit || headerUnit(table.headers[1]);
  if (unit) data.unit = unit;
  const [totalHead, totalCell] = table.total ?? [];
  if (totalCell && (totalCell.value !== null || !isMissingText(totalCell.text, lang)))
    data.total = num(totalCell, totalCell.text, table.rows.length, 2);
  // A sum of the parts read as the stated total (its figure is not the sum) names no period.
  const period = totalHead && !isSumLabel(firstLine(totalHead)[0], lang) && periodOf(totalHead.text, lang);
  if (period) data.period = period;
  const located = ownIssues(
    own,
    issues,
    components.map((p) => p.capital),
    data.total,
    lang,
  );
  return located.length ? { issues: located } : { data };
}

/** The period in a total row's header, written with any language's `totalOf` (`Tổng {period}`). */
function periodOf(text: string, lang: string): string | undefined {
  for (const s of packs(lang)) {
    const [before, after = ''] = s.fdi.totalOf.split('{period}');
    if (text.length > before.length + after.length && text.startsWith(before) && text.endsWith(after)) {
      return text.slice(before.length, text.length - after.length).trim() || undefined;
    }
  }
  return undefined;
}
