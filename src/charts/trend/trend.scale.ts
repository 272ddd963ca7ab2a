/**
 * The value axis of the trend widget: round tick values covering the figures
 * (and zero, for changes), as few as fit. Written out instead of d3-array's
 * `ticks`/`nice`, which no other widget uses: this is what the chart needs.
 */

/** Tick values from a round number at or below `lo` to one at or above `hi`, about `count` steps. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const raw = (hi - lo) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const r = raw / magnitude;
  // The thresholds of d3-array's ticks: √50, √10, √2.
  const step = (r >= 7.07 ? 10 : r >= 3.16 ? 5 : r >= 1.41 ? 2 : 1) * magnitude;
  const start = Math.floor(lo / step);
  const stop = Math.ceil(hi / step);
  const out: number[] = [];
  for (let i = start; i <= stop; i++) out.push(+(i * step).toPrecision(12));
  return out;
}
