import { fill } from '../../core/i18n.js';
import { FONT, LINE, round } from '../../core/layout-kit.js';
import { textWidth, wrapText } from '../../core/measure.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import { fdiBasis, fdiRows, type FdiBasis, type FdiExtrasModule, type FdiRowData } from './fdi-composition.rows.js';
import { BOLD, legendBaseline, legendColumns, legendRow, type LegendColumns, type LegendRow } from './fdi-composition.legend.js';
import { fdiWords } from './fdi-composition.summary.js';
import type { FdiCompositionData } from './fdi-composition.types.js';
import { fdiSection } from './fdi-composition.words.js';

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
  /** The unspecified rest of the total: drawn as a dashed outline, not a colour. */
  rest?: boolean;
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

export { FONT, LINE };
const BAR = 32;

/** Step 3: the caption, the total and the bar or ring; where the legend starts. */
export type FdiChart = Pick<FdiLayout, 'caption' | 'totalText' | 'totalY' | 'totalSize' | 'bar' | 'donut'> & {
  rowX: number;
  rowTop: number;
  /** The legend stands beside the ring (wide donut). */
  beside: boolean;
};

/**
 * Lays out FDI parts of a total. Pure: data, width, language and variant in,
 * positions, texts, summary, table and notices out; text widths are estimated,
 * never measured. Parts are drawn as given and in the publisher's order.
 */
export function layoutFdiComposition(
  data: FdiCompositionData,
  width: number,
  lang: string,
  variant: FdiVariant = 'bar',
  /** The extras' module (fdi-composition.extras.ts), which the data's rest, notes or missing total need. */
  extras?: FdiExtrasModule,
): FdiLayout {
  const basis = fdiBasis(data, lang, extras);
  const rows = fdiRows(basis);
  const chart = fdiChart(basis, width, variant);
  const cols = legendColumns(rows, chart.rowX, width);
  const texts = rows.map((r) => legendRow(r, cols));
  const marks = placeParts(basis, rows, texts, cols, chart, width);
  const { donut, totalText, totalY, totalSize } = chart;
  // The tooltip keeps clear of the focused part's row (its figures) and of the total.
  const totalWidth = textWidth(totalText, totalSize) + 8;
  const total = [donut ? donut.cx - totalWidth / 2 : 0, totalY - totalSize, totalWidth, totalSize + 6] as const;
  for (const m of marks) m.keep = [[m.rowX, m.rowY, m.rowWidth, m.rowHeight], total];
  const last = marks[marks.length - 1];
  const bottom = last ? last.rowY + last.rowHeight : chart.rowTop;
  return {
    width,
    height: Math.ceil(Math.max(bottom, donut ? donut.cy + donut.outer : 0)),
    marks,
    mode: cols.columns ? 'columns' : 'stacked',
    caption: chart.caption,
    totalText,
    totalY,
    totalSize,
    bar: chart.bar,
    donut,
    ...fdiWords(basis, rows),
  };
}

function fdiChart(b: FdiBasis, width: number, variant: FdiVariant): FdiChart {
  const { check, data } = b;
  const caption = wrapText(b.period ? fill(fdiSection(b.s).totalOf, { period: b.period }) : b.s.total, width, FONT);
  const y = caption.length * LINE;
  const totalText = variant === 'bar' ? b.fmtUnit(b.base) : b.fmt(b.base);
  const fit = (room: number, max: number) => Math.max(10, Math.min(max, Math.floor(room / BOLD / Math.max(1, textWidth(totalText, 1)))));
  if (variant === 'bar' || !b.x) {
    const totalSize = fit(width, 22);
    const totalY = y + totalSize + 2;
    const barY = totalY + 12;
    const trackWidth = check.mismatch ? round(b.frac(data.total!) * width) : undefined;
    return {
      caption,
      totalText,
      totalY,
      totalSize,
      bar: { y: barY, height: BAR, trackWidth },
      rowX: 0,
      rowTop: barY + BAR + 12,
      beside: false,
    };
  }
  // The ring (fdi-composition.donut.ts) comes with the extras, loaded for the donut variant.
  return b.x!.donut(b, width, caption, y, totalText, fit);
}

/** Step 5: each part's segment or slice, and its legend row, top to bottom. */
function placeParts(b: FdiBasis, rows: FdiRowData[], texts: LegendRow[], cols: LegendColumns, chart: FdiChart, width: number): FdiPart[] {
  const { bar, donut } = chart;
  const rowsHeight = texts.reduce((sum, h) => sum + h.height, 0);
  // Beside a ring, the rows are centred on it.
  let y = donut && chart.beside ? Math.max(chart.rowTop, round(donut.cy - rowsHeight / 2)) : chart.rowTop;
  return rows.map((r, i) => {
    const { lines, figures, height: rowHeight } = texts[i];
    const rowY = y;
    const labelY = legendBaseline(rowY);
    for (const f of figures) f.y += labelY;
    y += rowHeight;
    const v = r.p.capital;
    const x0 = b.frac(r.start) * width;
    // Segments touch; the stroke in the background colour draws the gaps between them.
    const segWidth = v > 0 ? Math.max(1, round(b.frac(v) * width)) : 0;
    // The donut's slice and its point come with the extras (fdi-composition.donut.ts).
    const at = donut
      ? b.x!.slice(donut, b.frac(r.start), b.frac(r.start + v), v > 0)
      : { x: round(x0 + segWidth / 2), y: round(bar!.y), path: '' };
    const note = b.t(r.p.note);
    return {
      key: r.p.id,
      label: `${r.label}${b.s.colon}${r.spoken.join(', ')}${note && `. ${note}`}`,
      tooltip: [r.label, r.cells.filter(Boolean).join(' · '), ...(note ? [note] : [])],
      x: at.x,
      y: at.y,
      datum: r.p,
      color: i % 8,
      rest: r.rest,
      lines,
      labelX: cols.labelX,
      labelY,
      cells: r.cells,
      figures,
      segX: round(x0),
      segWidth,
      path: at.path,
      rowX: cols.rowX,
      rowY,
      rowWidth: cols.rowWidth,
      rowHeight,
    };
  });
}
