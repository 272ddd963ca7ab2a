// Property-based tests of <citystat-kpi> (see property.suite.ts).
import { propertySuite } from './property.suite.js';

propertySuite('kpi');
