/** Registers every citystat element. The CDN bundle is built from this file. */
import './charts/sector-breakdown/define.js';

export * from './index.js';
