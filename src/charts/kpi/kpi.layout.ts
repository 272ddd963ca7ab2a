/**
 * The KPI layout with every part at hand (the npm package's `layoutKpi`, and
 * the tests'): the element loads the sparklines' part only for figures with a
 * trend (kpi.ts).
 */
import { layoutCards, type KpiLayout } from './kpi.cards.js';
import { kpiSpark } from './kpi.spark.js';
import type { KpiData } from './kpi.types.js';

export { GAP, INSET, MIN_CARD, type KpiCard, type KpiLayout } from './kpi.cards.js';
export { SPARK_HEIGHT } from './kpi.spark.js';

/** Lays out headline figures as cards (see kpi.cards.ts). Pure: text is never measured. */
export const layoutKpi = (data: KpiData, width: number, lang: string): KpiLayout => layoutCards(data, width, lang, kpiSpark);
