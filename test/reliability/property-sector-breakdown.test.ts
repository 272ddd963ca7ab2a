// Property-based tests for <citystat-sector-breakdown> (see property.suite.ts).
// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
import { propertySuite } from './property.suite.js';

propertySuite('sector-breakdown');
