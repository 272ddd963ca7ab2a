/**
 * Reading a light-DOM `<table>` (the progressive-enhancement source) and the
 * numbers in its cells. Loaded on demand, with the widget's table reader:
 * pages that give JSON never download it.
 */
import { SEPARATORS, intlLocale } from './format.js';

/** Cells of an HTML table as text, with optional machine values from `data-value`. */
export interface TableText {
  caption: string;
  headers: string[];
  rows: Array<Array<{ text: string; value: string | null }>>;
}

/** Reads a `<table>`: the caption, header cells and the body rows' cells. */
export function readTable(table: HTMLTableElement): TableText {
  const caption = table.caption?.textContent?.trim() ?? '';
  const allRows = [...table.rows];
  const headRow = table.tHead?.rows[0] ?? (allRows[0] && [...allRows[0].cells].every((c) => c.tagName === 'TH') ? allRows[0] : undefined);
  const headers = headRow ? [...headRow.cells].map((c) => c.textContent?.trim() ?? '') : [];
  const rows = allRows
    .filter((r) => r !== headRow && r.parentElement?.tagName !== 'THEAD' && r.parentElement?.tagName !== 'TFOOT')
    .map((r) =>
      [...r.cells].map((c) => ({
        text: (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
        value: c.getAttribute('data-value'),
      })),
    );
  return { caption, headers, rows };
}

/**
 * Parses a number as written in a table cell in the given language:
 * vi `2.526` → 2526 and `3,93` → 3.93; en `2,526` → 2526. Returns NaN when the
 * text is not a number. Spaces, a trailing `%` and unit words are not accepted.
 */
export function parseLocaleNumber(text: string, lang: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '') return NaN;
  const locale = intlLocale(lang);
  let [group, decimal] = SEPARATORS[locale] ?? [',', '.'];
  if (!SEPARATORS[locale]) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    group = parts.find((p) => p.type === 'group')?.value ?? group;
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? decimal;
  }
  const groupRe = group === '.' ? '\\.' : group === ',' ? ',' : `[${group}]`;
  const decimalRe = decimal === '.' ? '\\.' : decimal;
  const pattern = new RegExp(`^[+-]?(\\d{1,3}(${groupRe}\\d{3})+|\\d+)(${decimalRe}\\d+)?$`);
  if (!pattern.test(cleaned)) return NaN;
  const normal = cleaned.split(group).join('').replace(decimal, '.');
  return Number(normal);
}
