import { withUnit } from '../../core/format.js';
import { figureText } from './trend.format.js';
import { textWidth, wrapText } from '../../core/measure.js';
import { linearScale } from '../../core/scale.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import { FONT, GAP, LINE, round, wordsFor } from '../../core/layout-kit.js';
import { parsePeriod, periodName, thinLabels } from './trend.periods.js';
import { niceTicks } from './trend.scale.js';
import { describeTrend, trendTable, type SeriesFacts } from './trend.summary.js';
import type { TrendData, TrendPoint, TrendSeries } from './trend.types.js';
import { trendSection } from './trend.words.js';

/** One period's figure of one series: a point (lines) or a column, keyboard-reachable. */
export interface TrendMark extends Mark {
  series: number;
  /** The figure's text (`+3,7%`), or the missing text. */
  valueText: string;
  missing: boolean;
  estimate: boolean;
  /** The series' latest figure: emphasised. */
  latest: boolean;
  /** Column (columns mode): top-left corner and size; the focus ring's box in every mode. */
  boxX: number;
  boxY: number;
  boxWidth: number;
  boxHeight: number;
  /** Value label under or over the column (centred, kept inside the chart); undefined when not written. */
  labelX: number;
  labelY: number | undefined;
}

export interface TrendLine {
  key: string;
  /** Palette slot 1–8. */
  slot: number;
  /** Solid segments, and the dashed ones that end at an estimate. */
  path: string;
  estimatePath: string;
  /** Written at the end of the line: the latest value, then the series name. */
  end: { x: number; y: number; value: string; lines: string[] } | undefined;
}

export interface TrendLayout extends ChartLayout {
  marks: TrendMark[];
  /** `columns`: one series of changes as columns from a zero line; else `lines`. */
  mode: 'columns' | 'lines';
  plot: { x: number; y: number; width: number; height: number };
  /** The zero line of changes. */
  zeroY: number | undefined;
  yTicks: Array<{ y: number; text: string }>;
  xLabels: Array<{ x: number; y: number; text: string }>;
  lines: TrendLine[];
  annotations: Array<{ x: number; width: number; labelX: number; labelY: number; text: string }>;
  /** A muted line above the plot: the series name of columns, or the unit of levels. */
  caption: string;
  captionY: number;
  /** Sources of series that have their own, under the chart. */
  sources: Array<{ y: number; lines: string[] }>;
}

/** Axis and period labels. */
const SMALL = 12;
const NARROW = 520;
/** How much wider the bold latest value is than textWidth's regular estimate (DejaVu Sans, measured: 1.146). */
const BOLD = 1.15;
/** At most this many periods are drawn as columns; more become a line. */
const MAX_COLUMNS = 40;

/**
 * Lays out figures over time. Pure: text widths are estimated, never
 * measured. Changes are drawn from a zero line: one series of at most
 * `MAX_COLUMNS` periods as columns, else as lines; levels are lines.
 */
export function layoutTrend(data: TrendData, width: number, lang: string): TrendLayout {
  const words = wordsFor(lang, data.locale);
  const { s, t } = words;
  const narrow = width < NARROW;
  const series = data.series;
  const change = series[0].kind !== 'level';
  const granularity = parsePeriod(series[0].points[0].period)!.granularity;
  const parsed = series.map((sr) => sr.points.map((p) => parsePeriod(p.period)!.index));
  const all = parsed.flat();
  const min = Math.min(...all);
  const slots = Math.max(...all) - min + 1;
  const columns = change && series.length === 1 && slots <= MAX_COLUMNS;
  const name = (index: number, short = narrow) => periodName({ granularity, index }, s, short);
  const valueOf = (sr: TrendSeries, p: TrendPoint) => {
    if (p.value === null) return s.missing;
    const text = figureText(p.value, change, lang, sr.decimals);
    return sr.kind === 'level' ? withUnit(text, t(sr.unit)) : text;
  };

  // Value axis.
  const known = series.flatMap((sr) => sr.points.map((p) => p.value)).filter((v) => v !== null);
  // Changes are drawn from zero; no figure at all gives the axis 0 to 1.
  const range = known.length ? (change ? [...known, 0] : known) : [0, 1];
  const ticks = niceTicks(Math.min(...range), Math.max(...range), narrow ? 4 : 5);
  const tickText = ticks.map((v) => figureText(v, change, lang));
  const plotX = Math.ceil(Math.max(...tickText.map((x) => textWidth(x, SMALL)))) + 8;
  const endRoom = columns ? 0 : narrow ? 100 : 170;

  const caption = columns ? `${t(series[0].label)} (%)` : change ? '' : t(series[0].unit);
  const captionY = caption ? FONT : 0;
  let y = caption ? LINE + 4 : 0;

  const plotWidth = Math.max(40, width - plotX - endRoom);
  const step = plotWidth / slots;
  const cx = (index: number) => round(plotX + step * (index - min + 0.5));
  /** A centred text's x, moved so that a text `w` px wide stays inside the chart. */
  const inside = (x: number, w: number) => round(Math.max(w / 2, Math.min(width - w / 2, x)));

  // Annotations: a shaded band per period or range, its note in rows above the plot.
  const annotations: TrendLayout['annotations'] = [];
  const rowEnds: number[] = [];
  const annotated = new Set<number>();
  for (const a of data.annotations ?? []) {
    const from = parsePeriod(a.period)!.index;
    const to = a.end ? parsePeriod(a.end)!.index : from;
    const first = Math.max(from, min);
    const last = Math.min(to, min + slots - 1);
    if (first > last) continue;
    annotated.add(from).add(to);
    const x = round(plotX + step * (first - min));
    const text = t(a.label);
    const w = textWidth(text, SMALL);
    const labelX = round(Math.max(0, Math.min(x + 2, width - w)));
    let row = rowEnds.findIndex((end) => end + 6 <= labelX);
    if (row < 0) row = rowEnds.length < 2 ? rowEnds.length : 1;
    rowEnds[row] = labelX + w;
    annotations.push({ x, width: round(step * (last - first + 1)), labelX, labelY: y + row * LINE + SMALL, text });
  }
  y += rowEnds.length * LINE + (rowEnds.length ? 4 : 0);

  const plotY = y;
  const plotHeight = narrow ? 200 : 260;
  const yScale = linearScale([ticks[0], ticks[ticks.length - 1]], [plotY + plotHeight, plotY + (columns ? LINE : 6)]);
  const zeroY = change ? round(yScale(0)) : undefined;
  const yTicks = ticks.map((v, i) => ({ y: round(yScale(v)), text: tickText[i] }));

  // Marks, lines and what the summary needs.
  const marks: TrendMark[] = [];
  const lines: TrendLine[] = [];
  const facts: SeriesFacts[] = [];
  const colWidth = round(Math.max(1, Math.min(56, step * 0.62)));
  const labelAll = columns && series[0].points.every((p) => textWidth(valueOf(series[0], p), SMALL) + 4 <= step);
  series.forEach((sr, si) => {
    const label = t(sr.label);
    const lastKnown = sr.points.map((p) => p.value !== null).lastIndexOf(true);
    let path = '';
    let estimatePath = '';
    let end: TrendLine['end'];
    let prev: { at: string; index: number; estimate: boolean } | undefined;
    sr.points.forEach((p, pi) => {
      const index = parsed[si][pi];
      const x = cx(index);
      const missing = p.value === null;
      const py = missing ? (zeroY ?? plotY + plotHeight) : round(yScale(p.value!));
      const estimate = p.estimate === true;
      const at = `${x},${py}`;
      if (!missing && !columns) {
        if (prev?.index !== index - 1) path += `M${at}`;
        else if (estimate || prev.estimate) {
          // A segment into or out of an estimate is dashed; the solid path goes on from its end.
          estimatePath += `M${prev.at}L${at}`;
          path += `M${at}`;
        } else path += `L${at}`;
      }
      prev = missing ? undefined : { at, index, estimate };
      const valueText = valueOf(sr, p);
      const bar = columns && !missing;
      const top = round(bar ? Math.min(py, zeroY!) : py - 8);
      const height = round(bar ? Math.max(1, Math.abs(py - zeroY!)) : 16);
      const boxWidth = columns ? colWidth : 16;
      const latest = pi === lastKnown;
      if (latest && !columns) end = { x: round(x + 8), y: py, value: valueText, lines: wrapText(label, width - x - 10, SMALL, 2) };
      const period = name(index, false);
      const extra = [estimate ? trendSection(s).estimate : '', t(p.note)].filter(Boolean);
      marks.push({
        key: `${sr.id}:${p.period}`,
        label: `${period}, ${label}${s.colon}${valueText}${extra.length ? `, ${extra.join(', ')}` : ''}`,
        tooltip: [period, `${label}${s.colon}${valueText}`, ...extra],
        x,
        y: top,
        datum: p,
        series: si,
        valueText,
        missing,
        estimate,
        latest,
        boxX: round(x - boxWidth / 2),
        boxY: top,
        boxWidth,
        boxHeight: height,
        labelX: inside(x, textWidth(valueText, SMALL) * (latest ? BOLD : 1)),
        labelY: bar && (labelAll || latest) ? round(p.value! < 0 ? top + height + SMALL + 2 : top - 5) : undefined,
      });
    });
    lines.push({ key: sr.id, slot: (si % 8) + 1, path, estimatePath, end });
    facts.push({ series: sr, label, indices: parsed[si], valueOf: (p) => valueOf(sr, p) });
  });
  spreadEnds(lines, plotY, plotY + plotHeight);
  for (const m of marks) {
    const w = textWidth(m.valueText, SMALL);
    // A lone value label (the latest) clears the columns it spans.
    if (columns && !labelAll && m.labelY !== undefined && (m.datum as TrendPoint).value! >= 0) {
      const under = marks.filter((o) => !o.missing && Math.abs(o.x - m.labelX) < w / 2 + o.boxWidth / 2);
      m.labelY = round(Math.min(m.labelY, ...under.map((o) => o.boxY - 5)));
    }
    // The tooltip keeps clear of the focused mark and its value label.
    const lw = w * (m.latest ? BOLD : 1);
    const label = m.labelY === undefined ? [] : [[round(m.labelX - lw / 2 - 2), m.labelY - SMALL, round(lw + 4), SMALL + 4] as const];
    m.keep = [[m.boxX, m.boxY, m.boxWidth, m.boxHeight], ...label];
  }

  // Period labels, thinned; the first, the last and annotated periods always written.
  const labelled = [...new Set(all)].sort((a, b) => a - b);
  const texts = labelled.map((i) => name(i));
  const widths = texts.map((x) => textWidth(x, SMALL));
  // (thinLabels leaves out the -1 of the periods not annotated.)
  const chosen = thinLabels(labelled.map(cx), widths, new Set(labelled.map((i, k) => (annotated.has(i) ? k : -1))));
  const axisY = plotY + plotHeight + 4 + SMALL;
  const xLabels = chosen.map(({ i, row }) => ({
    x: inside(cx(labelled[i]), widths[i]),
    y: axisY + row * LINE,
    text: texts[i],
  }));
  y = axisY + Math.max(...chosen.map((c) => c.row)) * LINE + 6;

  // Sources of the series that have their own (each figure keeps its source).
  const sources: TrendLayout['sources'] = [];
  for (const sr of series) {
    if (!sr.source) continue;
    const text = `${s.source} (${t(sr.label)})${s.colon}${t(sr.source.name)}${sr.source.date ? `, ${t(sr.source.date)}` : ''}`;
    const wrapped = wrapText(text, width, SMALL, 3);
    y += GAP;
    sources.push({ y: round(y + SMALL - GAP / 2), lines: wrapped });
    y += wrapped.length * LINE - GAP / 2;
  }

  const notices = marks.some((m) => m.estimate && !m.missing) ? [trendSection(s).estimates] : [];
  return {
    width,
    height: round(y),
    marks,
    summary: describeTrend(facts, granularity, change, words, name),
    notices,
    table: trendTable(data, facts, labelled, change, words, name),
    mode: columns ? 'columns' : 'lines',
    plot: { x: plotX, y: plotY, width: round(plotWidth), height: plotHeight },
    zeroY,
    yTicks,
    xLabels,
    lines,
    annotations,
    caption,
    captionY,
    sources,
  };
}

/** Moves end labels apart vertically (two lines high each), within the plot. */
function spreadEnds(lines: TrendLine[], top: number, bottom: number): void {
  const ends = lines.map((l) => l.end).filter((e) => e !== undefined);
  ends.sort((a, b) => a.y - b.y);
  let floor = top + SMALL;
  for (const e of ends) {
    e.y = round(Math.max(e.y, floor));
    floor = e.y + (e.lines.length + 1) * 15 + 2;
  }
  const over = floor - 15 - 2 - bottom - SMALL;
  if (over > 0) for (const e of ends) e.y = round(Math.max(top + SMALL, e.y - over));
}
