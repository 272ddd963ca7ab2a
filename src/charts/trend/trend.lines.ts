/**
 * The trend widget's lines (levels, several series, long series): their
 * paths, the labels at their ends and their drawing (their styles are in
 * trend.styles.ts). A chunk of its own (trend.parts.ts): a page whose data is drawn as columns never loads it.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { round } from '../../core/layout-kit.js';
import { wrapText } from '../../core/measure.js';
import type { TrendLayout, TrendLine, TrendMark } from './trend.plot.js';

/** A known figure on the plot (undefined for a missing one, which breaks the line). */
export interface LinePoint {
  x: number;
  y: number;
  index: number;
  estimate: boolean;
}

/** Axis and period labels (as trend.plot.ts SMALL). */
const SMALL = 12;

/** The solid segments, and the dashed ones that end at an estimate; a period without a figure leaves a gap. */
export function trace(points: ReadonlyArray<LinePoint | undefined>): { path: string; estimatePath: string } {
  let path = '';
  let estimatePath = '';
  let prev: LinePoint | undefined;
  for (const p of points) {
    if (p) {
      const joined = prev && prev.index === p.index - 1;
      const dashed = joined && (p.estimate || prev!.estimate);
      if (dashed) estimatePath += `M${prev!.x},${prev!.y}L${p.x},${p.y}`;
      path += `${joined && !dashed ? 'L' : 'M'}${p.x},${p.y}`;
    }
    prev = p;
  }
  return { path, estimatePath };
}

/** The label at a line's end (its last figure at x, y): the value, then the name on up to two lines. */
export const lineEnd = (x: number, y: number, value: string, label: string, width: number): NonNullable<TrendLine['end']> => ({
  x: round(x + 8),
  y: round(y),
  value,
  lines: wrapText(label, width - x - 10, SMALL, 2),
});

/** Moves end labels apart vertically (two lines high each), within the plot. */
export function spreadEnds(lines: TrendLine[], top: number, bottom: number): void {
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

/** Each series' line (dashed to an estimate) and its end label. */
export const linesView = (l: TrendLayout): SVGTemplateResult[] =>
  l.lines.map(
    (
      line,
    ) => svg`<g class=${`s${line.slot}`}><path class="line" d=${line.path || nothing}></path><path class="line estimate" d=${line.estimatePath || nothing}></path>
${line.end ? svg`<text part="label" x=${line.end.x} y=${line.end.y + 4}><tspan class="strong">${line.end.value}</tspan>${line.end.lines.map((t) => svg`<tspan x=${line.end!.x} dy="15">${t}</tspan>`)}</text>` : nothing}</g>`,
  );

/** A point of a line: the latest larger, none when there are too many to see (over 60). */
export const dot = (l: TrendLayout, m: TrendMark): SVGTemplateResult =>
  svg`<circle class="dot" cx=${m.x} cy=${m.boxY + 8} r=${m.latest ? 4.5 : l.marks.length > 60 ? 0 : 3}></circle>`;
