// Network faults of src for <citystat-trend> (see network.suite.ts).
// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
import { networkSuite } from './network.suite.js';

networkSuite('trend');
