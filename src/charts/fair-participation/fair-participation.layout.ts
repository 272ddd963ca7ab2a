import type { LinearScale } from '../../core/scale.js';
import { fill } from '../../core/i18n.js';
import { withUnit } from '../../core/format.js';
import { BAR, FONT, GAP, LINE, round } from '../../core/layout-kit.js';
import { wrapText } from '../../core/measure.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import { fairBasis, fairGrid, fairOrder, PANEL_GAP, type FairBasis, type FairGrid } from './fair-participation.rows.js';
import { fairWords } from './fair-participation.summary.js';
import type { FairParticipationData } from './fair-participation.types.js';
import { fairSection } from './fair-participation.words.js';

export { formatDate, valueOf } from './fair-participation.rows.js';

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

export { BAR, GAP, LINE };

export const defaultFairOptions: FairLayoutOptions = { sortBy: 'data', maxRows: 100 };

/** Step 4: what is drawn, top to bottom. */
type FairDrawing = Pick<FairLayout, 'texts' | 'axes' | 'rules' | 'marks'> & { bottom: number };

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
  const basis = fairBasis(data, lang);
  const order = fairOrder(basis, options.sortBy);
  const drawn = options.maxRows > 0 ? order.slice(0, options.maxRows) : order;
  const grid = fairGrid(basis, drawn, width);
  const { bottom, ...drawing } = placeBlocks(basis, drawn, grid, width);
  return {
    width,
    height: Math.max(0, bottom - PANEL_GAP),
    mode: grid.side ? 'side' : 'stacked',
    ...drawing,
    panels: grid.panels,
    shown: drawn.length,
    ...fairWords(basis, order, drawn.length),
  };
}

/**
 * Side by side: one block of all panels. Stacked: one block per panel, every
 * event name repeated above its bar. Keyboard order stays event by event.
 */
function placeBlocks(b: FairBasis, drawn: number[], g: FairGrid, width: number): FairDrawing {
  const { side, panels, panelW } = g;
  const texts: FairText[] = [];
  const axes: FairLayout['axes'] = [];
  const rules: number[] = [];
  const marks: FairBar[][] = drawn.map(() => []);
  let y = 0;
  for (const block of side ? [panels.map((_, j) => j)] : panels.map((_, j) => [j])) {
    // Headings are bold: measured 10% wider; long measure names wrap whole.
    const headLines = block.map((j) => wrapText(b.heads[j], panelW / 1.1, FONT, 6));
    block.forEach((j, k) => texts.push({ cls: 'head', x: panels[j].x, y: y + FONT, lines: headLines[k] }));
    const top = (y += Math.max(...headLines.map((l) => l.length)) * LINE + 6);
    drawn.forEach((i, r) => {
      const lines = wrapText(b.names[i], g.nameW - 8, FONT, 8);
      const sub = side && b.subs[i] ? wrapText(b.subs[i], g.nameW - 8, FONT, 3) : [];
      texts.push({ cls: 'name', x: 0, y: y + FONT, lines });
      if (sub.length) texts.push({ cls: 'sub', x: 0, y: y + FONT + lines.length * LINE, lines: sub });
      if (side && r) rules.push(y - GAP / 2);
      // The bar sits beside the name (side) or under it (stacked).
      const dy = side ? 0 : lines.length * LINE + 2;
      for (const j of block) marks[r][j] = fairBar(b, g, i, j, r, y, dy, width);
      y += dy + Math.max(BAR, side ? (lines.length + sub.length) * LINE : 0) + GAP;
    });
    // Zero lines beside the names only: stacked, a line at x = 0 would run through the names.
    if (side) block.forEach((j) => axes.push([panels[j].x, top - 2, y - GAP]));
    y += PANEL_GAP - GAP;
  }
  return { texts, axes, rules, marks: marks.flat(), bottom: y };
}

/** Step 5: one bar, its value label and its words (event `i` on measure `j`, drawn as row `r` at `y`). */
function fairBar(b: FairBasis, g: FairGrid, i: number, j: number, r: number, y: number, dy: number, width: number): FairBar {
  const { s, data, names, subs } = b;
  const v = b.vals[i][j];
  const p = g.panels[j];
  const missing = v === null;
  const barWidth = missing ? 0 : Math.max(v > 0 ? 1 : 0, round(p.scale(v)));
  const value = missing ? s.missing : withUnit(b.shown[i][j], b.units[j]);
  const barY = y + dy;
  return {
    key: `${data.events[i].id}/${data.measures[j].id}`,
    label: `${names[i]}${s.colon}${missing ? fill(fairSection(s).missingOf, { missing: value, what: b.whats[j] }) : value}`,
    tooltip: [names[i], `${b.labels[j]}${s.colon}${value}`, ...(subs[i] ? [subs[i]] : [])],
    x: round(p.x + (missing ? 40 : barWidth / 2)),
    y: barY,
    datum: { event: data.events[i], measure: data.measures[j] },
    panel: j,
    row: r,
    barX: p.x,
    barY,
    barWidth,
    valueText: b.shown[i][j],
    valueX: round(p.x + 6 + barWidth),
    valueY: round(barY + BAR / 2 + FONT * 0.35),
    missing,
    ring: g.side ? [p.x - 4, y - 4, g.panelW + 8, BAR + 8] : [-4, y - 4, width + 8, dy + BAR + 8],
    // The tooltip keeps clear of the bar and its value label.
    keep: [[p.x, barY - 2, width - p.x, BAR + 4]],
  };
}
