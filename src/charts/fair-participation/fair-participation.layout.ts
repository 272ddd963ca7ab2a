import { linearScale, type LinearScale } from '../../core/scale.js';
import { fill, uiStrings } from '../../core/i18n.js';
import { formatNumber, withUnit } from '../../core/format.js';
import { formatList, formatMonth } from '../../core/format-words.js';
import { textWidth, wrapText } from '../../core/measure.js';
import { pickText } from '../../core/text.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import type { LocalizedText } from '../../core/types.js';
import type { FairEvent, FairMeasure, FairParticipationData } from './fair-participation.types.js';

/**
 * Design (README notes): fairs are compared on measures of very different size
 * (250 booths, 15 countries). One shared axis would flatten the small measure
 * and a dual axis invites comparing bar lengths that mean nothing together, so
 * every measure gets its own panel with its own linear scale (small multiples
 * sharing the event rows). Wide: the event names form the left column and the
 * panels stand side by side, so one row reads across as one fair. Phone: the
 * panels stack, each one a complete bar chart of one measure with every event
 * name repeated above its bar. Grouping the rows per event instead would put
 * bars of different scales next to each other, which is the comparison the
 * panels exist to prevent; the per-measure reading ("which fair had the most
 * booths") is the one the summary gives. Keyboard order stays event by event.
 */

/** Options of the layout (the element's attributes). */
export interface FairLayoutOptions {
  /** A measure id (largest first), `date` (earliest first, undated last) or `data` (the publisher's order). */
  sortBy: string;
  /** Draw at most this many events (the table always lists all); 0 = no limit. */
  maxRows: number;
}

/** One bar: one event on one measure. */
export interface FairBar extends Mark {
  /** Panel (measure) and row (drawn event) index. */
  panel: number;
  row: number;
  barX: number;
  barY: number;
  /** 0 when the value is 0; no bar is drawn at all when missing. */
  barWidth: number;
  /** The value label (`250`) or the missing text, and where it sits. */
  valueText: string;
  valueX: number;
  valueY: number;
  missing: boolean;
  /** Focus ring box. */
  ring: [number, number, number, number];
}

/** A block of text lines (names, panel headings, dates); `cls` is its CSS class. */
export interface FairText {
  cls: 'name' | 'head' | 'sub';
  x: number;
  y: number;
  lines: string[];
}

export interface FairLayout extends ChartLayout {
  marks: FairBar[];
  /** `side`: name column and panels side by side; `stacked`: panels one under another (phones). */
  mode: 'side' | 'stacked';
  texts: FairText[];
  /** Each panel's zero line: [x, y1, y2] (side mode). */
  axes: Array<[number, number, number]>;
  /** Horizontal rules between event rows (side mode). */
  rules: number[];
  /** Per measure: the panel's left edge, width, largest drawn value and scale (value → bar width). */
  panels: Array<{ x: number; width: number; max: number; scale: LinearScale }>;
  /** Number of events drawn (the rest are in the table only). */
  shown: number;
}

export const LINE = 18;
export const BAR = 18;
export const GAP = 12;
const FONT = 14;
const PANEL_GAP = 24;
const NAME_MIN = 140;
const PANEL_MIN = 170;

export const defaultFairOptions: FairLayoutOptions = { sortBy: 'data', maxRows: 100 };

/** A figure of an event (own properties only; missing and left out are null). */
export function valueOf(event: FairEvent, measure: FairMeasure): number | null {
  return (Object.hasOwn(event.values, measure.id) ? event.values[measure.id] : null) ?? null;
}

/** `2023-10-05` → vi `05/10/2023`, en `Oct 5, 2023`; `2023-10` → `tháng 10/2023`, `Oct 2023`. */
export function formatDate(date: string | undefined, lang: string): string {
  if (!date) return '';
  const c = uiStrings(lang).fair;
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

/**
 * Lays out small multiples: one horizontal bar panel per measure, each with
 * its own scale, sharing the event rows. Pure; text widths are estimated.
 */
export function layoutFairParticipation(
  data: FairParticipationData,
  width: number,
  lang: string,
  options: FairLayoutOptions = defaultFairOptions,
): FairLayout {
  const s = uiStrings(lang);
  const c = s.fair;
  const t = (v: LocalizedText | undefined) => pickText(v, lang, data.locale);
  const fmt = (v: number) => formatNumber(v, lang);
  const { measures, events } = data;
  const n = measures.length;
  const units = measures.map((m) => t(m.unit));
  const labels = measures.map((m) => t(m.label));
  const whats = labels.map(lower);
  // Headings carry the unit when the label does not say it ("Doanh thu (tỷ đồng)", not "Gian hàng (gian hàng)").
  const heads = labels.map((l, j) => (whats[j].includes(units[j]) ? l : `${l} (${units[j]})`));
  const names = events.map((e) => t(e.name));
  const dates = events.map((e) => formatDate(e.date, lang));
  const places = events.map((e) => t(e.place));
  const subs = events.map((_, i) => [dates[i], places[i]].filter(Boolean).join(' · '));
  const vals = events.map((e) => measures.map((m) => valueOf(e, m)));
  const shown = vals.map((row) => row.map((v) => (v === null ? s.missing : fmt(v))));

  // Order (ties keep the data order), then the rows to draw.
  const by = measures.findIndex((m) => m.id === options.sortBy);
  const key = (i: number) => (by >= 0 ? -(vals[i][by] ?? -1) : options.sortBy === 'date' ? (events[i].date ?? '~') : i);
  const order = events.map((_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
  const drawn = options.maxRows > 0 ? order.slice(0, options.maxRows) : order;

  const side = width >= NAME_MIN + 16 + n * (PANEL_MIN + PANEL_GAP) - PANEL_GAP;
  const nameW = side ? Math.round(Math.min(300, Math.max(NAME_MIN, width * 0.3))) : width;
  const x0 = side ? nameW + 16 : 0;
  const panelW = side ? round((width - x0 - (n - 1) * PANEL_GAP) / n) : width;
  const panels = measures.map((_, j) => {
    let max = 0;
    let room = 0;
    for (const i of drawn) {
      const v = vals[i][j];
      if (v !== null) {
        max = Math.max(max, v);
        room = Math.max(room, textWidth(shown[i][j], FONT));
      }
    }
    const x = side ? round(x0 + j * (panelW + PANEL_GAP)) : 0;
    return { x, width: panelW, max, scale: linearScale([0, max || 1], [0, Math.max(20, panelW - Math.ceil(room) - 8)]) };
  });

  const texts: FairText[] = [];
  const axes: FairLayout['axes'] = [];
  const rules: number[] = [];
  const grid: FairBar[][] = drawn.map(() => []);
  let y = 0;
  // Side by side: one block of all panels. Stacked: one block per panel, every
  // event name repeated above its bar.
  for (const block of side ? [panels.map((_, j) => j)] : panels.map((_, j) => [j])) {
    const headLines = block.map((j) => wrapText(heads[j], panelW, FONT, 3));
    block.forEach((j, k) => texts.push({ cls: 'head', x: panels[j].x, y: y + FONT, lines: headLines[k] }));
    const top = (y += Math.max(...headLines.map((l) => l.length)) * LINE + 6);
    drawn.forEach((i, r) => {
      const lines = wrapText(names[i], nameW - 8, FONT, 8);
      const sub = side && subs[i] ? wrapText(subs[i], nameW - 8, FONT, 3) : [];
      texts.push({ cls: 'name', x: 0, y: y + FONT, lines });
      if (sub.length) texts.push({ cls: 'sub', x: 0, y: y + FONT + lines.length * LINE, lines: sub });
      if (side && r) rules.push(y - GAP / 2);
      // The bar sits beside the name (side) or under it (stacked).
      const dy = side ? 0 : lines.length * LINE + 2;
      for (const j of block) {
        const v = vals[i][j];
        const p = panels[j];
        const missing = v === null;
        const barWidth = missing ? 0 : Math.max(v > 0 ? 1 : 0, round(p.scale(v)));
        const value = missing ? s.missing : withUnit(shown[i][j], units[j]);
        const barY = y + dy;
        grid[r][j] = {
          key: `${events[i].id}/${measures[j].id}`,
          label: `${names[i]}${s.colon}${missing ? fill(c.missingOf, { missing: value, what: whats[j] }) : value}`,
          tooltip: [names[i], `${labels[j]}${s.colon}${value}`, ...(subs[i] ? [subs[i]] : [])],
          x: round(p.x + (missing ? 40 : barWidth / 2)),
          y: barY,
          datum: { event: events[i], measure: measures[j] },
          panel: j,
          row: r,
          barX: p.x,
          barY,
          barWidth,
          valueText: shown[i][j],
          valueX: round(p.x + 6 + barWidth),
          valueY: round(barY + BAR / 2 + FONT * 0.35),
          missing,
          ring: side ? [p.x - 4, y - 4, panelW + 8, BAR + 8] : [-4, y - 4, width + 8, dy + BAR + 8],
        };
      }
      y += dy + Math.max(BAR, side ? (lines.length + sub.length) * LINE : 0) + GAP;
    });
    // Zero lines beside the names only: stacked, a line at x = 0 would run through the names.
    if (side) block.forEach((j) => axes.push([panels[j].x, top - 2, y - GAP]));
    y += PANEL_GAP - GAP;
  }
  // Keyboard order: event by event, also when the panels are stacked.
  const marks = grid.flat();

  // Summary: the largest fair on each measure (ties named together).
  const parts = measures.map((_, j) => {
    const max = vals.reduce((a, row) => Math.max(a, row[j] ?? -1), -1);
    return max < 0
      ? fill(c.noData, { what: whats[j] })
      : fill(c.largest, {
          names: formatList(
            names.filter((_, i) => vals[i][j] === max),
            lang,
          ),
          what: whats[j],
          value: withUnit(fmt(max), units[j]),
        });
  });
  let summary = `${parts.join('; ')}.`;
  summary = summary[0].toUpperCase() + summary.slice(1);
  const notices: string[] = [];
  if (drawn.length < events.length) {
    notices.push(fill(c.capped, { shown: formatNumber(drawn.length, lang), total: formatNumber(events.length, lang) }));
    summary += ` ${notices[0]}`;
  }

  // The table lists every event in the chosen order; date and place columns only when given.
  const extra = [dates.some(Boolean) && [c.date, dates], places.some(Boolean) && [c.place, places]].filter(
    (x): x is [string, string[]] => !!x,
  );
  return {
    width,
    height: Math.max(0, y - PANEL_GAP),
    marks,
    summary,
    notices,
    mode: side ? 'side' : 'stacked',
    texts,
    axes,
    rules,
    panels,
    shown: drawn.length,
    table: {
      caption: t(data.title) || s.chart,
      columns: [{ label: c.fair }, ...extra.map(([label]) => ({ label })), ...heads.map((label) => ({ label, numeric: true }))],
      rows: order.map((i) => [names[i], ...extra.map(([, col]) => col[i]), ...shown[i]]),
    },
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
