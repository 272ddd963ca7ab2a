import { fill } from '../../core/i18n.js';
import { round, wordsFor, type Words } from '../../core/layout-kit.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import { figureWords, kpiChange, kpiHeadline, kpiProgress } from './kpi.parts.js';
import type { kpiSpark } from './kpi.spark.js';
import type { KpiData, KpiFigure } from './kpi.types.js';
import { kpiSection } from './kpi.words.js';

/** Colour meaning of a change: good news, bad news, or neither. */
export type KpiTone = 'good' | 'bad' | 'neutral';

/** A change line: `▲ +2% so với cùng kỳ`. */
export interface KpiChangeMarks {
  /** `▲`, `▼`, or '' for no change. */
  arrow: string;
  /** The signed change with its unit, e.g. `+2%`. */
  text: string;
  /** What it compares with, e.g. `so với cùng kỳ`. */
  comparison: string;
  tone: KpiTone;
}

/** A progress bar, in pixels of the card's content box. */
export interface KpiProgressMarks {
  width: number;
  /** Width of the done part. */
  done: number;
  /**
   * The target range as a bracket under the bar (a filled path, ticks 15 px
   * high at both ends, 4 px band between), when a target is given.
   */
  target?: string;
  /**
   * The target's ends, labelled under the bracket (`10`, `20`; one label `15`
   * for a one-value target, or `10–12` when the ends are too close to part).
   */
  targetLabels: Array<{ x: number; text: string; anchor: 'start' | 'middle' | 'end' }>;
  /** Visible count line (`19/43 dự án`), '' when the headline already says it. */
  text: string;
  /** Visible target line (`Mục tiêu: 10–20`), '' without a target. */
  targetText: string;
}

/** A sparkline, in pixels of the card's content box. */
export interface KpiSparkMarks {
  width: number;
  height: number;
  /** SVG path of the line: what d3-shape `line()` draws with its default linear curve. */
  path: string;
  /** The last point, marked with a dot. */
  x: number;
  y: number;
}

/** One card. `label` (from Mark) is its screen-reader text. */
export interface KpiCard extends Mark {
  /** The visible name of the figure. */
  name: string;
  /** Arrow before the headline (percent-change figures), else ''. */
  arrow: string;
  /** The headline digits, e.g. `22,9`, `+3,93%`, `19/43`, or the missing text. */
  number: string;
  /** Words after the digits: scale word and unit, e.g. `nghìn tỷ đồng`. */
  unit: string;
  /** Colour meaning of the headline (percent-change figures), else neutral. */
  tone: KpiTone;
  /** For a percent-change headline: its comparison (`so với cùng kỳ`), else ''. */
  comparison: string;
  missing: boolean;
  change?: KpiChangeMarks;
  progress?: KpiProgressMarks;
  spark?: KpiSparkMarks;
  detail: string;
  period: string;
}

export interface KpiLayout extends ChartLayout {
  marks: KpiCard[];
  /** Cards per row: 1 on a phone (the grid's CSS places them the same way). */
  columns: number;
  /** Width of one card. */
  cardWidth: number;
  /** Columns the last card spans, so that the last row leaves no empty cell (1 when it is full). */
  lastSpan: number;
}

/** Narrowest card, px. */
export const MIN_CARD = 200;
/** Gap between cards, px: the styles' column gap and the cards' bottom margin (as the charts' GAP). */
export const GAP = 12;
/** Card padding + border on each side, px. */
export const INSET = 15;

/**
 * True when some figure has a trend: a sparkline in valid data, whose trends have two points at least (its part,
 * kpi.spark.ts, is a chunk of its own in the element); and a trend column in the table.
 */
export const hasTrend = (data: KpiData): boolean => data.figures.some((f) => f.trend);

/**
 * Lays out headline figures as cards in a grid of `columns` equal columns.
 * Pure: text is never measured; the browser wraps it inside each card.
 * `spark` draws the sparklines: needed when the data `hasTrend`.
 */
export function layoutCards(data: KpiData, width: number, lang: string, spark?: typeof kpiSpark): KpiLayout {
  const w = wordsFor(lang, data.locale);
  const k = kpiSection(w.s);
  const n = data.figures.length;
  // as CSS `repeat(auto-fit, minmax(200px, 1fr))` with a 12 px gap places them
  const columns = Math.max(1, Math.min(n, Math.floor((width + GAP) / (MIN_CARD + GAP))));
  const cardWidth = round((width - GAP * (columns - 1)) / columns);
  // The last card spans the cells its row leaves empty.
  const lastSpan = columns - ((n - 1) % columns);
  const inner = (span: number) => Math.max(20, round(cardWidth * span + GAP * (span - 1) - 2 * INSET));
  const trend = hasTrend(data);
  const cards = data.figures.map((f, i) => kpiCard(w, f, inner(i === n - 1 ? lastSpan : 1), trend, spark));
  const marks = cards.map((c) => c.card);
  return {
    width,
    height: 0,
    columns,
    cardWidth,
    lastSpan,
    marks,
    // Every figure as read aloud: value, change and comparison, progress, period.
    summary: fill(k.summary, { labels: marks.map((m) => m.label).join('; ') }),
    notices: [],
    table: {
      caption: w.t(data.title) || k.caption,
      columns: [
        { label: k.figure },
        { label: w.s.value },
        { label: k.change },
        { label: k.period },
        ...(trend ? [{ label: k.trend }] : []),
      ],
      rows: cards.map((c) => c.row),
    },
  };
}

/** One card `inner` px wide (inside its padding), and its table row. */
function kpiCard(w: Words, f: KpiFigure, inner: number, hasTrend: boolean, spark?: typeof kpiSpark): { card: KpiCard; row: string[] } {
  const fw = figureWords(w, f);
  const name = w.t(f.label);
  const missing = f.value === null;
  /** Spoken parts: headline (+ detail), progress, target; then change and period. */
  const { spoken, ...head } = kpiHeadline(fw);
  const detail = w.t(f.detail);
  if (detail) {
    if (missing) spoken.push(detail);
    else spoken[0] += ` ${detail}`;
  }
  const changeSpoken: string[] = [];
  const change = kpiChange(fw, changeSpoken);
  const progress = kpiProgress(fw, inner, spoken);
  const period = w.t(f.period);
  const all = [spoken[0], ...changeSpoken, ...spoken.slice(1), period].filter(Boolean).join(', ');
  const row = [name, spoken.join(', '), changeSpoken.join(''), period, ...(hasTrend ? [(f.trend ?? []).map(w.fmt).join('; ')] : [])];
  const card: KpiCard = {
    key: f.id,
    label: `${name}${w.s.colon}${all}`,
    tooltip: [name, all],
    x: 0,
    y: 0,
    datum: f,
    name,
    ...head,
    missing,
    change,
    progress,
    spark: spark?.(f.trend, inner),
    detail,
    period,
  };
  return { card, row };
}
