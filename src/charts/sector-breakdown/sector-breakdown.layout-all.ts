/**
 * The sector layout with its extras for every kind of data: what the npm
 * package exports. The element loads the extras (sector-breakdown.extras.ts)
 * only for data that needs them; a caller of the pure layout gets them always.
 */
import * as extras from './sector-breakdown.extras.js';
import {
  defaultSectorOptions,
  layoutSectorBreakdown as layout,
  type SectorLayout,
  type SectorLayoutOptions,
} from './sector-breakdown.layout.js';
import type { SectorBreakdownData } from './sector-breakdown.types.js';

/** Lays out a horizontal bar chart of parts of a whole (see sector-breakdown.layout.ts). */
export const layoutSectorBreakdown = (
  data: SectorBreakdownData,
  width: number,
  lang: string,
  options: SectorLayoutOptions = defaultSectorOptions,
): SectorLayout => layout(data, width, lang, { ...options, extras: options.extras ?? extras });

export type { SectorLayout, SectorLayoutOptions } from './sector-breakdown.layout.js';
