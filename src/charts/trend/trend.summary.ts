/**
 * What the trend widget says and tabulates: sentences per series (how many
 * periods rose, the highest and lowest, the latest, first to last) and the
 * data table (a period column, a column per series). A series of changes is
 * told as a growth rate, never as a change of a level.
 */
import { fill } from '../../core/i18n.js';
import { decimalsOf, withUnit } from '../../core/format.js';
import type { Words } from '../../core/layout-kit.js';
import { figureText } from './trend.format.js';
import type { TableModel } from '../../core/table.js';
import { periodCount, type Granularity } from './trend.periods.js';
import type { TrendData, TrendPoint, TrendSeries } from './trend.types.js';
import { trendSection } from './trend.words.js';

/** What the layout knows of one series. */
export interface SeriesFacts {
  series: TrendSeries;
  label: string;
  /** Axis position of each point. */
  indices: number[];
  /** The figure's text with its unit (`+3,7%`, `105,2 điểm`). */
  valueOf: (p: TrendPoint) => string;
}

type Name = (index: number, short?: boolean) => string;
/** At most this many missing periods are named in the summary. */
const MAX_NAMED = 12;

/** The summary sentences of every series. */
export function describeTrend(facts: SeriesFacts[], granularity: Granularity, change: boolean, words: Words, name: Name): string {
  const { s, t, fmt, lang } = words;
  const w = trendSection(s);
  const count = (n: number) => periodCount(granularity, n, s, fmt(n));
  const long = (i: number) => name(i, false);
  return facts
    .map(({ series: sr, label, indices, valueOf }) => {
      const known = sr.points
        .map((p, k) => ({ p, v: p.value, i: indices[k] }))
        .filter((e): e is { p: TrendPoint; v: number; i: number } => e.v !== null);
      const parts = [
        fill(w.span, { label, count: count(sr.points.length), first: long(indices[0]), last: long(indices[indices.length - 1]) }),
      ];
      const est = (p: TrendPoint) => (p.estimate ? `, ${w.estimate}` : '');
      const at = (e: { p: TrendPoint; i: number }) => `${long(e.i)} (${valueOf(e.p)}${est(e.p)})`;
      // Rose: a change above zero; a level above the period before it.
      let rose = 0;
      let of = 0;
      known.forEach((e, k) => {
        if (change) {
          of++;
          if (e.v > 0) rose++;
        } else if (k > 0 && known[k - 1].i === e.i - 1) {
          of++;
          if (e.v > known[k - 1].v) rose++;
        }
      });
      if (of) parts.push(fill(w.rose, { against: w.against[sr.kind], n: fmt(rose), count: count(of) }));
      const first = known[0];
      const last = known[known.length - 1];
      if (known.length > 1) {
        const high = known.reduce((a, b) => (b.v > a.v ? b : a));
        const low = known.reduce((a, b) => (b.v < a.v ? b : a));
        parts.push(fill(change ? w.highRate : w.high, { high: at(high), low: at(low) }));
      }
      if (last) parts.push(fill(w.latest, { period: long(last.i), value: valueOf(last.p) + (last.p.estimate ? ` (${w.estimate})` : '') }));
      if (known.length > 1) {
        const words = { first: valueOf(first.p), last: valueOf(last.p), from: long(first.i), to: long(last.i) };
        const digits = sr.decimals ?? Math.max(decimalsOf(first.v), decimalsOf(last.v));
        const diff = +(last.v - first.v).toFixed(digits);
        const template = change
          ? diff > 0
            ? w.rateUp
            : diff < 0
              ? w.rateDown
              : w.rateSame
          : diff > 0
            ? w.levelUp
            : diff < 0
              ? w.levelDown
              : w.levelSame;
        parts.push(fill(template, { ...words, diff: withUnit(figureText(diff, true, lang, digits, false), t(sr.unit)) }));
      }
      const gaps = sr.points.map((p, k) => (p.value === null ? long(indices[k]) : '')).filter(Boolean);
      if (gaps.length) {
        const named = gaps.slice(0, MAX_NAMED).join(', ') + (gaps.length > MAX_NAMED ? ', …' : '');
        parts.push(fill(s.summaryMissing, { labels: named }));
      }
      if (sr.source) parts.push(`${s.source}${s.colon}${t(sr.source.name)}.`);
      return parts.join(' ');
    })
    .join(' ');
}

/** The data table: a row per period (`periods`: every series' axis positions, in order), a column per series, units in the headers. */
export function trendTable(
  data: TrendData,
  facts: SeriesFacts[],
  periods: number[],
  change: boolean,
  words: Words,
  name: Name,
): TableModel {
  const { s, t, lang } = words;
  const byIndex = facts.map((f) => new Map(f.indices.map((i, k) => [i, f.series.points[k]])));
  const cell = (f: SeriesFacts, p: TrendPoint | undefined, i: number) => {
    // A period another series has: before or after this series, nothing; within it, a gap.
    if (!p) return i > f.indices[0] && i < f.indices[f.indices.length - 1] ? s.missing : '';
    if (p.value === null) return s.missing;
    const text = figureText(p.value, change, lang, f.series.decimals, false);
    return p.estimate ? `${text} (${trendSection(s).estimate})` : text;
  };
  return {
    caption: t(data.title) || s.chart,
    columns: [
      { label: trendSection(s).period },
      ...facts.map((f) => {
        const unit = change ? '%' : t(f.series.unit);
        return { label: unit ? `${f.label} (${unit})` : f.label, numeric: true };
      }),
    ],
    rows: periods.map((i) => [name(i, false), ...byIndex.map((m, k) => cell(facts[k], m.get(i), i))]),
  };
}
