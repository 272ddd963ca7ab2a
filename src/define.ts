/**
 * Registers every citystat element. The CDN bundle `dist/cdn/citystat.js` is
 * built from this file; it exports the element classes and the language hook.
 * (The full API, including error messages, is in `citystat` = src/index.ts.)
 */
import './charts/sector-breakdown/define.js';

export { CitystatSectorBreakdown } from './charts/sector-breakdown/sector-breakdown.js';
export { registerLanguage } from './core/i18n.js';
