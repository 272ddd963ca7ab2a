/**
 * The trend widget's annotations (a period or a range with a short note, such
 * as Tết): a shaded band each, its note in up to two rows above the plot. A
 * chunk of its own (trend.parts.ts): data without annotations never loads it.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { LocalizedText } from '../../core/types.js';
import { LINE, round } from '../../core/layout-kit.js';
import { textWidth } from '../../core/measure.js';
import type { TrendAnnotation } from './trend.types.js';
import type { TrendLayout } from './trend.plot.js';

/** Axis and period labels (as trend.plot.ts SMALL). */
const SMALL = 12;

/**
 * Where the plot's periods are: the first index, how many, the plot's left
 * edge and the width of one period; and the index of a period (given, so that
 * this chunk imports nothing by name from the widget's: smaller loader).
 */
export interface PeriodAxis {
  min: number;
  slots: number;
  x: number;
  step: number;
  index: (period: string) => number;
}

/**
 * The bands and notes of `list` within the axis, the notes' rows from `top`;
 * the periods annotated (their labels are always written) and the height the
 * rows take.
 */
export function placeNotes(
  list: readonly TrendAnnotation[],
  axis: PeriodAxis,
  width: number,
  t: (v: LocalizedText | undefined) => string,
  top: number,
): { annotations: TrendLayout['annotations']; annotated: Set<number>; height: number } {
  const { min, slots, step } = axis;
  const annotations: TrendLayout['annotations'] = [];
  const rowEnds: number[] = [];
  const annotated = new Set<number>();
  for (const a of list) {
    const from = axis.index(a.period);
    const to = a.end ? axis.index(a.end) : from;
    const first = Math.max(from, min);
    const last = Math.min(to, min + slots - 1);
    if (first > last) continue;
    annotated.add(from).add(to);
    const x = round(axis.x + step * (first - min));
    const text = t(a.label);
    const w = textWidth(text, SMALL);
    const labelX = round(Math.max(0, Math.min(x + 2, width - w)));
    let row = rowEnds.findIndex((end) => end + 6 <= labelX);
    if (row < 0) row = rowEnds.length < 2 ? rowEnds.length : 1;
    rowEnds[row] = labelX + w;
    annotations.push({ x, width: round(step * (last - first + 1)), labelX, labelY: top + row * LINE + SMALL, text });
  }
  return { annotations, annotated, height: rowEnds.length * LINE + (rowEnds.length ? 4 : 0) };
}

/** Each annotation's band over the plot and its note. */
export const notesView = (l: TrendLayout): SVGTemplateResult[] =>
  l.annotations.map(
    (a) =>
      svg`<rect class="band" x=${a.x} y=${l.plot.y} width=${a.width} height=${l.plot.height}></rect><text class="axis" x=${a.labelX} y=${a.labelY}>${a.text}</text>`,
  );
