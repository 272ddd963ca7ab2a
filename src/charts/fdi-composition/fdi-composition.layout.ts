import { fill, uiStrings } from '../../core/i18n.js';
import { formatNumber, formatPercent, withUnit } from '../../core/format.js';
import { textWidth, wrapText } from '../../core/measure.js';
import { pickText } from '../../core/text.js';
import { checkTotal } from '../../core/total.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import type { FdiCompositionData } from './fdi-composition.types.js';

/** `bar`: one 100% stacked bar (default); `donut`: a ring with the total in its centre. */
export type FdiVariant = 'bar' | 'donut';

/** A line of text placed in the chart; its spans follow one another. */
export interface Placed {
  x: number;
  y: number;
  /** `end`: `x` is the right edge (numbers in columns). */
  anchor: 'start' | 'end';
  spans: Array<{ text: string; strong: boolean }>;
}

/** One part: its slice or segment and its row of figures below or beside the chart. */
export interface FdiPart extends Mark {
  /** Colour slot (0–7; parts beyond 8 reuse the slots). */
  color: number;
  /** Label lines (wrapped) and the first line's baseline. */
  lines: string[];
  labelX: number;
  labelY: number;
  /** The figures as text: capital, share and, when any part has one, count: `2.041 triệu USD`, `80,8%`, `252 lượt`. */
  cells: string[];
  /** The figures, placed (columns on wide screens, flowing under the label on phones). */
  figures: Placed[];
  /** Bar variant: the segment (width 0 when the capital is 0). */
  segX: number;
  segWidth: number;
  /** Donut variant: the slice's SVG path ('' when the capital is 0). */
  path: string;
  /** The row band (for the focus ring and the rule under it). */
  rowX: number;
  rowY: number;
  rowWidth: number;
  rowHeight: number;
}

export interface FdiLayout extends ChartLayout {
  marks: FdiPart[];
  /** `columns`: label, capital, share, count side by side; `stacked`: figures under the label (phones). */
  mode: 'columns' | 'stacked';
  /** The line above the chart (`Tổng 9 tháng đầu năm 2023`), wrapped. */
  caption: string[];
  /** The total, formatted with its unit (bar) or alone (donut centre). */
  totalText: string;
  /** The total's baseline and font size (px; drawn as a scaled 26 px text). */
  totalY: number;
  totalSize: number;
  bar?: {
    y: number;
    height: number;
    /** The stated total's extent when the parts do not add up to it (dashed track). */
    trackWidth: number | undefined;
  };
  donut?: {
    cx: number;
    cy: number;
    outer: number;
    inner: number;
    /** The stated total as a ring when the parts do not add up to it. */
    track: string | undefined;
    /** Centre text under the total: the unit, wrapped, and its first baseline. */
    unitLines: string[];
    unitY: number;
  };
}

export const FONT = 14;
export const LINE = 18;
const PAD = 7;
const GAP = 16;
const SWATCH = 12;
const BAR = 32;
const RING = 240;
const MAX_ROWS = 720;
/** Narrowest label column before figures go under the label. */
const MIN_LABEL = 150;
const TAU = 2 * Math.PI;

/**
 * Lays out FDI parts of a total. Pure: data, width, language and variant in,
 * positions, texts, summary, table and notices out; text widths are estimated,
 * never measured. Parts are drawn as given and in the publisher's order.
 */
export function layoutFdiComposition(data: FdiCompositionData, width: number, lang: string, variant: FdiVariant = 'bar'): FdiLayout {
  const s = uiStrings(lang);
  const c = s.fdi;
  const t = (v: Parameters<typeof pickText>[0]) => pickText(v, lang, data.locale);
  const unit = t(data.unit);
  const period = t(data.period);
  const fmt = (v: number) => formatNumber(v, lang);
  const fmtUnit = (v: number) => withUnit(fmt(v), unit);

  const parts = data.components;
  const check = checkTotal(
    parts.map((p) => p.capital),
    data.total,
  );
  const base = data.total ?? check.sum;
  // The drawing spans the larger of the parts' sum and the stated total: nothing is rescaled to fit.
  const span = Math.max(check.sum, data.total ?? 0);
  const frac = (v: number) => (span > 0 ? v / span : 0);
  // When some parts have a count, a part without one shows it as missing, never as blank or zero.
  const anyCount = parts.some((p) => p.count !== undefined);
  let acc = 0;
  const rows = parts.map((p) => {
    const count = p.count === undefined ? undefined : withUnit(fmt(p.count), t(p.countUnit));
    // The figures of a row: capital, share (of the stated total when given) and, when any part has one, count.
    const cells = [fmtUnit(p.capital), base > 0 ? formatPercent(p.capital / base, lang) : '–'];
    const spoken = [...cells];
    if (anyCount) {
      cells.push(count ?? s.missing);
      spoken.push(count ?? c.countMissing);
    }
    const start = acc;
    acc += p.capital;
    return { p, label: t(p.label), cells, spoken, start };
  });

  // ---- the caption line and the chart geometry --------------------------------
  const caption = wrapText(period ? fill(c.totalOf, { period }) : s.total, width, FONT);
  let y = caption.length * LINE;
  const totalText = variant === 'bar' ? fmtUnit(base) : fmt(base);
  const fit = (room: number, max: number) => Math.max(10, Math.min(max, Math.floor(room / Math.max(1, textWidth(totalText, 1)))));
  let totalY: number;
  let totalSize: number;
  let rowX = 0;
  let rowTop: number;
  let bar: FdiLayout['bar'];
  let donut: FdiLayout['donut'];
  const wideRing = variant === 'donut' && width >= 560;

  if (variant === 'bar') {
    totalSize = fit(width, 22);
    totalY = y + totalSize + 2;
    const barY = totalY + 12;
    bar = { y: barY, height: BAR, trackWidth: check.mismatch ? round(frac(data.total!) * width) : undefined };
    rowTop = barY + BAR + 12;
  } else {
    const outer = Math.min(RING, width) / 2;
    const inner = round(outer * 0.6);
    const cx = wideRing ? outer : width / 2;
    const cy = y + 8 + outer;
    const hole = 2 * inner - 16;
    totalSize = fit(hole, 26);
    const unitLines = unit ? wrapText(unit, hole, 13, 2) : [];
    totalY = round(cy - (totalSize + unitLines.length * 16) / 2 + totalSize * 0.8);
    const track = check.mismatch ? ring(cx, cy, outer, inner, 0, frac(data.total!) * TAU) : undefined;
    donut = { cx, cy, outer, inner, track, unitLines, unitY: round(totalY + 17) };
    rowX = wideRing ? 2 * outer + 32 : 0;
    rowTop = wideRing ? y + 8 : cy + outer + 12;
  }

  // ---- rows: the legend table --------------------------------------------------
  const room = Math.min(MAX_ROWS, width - rowX);
  const widest = (texts: string[]) => Math.ceil(Math.max(0, ...texts.map((x) => textWidth(x, FONT))));
  const colW = rows[0].cells.map((_, k) => widest(rows.map((r) => r.cells[k])));
  const labelMax = widest(rows.map((r) => r.label));
  const labelX = rowX + SWATCH + 8;
  // Columns when the labels get at least MIN_LABEL px; the label column is no wider than its longest label.
  const labelWidth = Math.min(labelMax, rowX + room - labelX - colW.reduce((sum, w) => sum + GAP + w, 0));
  const columns = labelWidth >= Math.min(MIN_LABEL, labelMax);
  // Capital and share right-aligned (x is the right edge), the count left-aligned.
  let right = labelX + labelWidth;
  const colX = colW.map((w, k) => (right += GAP + w) - (k > 1 ? w : 0));
  const rowWidth = columns ? right - rowX : room;

  const heights = rows.map((r) => {
    const lines = wrapText(r.label, columns ? labelWidth : rowX + rowWidth - labelX, FONT);
    const figures: Placed[] = [];
    if (columns) {
      r.cells.forEach((text, k) => figures.push({ x: colX[k], y: 0, anchor: k > 1 ? 'start' : 'end', spans: [{ text, strong: !k }] }));
    } else {
      // Figures flow under the label: `2.041 triệu USD · 80,8% · 252 lượt`, wrapping between pieces.
      let line: Placed | undefined;
      let used = 0;
      r.cells.forEach((text, k) => {
        const w = textWidth(` · ${text}`, FONT);
        if (line && labelX + used + w <= rowX + rowWidth) {
          used += w;
          line.spans.push({ text: ` · ${text}`, strong: false });
        } else {
          line = { x: labelX, y: (lines.length + figures.length) * LINE, anchor: 'start', spans: [{ text, strong: !k }] };
          figures.push(line);
          used = textWidth(text, FONT);
        }
      });
    }
    return { lines, figures, height: (lines.length + (columns ? 0 : figures.length)) * LINE + 2 * PAD };
  });
  const rowsHeight = heights.reduce((sum, h) => sum + h.height, 0);
  // Beside a ring, the rows are centred on it.
  y = donut && wideRing ? Math.max(rowTop, round(donut.cy - rowsHeight / 2)) : rowTop;

  const marks: FdiPart[] = rows.map((r, i) => {
    const { lines, figures, height: rowHeight } = heights[i];
    const rowY = y;
    const labelY = rowY + PAD + FONT - 1;
    for (const f of figures) f.y += labelY;
    y += rowHeight;

    // The part's segment or slice.
    const v = r.p.capital;
    const x0 = frac(r.start) * width;
    // Segments touch; the stroke in the background colour draws the gaps between them.
    const segWidth = v > 0 ? Math.max(1, round(frac(v) * width)) : 0;
    const a0 = frac(r.start) * TAU;
    const a1 = frac(r.start + v) * TAU;
    const mid = (a0 + a1) / 2;
    const radius = donut ? (donut.outer + donut.inner) / 2 : 0;
    const note = t(r.p.note);
    return {
      key: r.p.id,
      label: `${r.label}${s.colon}${r.spoken.join(', ')}`,
      tooltip: [r.label, r.cells.join(' · '), ...(note ? [note] : [])],
      x: round(donut ? donut.cx + radius * Math.sin(mid) : x0 + segWidth / 2),
      y: round(donut ? donut.cy - radius * Math.cos(mid) : bar!.y),
      datum: r.p,
      color: i % 8,
      lines,
      labelX,
      labelY,
      cells: r.cells,
      figures,
      segX: round(x0),
      segWidth,
      path: donut && v > 0 ? ring(donut.cx, donut.cy, donut.outer, donut.inner, a0, a1) : '',
      rowX,
      rowY,
      rowWidth,
      rowHeight,
    };
  });
  const height = Math.ceil(Math.max(y, donut ? donut.cy + donut.outer : 0));

  // ---- words: summary, notice, table --------------------------------------------
  const title = t(data.title) || s.chart;
  const head = period ? `${title}, ${period}` : title;
  const partText = (r: (typeof rows)[number]) => `${r.label}${s.colon}${r.spoken[0]} (${r.spoken[1]})${anyCount ? `, ${r.spoken[2]}` : ''}`;
  let summary: string;
  if (rows.length === 1) {
    summary = fill(c.summaryOne, { head, total: fmtUnit(base), part: partText(rows[0]) });
  } else {
    const byCapital = [...rows].sort((a, b) => b.p.capital - a.p.capital);
    summary = [
      fill(c.summaryTotal, { head, total: fmtUnit(base), count: fmt(rows.length) }),
      fill(c.summaryLargest, { part: partText(byCapital[0]) }),
      fill(c.summarySmallest, { part: partText(byCapital[byCapital.length - 1]) }),
    ].join(' ');
  }

  const notices = check.mismatch ? [fill(s.sumMismatch, { sum: fmtUnit(check.sum), total: fmtUnit(check.stated!) })] : [];

  // The count column only when some part has a count; its total stays empty (projects and transactions do not add up).
  const tableRows = rows.map((r) => [r.label, fmt(r.p.capital), ...r.cells.slice(1)]);
  tableRows.push([s.total, fmt(base), base > 0 ? formatPercent(1, lang) : '', ...(anyCount ? [''] : [])]);

  return {
    width,
    height,
    marks,
    summary,
    notices,
    mode: columns ? 'columns' : 'stacked',
    caption,
    totalText,
    totalY,
    totalSize,
    bar,
    donut,
    table: {
      caption: head,
      columns: [
        { label: c.component },
        { label: unit ? `${c.capital} (${unit})` : c.capital, numeric: true },
        { label: s.share, numeric: true },
        ...(anyCount ? [{ label: c.count, numeric: true }] : []),
      ],
      rows: tableRows,
    },
  };
}

/**
 * The SVG path of a ring slice from angle `a0` to `a1` (radians, clockwise
 * from 12 o'clock). An SVG arc cannot start and end at the same point, so a
 * whole ring is two half circles each way. Written out here: d3-shape's `arc` would
 * add 4.8 kB gzip for this one path.
 */
export function ring(cx: number, cy: number, outer: number, inner: number, a0: number, a1: number): string {
  const pt = (r: number, a: number) => `${round(cx + r * Math.sin(a))} ${round(cy - r * Math.cos(a))}`;
  if (a1 - a0 >= TAU - 1e-9) {
    // A whole ring: two half circles out, two back in the other direction (the hole stays empty).
    const circle = (r: number, sweep: number) =>
      `M${pt(r, 0)}A${r} ${r} 0 1 ${sweep} ${pt(r, Math.PI)}A${r} ${r} 0 1 ${sweep} ${pt(r, 0)}Z`;
    return circle(outer, 1) + circle(inner, 0);
  }
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return (
    `M${pt(outer, a0)}A${outer} ${outer} 0 ${large} 1 ${pt(outer, a1)}` +
    `L${pt(inner, a1)}A${inner} ${inner} 0 ${large} 0 ${pt(inner, a0)}Z`
  );
}

/** Rounds to 0.1 px: stable numbers for tests and a shorter DOM. */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}
