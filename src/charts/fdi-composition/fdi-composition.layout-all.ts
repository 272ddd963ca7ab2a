/**
 * The FDI layout with its extras for every kind of data: what the npm package
 * exports. The element loads the extras (fdi-composition.extras.ts) only for
 * data that needs them; a caller of the pure layout gets them always.
 */
import * as extras from './fdi-composition.extras.js';
import { layoutFdiComposition as layout, type FdiLayout, type FdiVariant } from './fdi-composition.layout.js';
import type { FdiCompositionData } from './fdi-composition.types.js';

/** Lays out FDI parts of a total (see fdi-composition.layout.ts). */
export const layoutFdiComposition = (data: FdiCompositionData, width: number, lang: string, variant: FdiVariant = 'bar'): FdiLayout =>
  layout(data, width, lang, variant, extras);

export type { FdiLayout, FdiVariant } from './fdi-composition.layout.js';
