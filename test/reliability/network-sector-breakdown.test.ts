// Network faults of src for <citystat-sector-breakdown> (see network.suite.ts).
import { networkSuite } from './network.suite.js';

networkSuite('sector-breakdown');
