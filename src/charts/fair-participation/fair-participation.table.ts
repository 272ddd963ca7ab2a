// The fair-participation widget's reader of a light-DOM table or CSV (loaded on demand:
// pages that give JSON data never download it).
import { fill } from '../../core/i18n.js';
import { formatMonth } from '../../core/format-words.js';
import { cellNumber, commonFields, headerIndex, isMissingText, packs, type TableText } from '../../core/table-read.js';
import { safeUrl } from '../../core/text.js';
import type { Issue } from '../../core/validate.js';
import type { FairEvent, FairMeasure, FairParticipationData } from './fair-participation.types.js';
import { fairSection } from './fair-participation.words.js';

/**
 * Reads a table: the first column is the fair's name (a link in it is the
 * fair's page), each further column one measure, its header the measure's
 * label. A header `Label (unit)` gives the unit word, else the unit is the
 * label in lower case; a header's `data-id` is the measure's id. Columns
 * headed `Thời gian`/`Date` and `Địa điểm`/`Place` are the date (as the widget
 * writes it, or `yyyy-mm-dd`) and place. Numbers are read in the table's
 * language or from a cell's `data-value`; an empty cell, `—` or "no data" is
 * a missing figure.
 */
export function fromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
  const issues: Issue[] = [];
  const dateCol = headerIndex(table, lang, (s) => fairSection(s).date);
  const placeCol = headerIndex(table, lang, (s) => fairSection(s).place);
  const columns = table.headers.map((_, j) => j).filter((j) => j > 0 && j !== dateCol && j !== placeCol);
  const measures: FairMeasure[] = columns.map((j) => {
    const [, label, unit] = /^(.*?)\s*(?:\((.+)\))?$/s.exec(table.headers[j])!;
    return { id: table.headerIds?.[j] || label || `${j}`, label, unit: unit ?? label.toLowerCase() };
  });
  // Two columns with one label are two measures: the second id gets `-2` (ids are never shown).
  const seen = new Set<string>();
  for (const m of measures) {
    for (let k = 2; seen.has(m.id); k++) m.id = `${m.id.replace(/-\d+$/, '')}-${k}`;
    seen.add(m.id);
  }
  const events: FairEvent[] = table.rows.map((cells, r) => {
    const values: FairEvent['values'] = {};
    measures.forEach((m, i) => {
      const j = columns[i];
      const cell = cells[j];
      if (!cell) {
        issues.push({ code: 'errTableColumn', path: '', params: { row: r + 1, column: j + 1, header: table.headers[j] } });
        return;
      }
      let v: number | null = null;
      if (cell.value !== null || !isMissingText(cell.text, lang)) {
        v = cellNumber(cell, lang);
        if (!Number.isFinite(v)) issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: j + 1, text: cell.text } });
      }
      values[m.id] = v;
    });
    const event: FairEvent = { id: table.rowIds?.[r] || `row-${r + 1}`, name: cells[0]?.text ?? '', values };
    const url = safeUrl(cells[0]?.href);
    if (url) event.url = url;
    const date = dateCol >= 0 ? parseDate(cells[dateCol]?.value ?? cells[dateCol]?.text ?? '', lang) : undefined;
    if (date) event.date = date;
    const place = placeCol >= 0 ? cells[placeCol]?.text : '';
    if (place) event.place = place;
    return event;
  });
  if (!measures.length) issues.push({ code: 'errTableNoMeasures', path: '' });
  if (issues.length) return { issues };
  const data: FairParticipationData = { locale: lang, ...commonFields(table), measures, events };
  return { data };
}

/** A date as the widget writes it (vi `05/10/2023`, en `Oct 5, 2023`, `tháng 10/2023`) or `yyyy-mm-dd`, as `yyyy-mm(-dd)`. */
function parseDate(text: string, lang: string): string | undefined {
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(text)) return text;
  for (const s of packs(lang)) {
    const c = fairSection(s);
    const l = s.intlLocale;
    const months = Array.from({ length: 12 }, (_, i) => formatMonth(i + 1, l));
    for (const template of [c.dateDay, c.dateMonth]) {
      const pattern = fill(escapeRegExp(template), {
        dd: '(?<d>\\d{1,2})',
        d: '(?<d>\\d{1,2})',
        mm: '(?<m>\\d{1,2})',
        m: '(?<m>\\d{1,2})',
        y: '(?<y>\\d{4})',
        M: `(?<M>${months.map(escapeRegExp).join('|')})`,
      });
      const match = new RegExp(`^${pattern}$`).exec(text);
      if (!match?.groups) continue;
      const g = match.groups;
      const month = g.M ? months.indexOf(g.M) + 1 : Number(g.m);
      if (!month) continue;
      const pad = (n: number) => String(n).padStart(2, '0');
      return g.d ? `${g.y}-${pad(month)}-${pad(Number(g.d))}` : `${g.y}-${pad(month)}`;
    }
  }
  return undefined;
}

/** `text` as a literal in a regular expression (braces kept: they are `fill` placeholders). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}
