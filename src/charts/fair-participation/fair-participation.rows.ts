/** Fair participation, steps 1–3: the texts and figures of every event, their order, and one panel per measure. */
import { linearScale } from '../../core/scale.js';
import { fill, uiStrings } from '../../core/i18n.js';
import { formatMonth } from '../../core/format-words.js';
import { FONT, round, wordsFor, type Words } from '../../core/layout-kit.js';
import { textWidth } from '../../core/measure.js';
import type { FairLayout, FairLayoutOptions } from './fair-participation.layout.js';
import type { FairEvent, FairMeasure, FairParticipationData } from './fair-participation.types.js';
import { fairSection } from './fair-participation.words.js';

const PANEL_GAP = 24;
const NAME_MIN = 140;
const PANEL_MIN = 170;

/** What every later step reads: the words, each measure's names and each event's texts and figures. */
export interface FairBasis extends Words {
  data: FairParticipationData;
  units: string[];
  labels: string[];
  /** The labels as used inside a sentence ("gian hàng"). */
  whats: string[];
  /** Panel headings: the label, with the unit when the label does not say it. */
  heads: string[];
  names: string[];
  dates: string[];
  places: string[];
  /** Date · place under a name. */
  subs: string[];
  /** Each event's figure on each measure (null when missing). */
  vals: Array<Array<number | null>>;
  /** The same as text (or the missing word). */
  shown: string[][];
}

/** Where the name column and the panels sit. */
export interface FairGrid {
  side: boolean;
  nameW: number;
  panelW: number;
  panels: FairLayout['panels'];
}

/** A figure of an event (own properties only; missing and left out are null). */
export function valueOf(event: FairEvent, measure: FairMeasure): number | null {
  return (Object.hasOwn(event.values, measure.id) ? event.values[measure.id] : null) ?? null;
}

/** `2023-10-05` → vi `05/10/2023`, en `Oct 5, 2023`; `2023-10` → `tháng 10/2023`, `Oct 2023`. */
export function formatDate(date: string | undefined, lang: string): string {
  if (!date) return '';
  const c = fairSection(uiStrings(lang));
  const [y, m, d] = date.split('-');
  const template = d ? c.dateDay : c.dateMonth;
  // The month's name only when the language's pattern uses it (en does, vi does not).
  const M = template.includes('{M}') ? formatMonth(+m, lang) : '';
  return fill(template, { y, mm: m, m: +m, dd: d, d: +d, M });
}

/** "Gian hàng" → "gian hàng" for use inside a sentence (acronyms such as "GDP" are kept). */
function lower(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

export function fairBasis(data: FairParticipationData, lang: string): FairBasis {
  const w = wordsFor(lang, data.locale);
  const { t, fmt } = w;
  const { measures, events } = data;
  const units = measures.map((m) => t(m.unit));
  const labels = measures.map((m) => t(m.label));
  const whats = labels.map(lower);
  const dates = events.map((e) => formatDate(e.date, lang));
  const places = events.map((e) => t(e.place));
  const vals = events.map((e) => measures.map((m) => valueOf(e, m)));
  return {
    ...w,
    data,
    units,
    labels,
    whats,
    // "Doanh thu (tỷ đồng)", not "Gian hàng (gian hàng)".
    heads: labels.map((l, j) => (whats[j].includes(units[j]) ? l : `${l} (${units[j]})`)),
    names: events.map((e) => t(e.name)),
    dates,
    places,
    subs: events.map((_, i) => [dates[i], places[i]].filter(Boolean).join(' · ')),
    vals,
    shown: vals.map((row) => row.map((v) => (v === null ? w.s.missing : fmt(v)))),
  };
}

/** Event indexes in the chosen order (ties keep the data order). */
export function fairOrder(b: FairBasis, sortBy: FairLayoutOptions['sortBy']): number[] {
  const { measures, events } = b.data;
  const by = measures.findIndex((m) => m.id === sortBy);
  const key = (i: number) => (by >= 0 ? -(b.vals[i][by] ?? -1) : sortBy === 'date' ? (events[i].date ?? '~') : i);
  return events.map((_, i) => i).sort((a, z) => (key(a) < key(z) ? -1 : key(a) > key(z) ? 1 : a - z));
}

/** Side by side when every panel gets PANEL_MIN px; each panel's scale leaves room for its longest value. */
export function fairGrid(b: FairBasis, drawn: number[], width: number): FairGrid {
  const n = b.data.measures.length;
  const side = width >= NAME_MIN + 16 + n * (PANEL_MIN + PANEL_GAP) - PANEL_GAP;
  const nameW = side ? Math.round(Math.min(300, Math.max(NAME_MIN, width * 0.3))) : width;
  const x0 = side ? nameW + 16 : 0;
  const panelW = side ? round((width - x0 - (n - 1) * PANEL_GAP) / n) : width;
  const panels = b.data.measures.map((_, j) => {
    let max = 0;
    let room = 0;
    for (const i of drawn) {
      const v = b.vals[i][j];
      if (v !== null) {
        max = Math.max(max, v);
        room = Math.max(room, textWidth(b.shown[i][j], FONT));
      }
    }
    const x = side ? round(x0 + j * (panelW + PANEL_GAP)) : 0;
    return { x, width: panelW, max, scale: linearScale([0, max || 1], [0, Math.max(20, panelW - Math.ceil(room) - 8)]) };
  });
  return { side, nameW, panelW, panels };
}

export { PANEL_GAP };
