/**
 * Which widget a table is, when its figure has no `data-citystat` (a CMS that
 * strips `data-*` and `class`, with the site's `<meta name="citystat-figures">`).
 * Read from the first header cells as the snippet writes them, in any known
 * language; undefined when the table is not one of them (it stays a table).
 */
import type { LanguagePack } from '../core/i18n.js';
import { packs } from '../core/table-read.js';

/** The first header word (or the second's start, for FDI's `Vốn (…)`) of each widget's table. */
const SIGNS: ReadonlyArray<readonly [widget: string, column: number, word: (s: LanguagePack) => string]> = [
  ['fdi-composition', 1, (s) => s.fdi.capital],
  ['fdi-composition', 0, (s) => s.fdi.component],
  ['kpi', 0, (s) => s.kpi.figure],
  ['fair-participation', 0, (s) => s.fair.fair],
  ['sector-breakdown', 0, (s) => s.category],
];

export function inferWidget(table: HTMLTableElement): string | undefined {
  const head = table.tHead?.rows[0] ?? table.rows[0];
  if (!head) return undefined;
  const cells = [...head.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase());
  for (const [widget, column, word] of SIGNS) {
    const text = cells[column];
    if (!text) continue;
    for (const s of packs(table.closest('[lang]')?.getAttribute('lang') ?? 'vi')) {
      const w = word(s).toLowerCase();
      if (text === w || (column === 1 && text.startsWith(`${w} (`))) return widget;
    }
  }
  return undefined;
}
