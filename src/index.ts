/**
 * citystat: classes and types. Importing this module registers nothing;
 * import `citystat/define.js` (or one widget's define file) to register tags.
 */
export { CitystatElement } from './base/chart-element.js';
export type { ChartLayout, ChartStatus, Mark } from './core/chart.js';
export type {
  CitystatDownloadDetail,
  CitystatErrorDetail,
  CitystatRenderDetail,
  CitystatSelectDetail,
  DataSourceKind,
} from './base/events.js';
export {
  registerLanguage,
  languages,
  uiStrings,
  type LanguagePack,
  type UiStrings,
  type FdiWords,
  type FairWords,
  type KpiWords,
} from './core/i18n.js';
export { formatCompact, formatNumber, formatPercent, formatPercentValue, formatSigned } from './core/format.js';
export { formatList, formatMonth } from './core/format-words.js';
export { parseLocaleNumber } from './core/table-read.js';
export { checkTotal, type TotalCheck } from './core/total.js';
export type { Issue } from './core/validate.js';
export { issueMessage, messages, type Messages } from './core/messages.js';
export type { CommonData, LocalizedText, Source, Translations } from './core/types.js';
// generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit
export { CitystatSectorBreakdown } from './charts/sector-breakdown/sector-breakdown.js';
export {
  layoutSectorBreakdown,
  type SectorLayout,
  type SectorLayoutOptions,
} from './charts/sector-breakdown/sector-breakdown.layout-all.js';
export type { SectorBreakdownData, SectorItem } from './charts/sector-breakdown/sector-breakdown.types.js';
export { CitystatFdiComposition } from './charts/fdi-composition/fdi-composition.js';
export { layoutFdiComposition, type FdiLayout, type FdiVariant } from './charts/fdi-composition/fdi-composition.layout-all.js';
export type { FdiCompositionData, FdiComponent } from './charts/fdi-composition/fdi-composition.types.js';
export { CitystatFairParticipation } from './charts/fair-participation/fair-participation.js';
export { layoutFairParticipation, type FairLayout, type FairLayoutOptions } from './charts/fair-participation/fair-participation.layout.js';
export type { FairParticipationData, FairEvent, FairMeasure, FairValues } from './charts/fair-participation/fair-participation.types.js';
export { CitystatKpi } from './charts/kpi/kpi.js';
export { layoutKpi, type KpiLayout } from './charts/kpi/kpi.layout.js';
export type { KpiData, KpiFigure, KpiChange, KpiProgress, KpiTarget, KpiDirection } from './charts/kpi/kpi.types.js';
export { CitystatTrend } from './charts/trend/trend.js';
export { layoutTrend, type TrendLayout, type TrendMark } from './charts/trend/trend.layout.js';
export type { TrendData, TrendSeries, TrendPoint, TrendAnnotation, TrendKind } from './charts/trend/trend.types.js';
// end of generated code
