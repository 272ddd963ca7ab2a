import { fill, uiStrings } from '../../core/i18n.js';
import { formatCompact, formatNumber, formatPercentValue, withUnit } from '../../core/format.js';
import { linearScale } from '../../core/scale.js';
import { pickText } from '../../core/text.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import type { KpiData, KpiDirection, KpiFigure } from './kpi.types.js';

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
}

/** Narrowest card, px. */
export const MIN_CARD = 200;
/** Gap between cards, px. */
export const GAP = 12;
/** Card padding + border on each side, px. */
export const INSET = 15;
export const SPARK_HEIGHT = 32;

const round = (v: number) => Math.round(v * 10) / 10;

/** A bracket from x0 to x1 (at least 4 px wide, e.g. a one-value target), as a filled path. */
function bracket(x0: number, x1: number): string {
  if (x1 - x0 < 4) {
    const mid = (x0 + x1) / 2;
    x0 = round(mid - 2);
    x1 = round(mid + 2);
  }
  return `M${x0},0h2v11H${round(x1 - 2)}V0h2v15H${x0}Z`;
}

function toneOf(value: number, direction: KpiDirection | undefined): KpiTone {
  if (!value || !direction || direction === 'neutral') return 'neutral';
  return value > 0 === (direction === 'up-good') ? 'good' : 'bad';
}

/**
 * Lays out headline figures as cards in a grid of `columns` equal columns.
 * Pure: text is never measured; the browser wraps it inside each card.
 */
export function layoutKpi(data: KpiData, width: number, lang: string): KpiLayout {
  const s = uiStrings(lang);
  const k = s.kpi;
  const t = (v: Parameters<typeof pickText>[0]) => pickText(v, lang, data.locale);
  // as CSS `repeat(auto-fit, minmax(200px, 1fr))` with a 12 px gap places them
  const columns = Math.max(1, Math.min(data.figures.length, Math.floor((width + GAP) / (MIN_CARD + GAP))));
  const cardWidth = round((width - GAP * (columns - 1)) / columns);
  const inner = Math.max(20, round(cardWidth - 2 * INSET));
  const arrowOf = (v: number) => (v > 0 ? '▲' : v < 0 ? '▼' : '');
  const pct = (v: number) => formatPercentValue(v, lang, true);
  /** "tăng 3,93% so với cùng kỳ": the words for a change. */
  const spokenChange = (v: number, magnitude: string, comparison: string) =>
    [v ? `${v > 0 ? k.up : k.down} ${magnitude}` : k.same, comparison].filter(Boolean).join(' ');

  const hasTrend = data.figures.some((f) => f.trend);
  const rows: string[][] = [];
  const marks = data.figures.map((f: KpiFigure): KpiCard => {
    const name = t(f.label);
    const unit = t(f.unit);
    const num = (v: number) => (f.compact ? formatCompact(v, lang) : formatNumber(v, lang));
    const v = f.value;
    const missing = v === null;
    /** Spoken parts: headline (+ detail), progress, target; then change and period. */
    const spoken: string[] = [];
    let changeSpoken = '';
    let number: string;
    let words = unit;
    let arrow = '';
    let tone: KpiTone = 'neutral';
    let comparison = '';
    const progress = f.progress;
    const merged = !!progress && progress.value === v && !progress.label && f.format !== 'percent-change';

    if (v === null) {
      number = s.missing;
      words = '';
      spoken.push(s.missing);
    } else if (f.format === 'percent-change') {
      number = pct(v);
      words = '';
      arrow = arrowOf(v);
      tone = toneOf(v, f.direction);
      comparison = t(f.comparison);
      spoken.push(spokenChange(v, formatPercentValue(Math.abs(v), lang), comparison));
    } else if (merged) {
      number = `${formatNumber(v, lang)}/${formatNumber(progress.total, lang)}`;
      spoken.push(withUnit(fill(k.of, { value: formatNumber(v, lang), total: formatNumber(progress.total, lang) }), unit));
    } else {
      const text = num(v);
      // `22,9 nghìn`: big digits, the scale word joins the unit in smaller type.
      const space = text.indexOf(' ');
      number = space < 0 ? text : text.slice(0, space);
      words = [space < 0 ? '' : text.slice(space + 1), unit].filter(Boolean).join(' ');
      spoken.push(withUnit(text, unit));
    }
    const detail = t(f.detail);
    if (detail) {
      if (missing) spoken.push(detail);
      else spoken[0] += ` ${detail}`;
    }

    let change: KpiChangeMarks | undefined;
    if (f.change) {
      const c = f.change;
      const cmp = t(c.comparison);
      const abs = Math.abs(c.value);
      const text = c.kind === 'percent' ? pct(c.value) : withUnit(`${c.value > 0 ? '+' : c.value < 0 ? '-' : ''}${num(abs)}`, unit);
      change = { arrow: arrowOf(c.value), text, comparison: cmp, tone: toneOf(c.value, c.direction) };
      changeSpoken = spokenChange(c.value, c.kind === 'percent' ? formatPercentValue(abs, lang) : withUnit(num(abs), unit), cmp);
    }

    let progressMarks: KpiProgressMarks | undefined;
    if (progress) {
      const x = linearScale([0, progress.total], [0, inner]);
      const pv = formatNumber(progress.value, lang);
      const total = formatNumber(progress.total, lang);
      const pUnit = t(progress.label) || unit;
      const target = progress.target;
      const range = target
        ? target.min === target.max
          ? formatNumber(target.min, lang)
          : `${formatNumber(target.min, lang)}–${formatNumber(target.max, lang)}`
        : '';
      const targetWords = target ? [range, t(target.label)].filter(Boolean).join(' ') : '';
      if (!merged) spoken.push(withUnit(fill(k.of, { value: pv, total }), pUnit));
      if (target) spoken.push(fill(k.target, { range: targetWords }));
      progressMarks = {
        width: inner,
        done: round(Math.min(inner, x(progress.value))),
        target: target ? bracket(round(x(target.min)), round(Math.min(inner, x(target.max)))) : undefined,
        text: merged ? '' : withUnit(`${pv}/${total}`, pUnit),
        targetText: target ? fill(k.targetShown, { range: targetWords }) : '',
      };
    }

    let spark: KpiSparkMarks | undefined;
    if (f.trend && f.trend.length > 1) {
      const lo = Math.min(...f.trend);
      const hi = Math.max(...f.trend);
      const last = f.trend.length - 1;
      const sx = linearScale([0, last], [3, inner - 3]);
      const sy = linearScale(lo === hi ? [lo - 1, hi + 1] : [lo, hi], [SPARK_HEIGHT - 3, 3]);
      // The straight-segment path d3-shape's `line()` draws (curveLinear), written
      // out: d3-shape 3.2.1 ships one untreeshakable module, +2.9 kB gzip for `line`.
      const path = 'M' + f.trend.map((d, i) => `${round(sx(i))},${round(sy(d))}`).join('L');
      spark = { width: inner, height: SPARK_HEIGHT, path, x: round(sx(last)), y: round(sy(f.trend[last])) };
    }

    const period = t(f.period);
    const all = [spoken[0], changeSpoken, ...spoken.slice(1), period].filter(Boolean).join(', ');
    rows.push([
      name,
      spoken.join(', '),
      changeSpoken,
      period,
      ...(hasTrend ? [(f.trend ?? []).map((x) => formatNumber(x, lang)).join('; ')] : []),
    ]);
    return {
      key: f.id,
      label: `${name}${s.colon}${all}`,
      tooltip: [name, all],
      x: 0,
      y: 0,
      datum: f,
      name,
      arrow,
      number,
      unit: words,
      tone,
      comparison,
      missing,
      change,
      progress: progressMarks,
      spark,
      detail,
      period,
    };
  });

  return {
    width,
    height: 0,
    columns,
    cardWidth,
    marks,
    // Every figure as read aloud: value, change and comparison, progress, period.
    summary: fill(k.summary, { labels: marks.map((m) => m.label).join('; ') }),
    notices: [],
    table: {
      caption: t(data.title) || k.caption,
      columns: [
        { label: k.figure },
        { label: s.value },
        { label: k.change },
        { label: k.period },
        ...(hasTrend ? [{ label: k.trend }] : []),
      ],
      rows,
    },
  };
}
