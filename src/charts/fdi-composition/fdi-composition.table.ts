// The fdi-composition widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { parseLocaleNumber, type TableText } from '../../core/table-read.js';
import type { Issue } from '../../core/validate.js';
import type { FdiComponent, FdiCompositionData } from './fdi-composition.types.js';

/**
 * Reads a table of columns label, capital, count (optional). The unit comes
 * from the capital header's parentheses (`Vốn (triệu USD)`); a count cell may
 * carry its unit word (`305 dự án`). Numbers are read in the table's
 * language (vi `2.041`, en `2,041`), or from a cell's `data-value`.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const num = (cell: TableText['rows'][0][0] | undefined, text: string, row: number, column: number) => {
    const v = cell?.value != null ? Number(cell.value) : parseLocaleNumber(text, lang);
    if (!Number.isFinite(v)) issues.push({ code: 'errTableCell', path: '', params: { row: row + 1, column, text: cell?.text ?? '' } });
    return v;
  };
  const components = table.rows.map(([label, capital, count], r) => {
    const part: FdiComponent = { id: `row-${r + 1}`, label: label.text, capital: num(capital, capital?.text ?? '', r, 2) };
    if (count && (count.text || count.value !== null)) {
      // `305 dự án`: the number, then its unit word.
      const [, digits, word] = /^([^\p{L}]*?)\s*(\p{L}.*)?$/u.exec(count.text)!;
      part.count = num(count, digits, r, 3);
      if (word) part.countUnit = word;
    }
    return part;
  });
  if (issues.length) return { issues };
  const data: FdiCompositionData = { locale: lang, components };
  const unit = /\(([^)]+)\)\s*$/.exec(table.headers[1] ?? '')?.[1];
  if (unit) data.unit = unit.trim();
  if (table.caption) data.title = table.caption;
  return { data };
}
