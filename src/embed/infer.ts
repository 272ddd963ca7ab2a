/**
 * Which widget a table is, when its figure has no `data-citystat` (a CMS that
 * strips `data-*` and `class`, with the site's `<meta name="citystat-figures">`).
 * Read from the first header cells as the snippet writes them, in any known
 * language; undefined when the table is not one of them (it stays a table).
 */
import type { LanguagePack } from '../core/i18n.js';
import { packs } from '../core/table-read.js';

/**
 * The first header word (or the second's start, for FDI's `Vốn (…)`) of each
 * widget's table: a registered language's from its pack, and vi and en's
 * written here. Those are the widgets' own words (`<widget>.words.ts`) copied:
 * importing them would put each widget's words in a chunk apart from its code,
 * which every page with that widget would fetch after it (one request more,
 * ~140 B gzip). test/embed-stripped.test.ts infers every widget's table in vi
 * and en as the snippet writes it, so the two cannot drift apart unseen.
 */
const SIGNS: ReadonlyArray<
  readonly [widget: string, column: number, word: (s: Partial<LanguagePack>) => string | undefined, builtIn: string[]]
> = [
  ['fdi-composition', 1, (s) => s.fdi?.capital, ['vốn', 'capital']],
  ['fdi-composition', 0, (s) => s.fdi?.component, ['thành phần', 'component']],
  ['kpi', 0, (s) => s.kpi?.figure, ['chỉ số', 'figure']],
  ['fair-participation', 0, (s) => s.fair?.fair, ['hội chợ', 'fair']],
  ['trend', 0, (s) => s.trend?.period, ['thời gian', 'period']],
  ['sector-breakdown', 0, (s) => s.category, []],
];

export function inferWidget(table: HTMLTableElement): string | undefined {
  const head = table.tHead?.rows[0] ?? table.rows[0];
  if (!head) return undefined;
  const cells = [...head.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase());
  const lang = table.closest('[lang]')?.getAttribute('lang') ?? 'vi';
  for (const [widget, column, word, builtIn] of SIGNS) {
    const text = cells[column];
    if (!text) continue;
    for (const w of [...builtIn, ...packs(lang).map((s) => word(s)?.toLowerCase())]) {
      if (w && (text === w || (column === 1 && text.startsWith(`${w} (`)))) return widget;
    }
  }
  return undefined;
}
