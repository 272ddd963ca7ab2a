/**
 * Sector breakdown: a long chart in bands (in the extras' chunk). Each band of
 * `BAND_ROWS` rows is an `<svg>` of its own that the browser lays out and
 * paints only near the screen (`content-visibility: auto`,
 * sector-breakdown.bands-view.ts): a reader of a chart of 1,000 bars waits for
 * the rows in view, not for 2,000 text labels below them.
 */
import type { Band } from '../../core/chart.js';
import type { SectorRow } from './sector-breakdown.layout.js';

/** More drawn rows than this: the chart is drawn in bands (never at the default `max-bars`, 30). */
export const BANDED = 50;
/** Rows per band: about 600 px of a wide chart, 900 px of a phone's. */
export const BAND_ROWS = 20;
/** Room above the first row and below the last for the focus ring (4 px out), which a band would clip. */
const RING_ROOM = 6;

/** The bands of the rows `marks` of a chart `height` px tall, cut halfway between rows; undefined up to `BANDED` rows. */
export function sectorBands(marks: SectorRow[], height: number): Band[] | undefined {
  if (marks.length <= BANDED) return undefined;
  // Where band k starts: above the first row, else halfway between a row's bottom and the next row's top.
  const cut = (i: number) =>
    i === 0 ? -RING_ROOM : i === marks.length ? height + RING_ROOM : (marks[i - 1].rowY + marks[i - 1].rowHeight + marks[i].rowY) / 2;
  const bands: Band[] = [];
  for (let from = 0; from < marks.length; from += BAND_ROWS) {
    const to = Math.min(marks.length, from + BAND_ROWS);
    bands.push({ from, to, y: cut(from), height: cut(to) - cut(from) });
  }
  return bands;
}
