/**
 * A linear scale: the part of d3-scale's `scaleLinear` the charts use (domain →
 * range, no clamping, no interpolators, no ticks). d3-scale itself pulls
 * d3-interpolate, d3-color and d3-format into the bundle (≈10 kB gzip
 * measured) for features these charts do not use: they label values directly.
 */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}
