/**
 * Registers every citystat element eagerly (`import 'citystat/define.js'` in
 * a bundler project, and the IIFE build for classic-script CMSs).
 */
// generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit
import './charts/sector-breakdown/define.js';
import './charts/fdi-composition/define.js';
import './charts/fair-participation/define.js';
import './charts/kpi/define.js';
import './charts/trend/define.js';

export { CitystatSectorBreakdown } from './charts/sector-breakdown/sector-breakdown.js';
export { CitystatFdiComposition } from './charts/fdi-composition/fdi-composition.js';
export { CitystatFairParticipation } from './charts/fair-participation/fair-participation.js';
export { CitystatKpi } from './charts/kpi/kpi.js';
export { CitystatTrend } from './charts/trend/trend.js';
// end of generated code
export { registerLanguage } from './core/i18n.js';
