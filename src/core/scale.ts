/**
 * A linear scale: the part of d3-scale's `scaleLinear` the charts use (domain →
 * range, no clamping, no interpolators, no ticks). d3-scale itself pulls
 * d3-interpolate, d3-color and d3-format into the bundle (≈10 kB gzip
 * measured) for features these charts do not use: they label values directly.
 */
export type LinearScale = (value: number) => number;

export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearScale {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
