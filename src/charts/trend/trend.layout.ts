/**
 * The trend widget's layout with every part at hand (the npm package's
 * `layoutTrend`, and the tests'): the element loads the lines, the
 * annotations' and the sources' parts only for data that needs them
 * (trend.parts.ts).
 */
import * as notes from './trend.annotations.js';
import * as lines from './trend.lines.js';
import * as sources from './trend.sources.js';
import { layoutWith, type TrendLayout } from './trend.plot.js';
import type { TrendData } from './trend.types.js';

export type { TrendLayout, TrendLine, TrendMark } from './trend.plot.js';

/** Lays out figures over time (see trend.plot.ts). Pure: text widths are estimated, never measured. */
export const layoutTrend = (data: TrendData, width: number, lang: string): TrendLayout =>
  layoutWith(data, width, lang, { lines, notes, sources });
