// Network faults of src for <citystat-fdi-composition> (see network.suite.ts).
import { networkSuite } from './network.suite.js';

networkSuite('fdi-composition');
