// Network faults of src for <citystat-kpi> (see network.suite.ts).
import { networkSuite } from './network.suite.js';

networkSuite('kpi');
