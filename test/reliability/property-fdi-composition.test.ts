// Property-based tests of <citystat-fdi-composition> (see property.suite.ts).
import { propertySuite } from './property.suite.js';

propertySuite('fdi-composition');
