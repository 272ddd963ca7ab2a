// Property-based tests of <citystat-fair-participation> (see property.suite.ts).
import { propertySuite } from './property.suite.js';

propertySuite('fair-participation');
