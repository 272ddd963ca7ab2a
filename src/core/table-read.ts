/**
 * Reading a light-DOM `<table>` (the progressive-enhancement source) and the
 * numbers in its cells. Loaded on demand, with the widget's table reader:
 * pages that give JSON never download it.
 *
 * Besides the cells it reads what a table-first figure carries
 * (docs/embedding.md): the caption's `<small>` as the subtitle, the `<tfoot>`
 * total row, row and column keys from `data-id`, and the source and note
 * lines of a `<figcaption>` beside the table (in the figure, or moved into the
 * widget with the table by the site script).
 */
import { SEPARATORS, decimalsOf, intlLocale } from './format.js';
import { uiStrings, type LanguagePack } from './i18n.js';
import type { Source } from './types.js';

/** One cell as text, with an optional machine value from `data-value`. */
export interface CellText {
  text: string;
  value: string | null;
  /** The cell's lines, split at `<br>` (a note under a label, a KPI's detail). */
  lines?: string[];
  /** The first link's address in the cell. */
  href?: string;
  /** The cell's other `data-*` attributes (e.g. `direction`). */
  data?: Record<string, string>;
}

/** Cells of an HTML table as text. */
export interface TableText {
  caption: string;
  headers: string[];
  rows: CellText[][];
  /** The caption's `<small>`: the subtitle. */
  subtitle?: string;
  /** `data-id` of each header cell (null when absent). */
  headerIds?: Array<string | null>;
  /** `data-id` of each body row (null when absent). */
  rowIds?: Array<string | null>;
  /** The first `<tfoot>` row: the total. */
  total?: CellText[];
  /** The figcaption's source line. */
  source?: Source & { name: string; date?: string };
  /** The figcaption's note line. */
  note?: string;
  /** The unit a CSV header block gives (`# unit: triệu USD`). */
  unit?: string;
}

/**
 * The words of `lang`, vi and en, in that order: a table is read in its own
 * language, and the snippet's vi and en words are known whatever the page says.
 */
export function packs(lang: string): LanguagePack[] {
  return [...new Set([lang, 'vi', 'en'].map(uiStrings))];
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A cell's text split at `<br>`. */
function linesOf(node: Node, out: string[] = [''], top = true): string[] {
  for (const child of node.childNodes) {
    if (child.nodeName === 'BR') out.push('');
    else if (child.nodeType === 3) out[out.length - 1] += child.textContent;
    else linesOf(child, out, false);
  }
  return top ? out.map(clean).filter(Boolean) : out;
}

function readCell(c: HTMLTableCellElement): CellText {
  const cell: CellText = { text: clean(c.textContent), value: c.getAttribute('data-value') };
  const lines = linesOf(c);
  if (lines.length > 1) cell.lines = lines;
  const href = c.querySelector('a[href]')?.getAttribute('href');
  if (href) cell.href = href;
  const data = { ...c.dataset } as Record<string, string>;
  delete data.value;
  if (Object.keys(data).length) cell.data = data;
  return cell;
}

/** Reads a `<table>`: caption and subtitle, header cells, body rows, total row and figcaption lines. */
export function readTable(table: HTMLTableElement): TableText {
  const result: TableText = { caption: '', headers: [], rows: [] };
  const caption = table.caption;
  if (caption) {
    const smalls = [...caption.querySelectorAll('small')];
    result.caption = clean(
      [...caption.childNodes]
        .filter((n) => !smalls.includes(n as HTMLElement))
        .map((n) => (n.nodeName === 'BR' ? ' ' : n.textContent))
        .join(''),
    );
    const subtitle = clean(smalls.map((s) => s.textContent).join(' '));
    if (subtitle) result.subtitle = subtitle;
  }
  const allRows = [...table.rows];
  const headRow = table.tHead?.rows[0] ?? (allRows[0] && [...allRows[0].cells].every((c) => c.tagName === 'TH') ? allRows[0] : undefined);
  const headCells = headRow ? [...headRow.cells] : [];
  result.headers = headCells.map((c) => c.textContent?.trim() ?? '');
  if (headCells.some((c) => c.hasAttribute('data-id'))) result.headerIds = headCells.map((c) => c.getAttribute('data-id'));
  const body = allRows.filter((r) => r !== headRow && r.parentElement?.tagName !== 'THEAD' && r.parentElement?.tagName !== 'TFOOT');
  result.rows = body.map((r) => [...r.cells].map(readCell));
  if (body.some((r) => r.hasAttribute('data-id'))) result.rowIds = body.map((r) => r.getAttribute('data-id'));
  const foot = table.tFoot?.rows[0];
  if (foot) result.total = [...foot.cells].map(readCell);
  const figcaption = table.parentElement?.querySelector(':scope > figcaption');
  if (figcaption) readFigcaption(figcaption, table.closest('[lang]')?.getAttribute('lang') ?? 'vi', result);
  return result;
}

/** The leading words of the source or note line (`Nguồn:`, `Source:`…). */
function leadingWords(key: 'source' | 'note', lang: string): string[] {
  return packs(lang).map((s) => s[key].toLowerCase());
}

/** Strips `word:` from the start of `text` when it is one of `words`; undefined otherwise. */
function after(text: string, words: string[]): string | undefined {
  const colon = text.indexOf(':');
  return colon > 0 && words.includes(text.slice(0, colon).trim().toLowerCase()) ? text.slice(colon + 1).trim() : undefined;
}

/** The source (`Nguồn: <a href>name</a>, <span>date</span>`) and note (`Ghi chú: …`) lines of a figcaption. */
function readFigcaption(figcaption: Element, lang: string, result: TableText): void {
  const paragraphs = [...figcaption.querySelectorAll('p')];
  const lines: Array<{ text: string; node?: Element }> = paragraphs.length
    ? paragraphs.map((p) => ({ text: clean(p.textContent), node: p }))
    : linesOf(figcaption).map((text) => ({ text }));
  const sourceWords = leadingWords('source', lang);
  const noteWords = leadingWords('note', lang);
  for (const { text, node } of lines) {
    const note = after(text, noteWords);
    if (note !== undefined && result.note === undefined) {
      result.note = note;
      continue;
    }
    const rest = after(text, sourceWords);
    if (rest === undefined || result.source) continue;
    const [nameEl, dateEl] = node ? [...node.children].filter((c) => c.matches('a, span')) : [];
    const source: NonNullable<TableText['source']> = { name: nameEl ? clean(nameEl.textContent) : rest };
    // Without the spans, a trailing `, 13/12/2022` (digits and separators) is the date.
    const plainDate = nameEl ? undefined : /^(.*),\s*([\d\s/.\-–]+)$/.exec(rest);
    if (plainDate) [source.name, source.date] = [plainDate[1].trim(), plainDate[2].trim()];
    if (dateEl) source.date = clean(dateEl.textContent);
    const href = nameEl?.matches('a') ? nameEl.getAttribute('href') : null;
    if (href) source.url = href;
    if (source.name) result.source = source;
  }
}

/** True when a cell's text is a missing figure: empty, a dash, or the words for "no data"/"not published". */
export function isMissingText(text: string, lang: string): boolean {
  const t = text.trim().toLowerCase();
  return t === '' || /^[-–—]$/.test(t) || packs(lang).some((s) => t === s.missing.toLowerCase() || t === s.notPublished.toLowerCase());
}

/** True when a cell says "not published" in a known language. */
export function isNotPublishedText(text: string, lang: string): boolean {
  const t = text.trim().toLowerCase();
  return packs(lang).some((s) => t === s.notPublished.toLowerCase());
}

/** The texts every widget shares, read from the table: title, subtitle, note, source. */
export function commonFields(table: TableText): { title?: string; subtitle?: string; note?: string; source?: Source } {
  const out: { title?: string; subtitle?: string; note?: string; source?: Source } = {};
  if (table.caption) out.title = table.caption;
  if (table.subtitle) out.subtitle = table.subtitle;
  if (table.note) out.note = table.note;
  if (table.source) out.source = table.source;
  return out;
}

/** A cell's number: its `data-value`, else `text` (default the cell's text) read in `lang`; NaN when not a number. */
export function cellNumber(cell: CellText | undefined, lang: string, text = cell?.text ?? ''): number {
  return cell?.value != null ? Number(cell.value) : parseLocaleNumber(text, lang);
}

/**
 * The decimals a column of figures was published with, when a cell's text says
 * more than its number keeps (`99,0` is 99: the trailing zero is published
 * precision): the most any cell was written with; undefined when every
 * number keeps its digits (`8`, `1,5`). A column is one measure, published
 * with one precision; a `data-value` is a machine number and says nothing.
 */
export function columnDecimals(cells: Array<CellText | undefined>, lang: string): number | undefined {
  const decimal = separators(lang)[1];
  let most = 0;
  for (const cell of cells) {
    if (!cell || cell.value != null) continue;
    const text = cell.text.replace(/[\s\u00a0\u202f]/g, '');
    const at = text.lastIndexOf(decimal);
    const written = at < 0 ? 0 : (/^\d+/.exec(text.slice(at + 1))?.[0].length ?? 0);
    if (written > decimalsOf(parseLocaleNumber(text, lang) || 0)) most = Math.max(most, written);
  }
  return most ? Math.min(6, most) : undefined;
}

/** A cell's first line and the lines under it (a label and its note). */
export function firstLine(cell: CellText | undefined): [string, string[]] {
  const [first = cell?.text ?? '', ...rest] = cell?.lines ?? [cell?.text ?? ''];
  return [first, rest];
}

/** The index of the header that says one of `word`'s translations (-1 when none). */
export function headerIndex(table: TableText, lang: string, word: (pack: LanguagePack) => string): number {
  const words = new Set(packs(lang).map((s) => word(s).toLowerCase()));
  return table.headers.findIndex((h) => words.has(h.toLowerCase()));
}

/**
 * Parses a number as written in a table cell in the given language:
 * vi `2.526` → 2526 and `3,93` → 3.93; en `2,526` → 2526. Returns NaN when the
 * text is not a number. Spaces, a trailing `%` and unit words are not accepted.
 */
export function parseLocaleNumber(text: string, lang: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '') return NaN;
  const [group, decimal] = separators(lang);
  const groupRe = group === '.' ? '\\.' : group === ',' ? ',' : `[${group}]`;
  const decimalRe = decimal === '.' ? '\\.' : decimal;
  const pattern = new RegExp(`^[+-]?(\\d{1,3}(${groupRe}\\d{3})+|\\d+)(${decimalRe}\\d+)?$`);
  if (!pattern.test(cleaned)) return NaN;
  const normal = cleaned.split(group).join('').replace(decimal, '.');
  return Number(normal);
}

/** The group and decimal separators of `lang`. */
function separators(lang: string): readonly [group: string, decimal: string] {
  const locale = intlLocale(lang);
  if (SEPARATORS[locale]) return SEPARATORS[locale];
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return [parts.find((p) => p.type === 'group')?.value ?? ',', parts.find((p) => p.type === 'decimal')?.value ?? '.'];
}
