/** KPI, steps of one card: the headline, the change line and the progress bar (the sparkline: kpi.spark.ts). */
import { fill, type KpiWords } from '../../core/i18n.js';
import { formatCompact, formatPercentValue, withUnit } from '../../core/format.js';
import { round, type Words } from '../../core/layout-kit.js';
import type { KpiChangeMarks, KpiProgressMarks, KpiTone } from './kpi.cards.js';
import type { KpiChange, KpiDirection, KpiFigure } from './kpi.types.js';
import { kpiSection } from './kpi.words.js';

/** One figure as the steps read it. */
export interface KpiFigureWords extends Words {
  f: KpiFigure;
  unit: string;
  /** The figure's numbers: compact (`22,9 nghìn`) when the figure asks for it. */
  num: (v: number) => string;
  /** The progress count is the headline (`19/43`). */
  merged: boolean;
  /** The widget's own words. */
  k: KpiWords;
}

/** The headline (the card's fields of the same names) and its spoken words. */
export interface KpiHeadline {
  number: string;
  unit: string;
  arrow: string;
  tone: KpiTone;
  comparison: string;
  spoken: string[];
}

const arrowOf = (v: number) => (v > 0 ? '▲' : v < 0 ? '▼' : '');

export function toneOf(value: number, direction: KpiDirection | undefined): KpiTone {
  if (!value || !direction || direction === 'neutral') return 'neutral';
  return value > 0 === (direction === 'up-good') ? 'good' : 'bad';
}

/** `+1.500`, `-0,5`: a signed magnitude. */
const signed = (v: number, magnitude: string) => `${v > 0 ? '+' : v < 0 ? '-' : ''}${magnitude}`;

/**
 * A change `v` of a `kind` (a change line's, or a change headline's): its
 * signed text, arrow and tone; its words (`tăng 3,93% so với cùng kỳ`) are added to `spoken`.
 */
function changeOf(
  w: KpiFigureWords,
  v: number,
  kind: KpiChange['kind'],
  comparison: string,
  direction: KpiDirection | undefined,
  spoken: string[],
): KpiChangeMarks {
  const { lang, k } = w;
  const abs = Math.abs(v);
  const magnitude =
    kind === 'percent' ? formatPercentValue(abs, lang) : kind === 'points' ? withUnit(w.fmt(abs), k.points) : withUnit(w.num(abs), w.unit);
  spoken.push([v ? `${v > 0 ? k.up : k.down} ${magnitude}` : k.same, comparison].filter(Boolean).join(' '));
  return {
    arrow: arrowOf(v),
    text: kind === 'percent' ? formatPercentValue(v, lang, true) : signed(v, magnitude),
    comparison,
    tone: toneOf(v, direction),
  };
}

export function kpiHeadline(w: KpiFigureWords): KpiHeadline {
  const { f, unit, lang } = w;
  const v = f.value;
  const plain = { unit, arrow: '', tone: 'neutral' as KpiTone, comparison: '' };
  if (v === null) return { ...plain, number: w.s.missing, unit: '', spoken: [w.s.missing] };
  if (f.format === 'percent-change' || f.format === 'point-change') {
    const points = f.format === 'point-change';
    const spoken: string[] = [];
    const { text, ...change } = changeOf(w, v, points ? 'points' : 'percent', w.t(f.comparison), f.direction, spoken);
    // Points: the digits big, their unit in the smaller type of units.
    return {
      ...change,
      number: points ? signed(v, w.fmt(Math.abs(v))) : text,
      unit: points ? w.k.points : '',
      spoken,
    };
  }
  if (w.merged) {
    const value = w.fmt(v);
    const total = w.fmt(f.progress!.total);
    return { ...plain, number: `${value}/${total}`, spoken: [withUnit(fill(w.k.of, { value, total }), unit)] };
  }
  // A rate or share is a level: no arrow, no "up" (Intl writes no ASCII space in a percentage, in any locale).
  const text = f.format === 'percent' ? formatPercentValue(v, lang) : w.num(v);
  // `22,9 nghìn`: big digits, the scale word joins the unit in smaller type.
  const space = text.indexOf(' ');
  return {
    ...plain,
    number: space < 0 ? text : text.slice(0, space),
    unit: [space < 0 ? '' : text.slice(space + 1), unit].filter(Boolean).join(' '),
    spoken: [withUnit(text, unit)],
  };
}

/** The change line (none without a change); its spoken words are added to `spoken`. */
export function kpiChange(w: KpiFigureWords, spoken: string[]): KpiChangeMarks | undefined {
  const c = w.f.change;
  return c && changeOf(w, c.value, c.kind, w.t(c.comparison), c.direction, spoken);
}

/** A bracket from x0 to x1 (at least 4 px wide, e.g. a one-value target), as a filled path. */
function bracket(x0: number, x1: number): string {
  if (x1 - x0 < 4) {
    const mid = (x0 + x1) / 2;
    x0 = round(mid - 2);
    x1 = round(mid + 2);
  }
  return `M${x0},0h2v11H${round(x1 - 2)}V0h2v15H${x0}Z`;
}

/** Labels of a target's ends at x0 and x1 (digits ~7 px wide at 12 px), kept inside the bar's width. */
function rangeLabels(x0: number, x1: number, inner: number, min: string, max: string, range: string): KpiProgressMarks['targetLabels'] {
  const at = (x: number, text: string) => {
    const half = (text.length * 7) / 2;
    return x - half < 0
      ? { x: 0, text, anchor: 'start' as const }
      : x + half > inner
        ? { x: inner, text, anchor: 'end' as const }
        : { x, text, anchor: 'middle' as const };
  };
  if (min === max || x1 - x0 < (min.length + max.length) * 3.5 + 8) return [at(round((x0 + x1) / 2), range)];
  return [at(x0, min), at(x1, max)];
}

/** The progress bar `inner` px wide; its spoken parts are added to `spoken`. */
export function kpiProgress(w: KpiFigureWords, inner: number, spoken: string[]): KpiProgressMarks | undefined {
  const progress = w.f.progress;
  if (!progress) return undefined;
  const { k } = w;
  // The scale from 0 to the total onto the bar (as linearScale computes it, without its object).
  const x = (v: number) => (v / progress.total) * inner;
  const pv = w.fmt(progress.value);
  const total = w.fmt(progress.total);
  const pUnit = w.t(progress.label) || w.unit;
  const target = progress.target;
  if (!w.merged) spoken.push(withUnit(fill(k.of, { value: pv, total }), pUnit));
  const marks: KpiProgressMarks = {
    width: inner,
    done: round(Math.min(inner, x(progress.value))),
    targetLabels: [],
    text: w.merged ? '' : withUnit(`${pv}/${total}`, pUnit),
    targetText: '',
  };
  if (target) {
    const min = w.fmt(target.min);
    const max = w.fmt(target.max);
    const range = target.min === target.max ? min : `${min}–${max}`;
    const words = { range: [range, w.t(target.label)].filter(Boolean).join(' ') };
    spoken.push(fill(k.target, words));
    const x0 = round(x(target.min));
    const x1 = round(Math.min(inner, x(target.max)));
    marks.target = bracket(x0, x1);
    marks.targetLabels = rangeLabels(x0, x1, inner, min, max, range);
    marks.targetText = fill(k.targetShown, words);
  }
  return marks;
}

/** The figure's words, for the steps above. */
export function figureWords(w: Words, f: KpiFigure): KpiFigureWords {
  const p = f.progress;
  return {
    ...w,
    f,
    unit: w.t(f.unit),
    num: (v) => (f.compact ? formatCompact(v, w.lang) : w.fmt(v)),
    merged: p?.value === f.value && !p.label && (f.format ?? 'number') === 'number',
    k: kpiSection(w.s),
  };
}
