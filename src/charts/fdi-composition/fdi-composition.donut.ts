/**
 * FDI composition: the donut variant's ring, in the extras' chunk
 * (fdi-composition.extras.ts, loaded when a widget has `variant="donut"`):
 * pages with the default bar never download it.
 */
import { round } from '../../core/layout-kit.js';
import { wrapText } from '../../core/measure.js';
import type { FdiChart } from './fdi-composition.layout.js';
import type { FdiBasis } from './fdi-composition.rows.js';

const RING = 240;
// Not imported from the layout: the extras' chunk then needs nothing by name from the widget's.
const TAU = 2 * Math.PI;

/** Step 3 of the donut: the ring, the total in its hole, and where the legend starts (beside it on wide screens). */
export function donutChart(
  b: FdiBasis,
  width: number,
  caption: string[],
  y: number,
  totalText: string,
  fit: (room: number, max: number) => number,
): FdiChart {
  const { check, data } = b;
  const beside = width >= 560;
  const outer = Math.min(RING, width) / 2;
  const inner = round(outer * 0.6);
  const cx = beside ? outer : width / 2;
  const cy = y + 8 + outer;
  const hole = 2 * inner - 16;
  const totalSize = fit(hole, 26);
  const unitLines = b.unit ? wrapText(b.unit, hole, 13, 2) : [];
  const totalY = round(cy - (totalSize + unitLines.length * 16) / 2 + totalSize * 0.8);
  const track = check.mismatch ? ring(cx, cy, outer, inner, 0, b.frac(data.total!) * TAU) : undefined;
  return {
    caption,
    totalText,
    totalY,
    totalSize,
    donut: { cx, cy, outer, inner, track, unitLines, unitY: round(totalY + 17) },
    rowX: beside ? 2 * outer + 32 : 0,
    rowTop: beside ? y + 8 : cy + outer + 12,
    beside,
  };
}

/**
 * A part's slice from fraction `f0` to `f1` of the ring: its path ('' when
 * `drawn` is false: a part of capital 0) and its mark's point, mid-angle on
 * the ring's middle radius.
 */
export function slice({ cx, cy, outer, inner }: NonNullable<FdiChart['donut']>, f0: number, f1: number, drawn: boolean) {
  const a0 = f0 * TAU;
  const a1 = f1 * TAU;
  const mid = (a0 + a1) / 2;
  const r = (outer + inner) / 2;
  return { x: round(cx + r * Math.sin(mid)), y: round(cy - r * Math.cos(mid)), path: drawn ? ring(cx, cy, outer, inner, a0, a1) : '' };
}

/**
 * The SVG path of a ring slice from angle `a0` to `a1` (radians, clockwise
 * from 12 o'clock). An SVG arc cannot start and end at the same point, so a
 * whole ring is two half circles each way. Written out here: d3-shape's `arc` would
 * add 4.8 kB gzip for this one path.
 */
export function ring(cx: number, cy: number, outer: number, inner: number, a0: number, a1: number): string {
  const pt = (r: number, a: number) => `${round(cx + r * Math.sin(a))} ${round(cy - r * Math.cos(a))}`;
  if (a1 - a0 >= TAU - 1e-9) {
    // A whole ring: two half circles out, two back in the other direction (the hole stays empty).
    const circle = (r: number, sweep: number) =>
      `M${pt(r, 0)}A${r} ${r} 0 1 ${sweep} ${pt(r, Math.PI)}A${r} ${r} 0 1 ${sweep} ${pt(r, 0)}Z`;
    return circle(outer, 1) + circle(inner, 0);
  }
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return (
    `M${pt(outer, a0)}A${outer} ${outer} 0 ${large} 1 ${pt(outer, a1)}` +
    `L${pt(inner, a1)}A${inner} ${inner} 0 ${large} 0 ${pt(inner, a0)}Z`
  );
}
