/**
 * citystat: classes and types. Importing this module registers nothing;
 * import `citystat/define.js` (or one widget's define file) to register tags.
 */
export { CitystatElement, type ChartLayout, type ChartStatus, type Mark } from './base/chart-element.js';
export type {
  CitystatDownloadDetail,
  CitystatErrorDetail,
  CitystatRenderDetail,
  CitystatSelectDetail,
  DataSourceKind,
} from './base/events.js';
export { registerLanguage, languages, uiStrings, type UiStrings } from './core/i18n.js';
export {
  formatCompact,
  formatNumber,
  formatPercent,
  formatPercentValue,
  formatSigned,
  parseLocaleNumber,
} from './core/format.js';
export { checkTotal, type TotalCheck } from './core/total.js';
export type { Issue } from './core/validate.js';
export { issueMessage, registerMessages, messages, type Messages } from './core/messages.js';
export type { CommonData, LocalizedText, Source, Translations } from './core/types.js';
export { CitystatSectorBreakdown } from './charts/sector-breakdown/sector-breakdown.js';
export { layoutSectorBreakdown, type SectorLayout, type SectorLayoutOptions } from './charts/sector-breakdown/sector-breakdown.layout.js';
export type { SectorBreakdownData, SectorItem } from './charts/sector-breakdown/sector-breakdown.types.js';
