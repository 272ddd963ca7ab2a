// Property-based tests for <citystat-trend> (see property.suite.ts).
// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
import { propertySuite } from './property.suite.js';

propertySuite('trend');
