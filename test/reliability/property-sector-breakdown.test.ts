// Property-based tests of <citystat-sector-breakdown> (see property.suite.ts).
import { propertySuite } from './property.suite.js';

propertySuite('sector-breakdown');
