/**
 * The KPI cards' sparklines (a figure's `trend`): the line and its drawing. A
 * chunk of its own (kpi.ts): a page whose figures have no trend never loads it.
 */
import { html, type TemplateResult } from 'lit';
import { round } from '../../core/layout-kit.js';
import { linearScale } from '../../core/scale.js';
import type { KpiSparkMarks } from './kpi.cards.js';

export const SPARK_HEIGHT = 32;

/** The sparkline of the trend (two points at least), `inner` px wide. */
export function kpiSpark(trend: number[] | undefined, inner: number): KpiSparkMarks | undefined {
  if (!trend || trend.length < 2) return undefined;
  const lo = Math.min(...trend);
  const hi = Math.max(...trend);
  const last = trend.length - 1;
  const sx = linearScale([0, last], [3, inner - 3]);
  const sy = linearScale(lo === hi ? [lo - 1, hi + 1] : [lo, hi], [SPARK_HEIGHT - 3, 3]);
  // The straight-segment path d3-shape's `line()` draws (curveLinear), written
  // out: d3-shape 3.2.1 ships one untreeshakable module, +2.9 kB gzip for `line`.
  const path = 'M' + trend.map((d, i) => `${round(sx(i))},${round(sy(d))}`).join('L');
  return { width: inner, height: SPARK_HEIGHT, path, x: round(sx(last)), y: round(sy(trend[last])) };
}

/** The sparkline and a dot on its last point. */
export const sparkView = (s: KpiSparkMarks): TemplateResult =>
  html`<svg class="spark" width=${s.width} height=${s.height} viewBox="0 0 ${s.width} ${s.height}" preserveAspectRatio="none">
<path d=${s.path}></path><circle cx=${s.x} cy=${s.y} r="2.5"></circle></svg>`;
