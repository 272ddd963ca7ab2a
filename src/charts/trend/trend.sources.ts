/**
 * The sources of the trend widget's series that have their own (each figure
 * keeps its source; sources are never blended), written under the chart. A
 * chunk of its own (trend.parts.ts): data whose series have no source of
 * their own never loads it.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { LanguagePack } from '../../core/i18n.js';
import { GAP, LINE, round } from '../../core/layout-kit.js';
import { wrapText } from '../../core/measure.js';
import type { LocalizedText } from '../../core/types.js';
import type { TrendLayout } from './trend.plot.js';
import type { TrendSeries } from './trend.types.js';

/** Axis and period labels (as trend.plot.ts SMALL). */
const SMALL = 12;

/** A line per series with its own source, wrapped to `width`, from `y` down; and the y under them. */
export function placeSources(
  series: readonly TrendSeries[],
  s: LanguagePack,
  t: (v: LocalizedText | undefined) => string,
  width: number,
  y: number,
): { sources: TrendLayout['sources']; y: number } {
  const sources: TrendLayout['sources'] = [];
  for (const sr of series) {
    if (!sr.source) continue;
    const text = `${s.source} (${t(sr.label)})${s.colon}${t(sr.source.name)}${sr.source.date ? `, ${t(sr.source.date)}` : ''}`;
    const wrapped = wrapText(text, width, SMALL, 3);
    y += GAP;
    sources.push({ y: round(y + SMALL - GAP / 2), lines: wrapped });
    y += wrapped.length * LINE - GAP / 2;
  }
  return { sources, y };
}

/** The sources' lines. */
export const sourcesView = (l: TrendLayout): SVGTemplateResult[] =>
  l.sources.map(
    (src) => svg`<text class="axis" x="0" y=${src.y}>${src.lines.map((t, j) => svg`<tspan x="0" dy=${j ? 18 : 0}>${t}</tspan>`)}</text>`,
  );
