// The catalogue of bad inputs for <citystat-trend> (see catalogue.suite.ts).
// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
import { catalogueSuite } from './catalogue.suite.js';

catalogueSuite('trend');
