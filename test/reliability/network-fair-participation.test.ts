// Network faults of src for <citystat-fair-participation> (see network.suite.ts).
import { networkSuite } from './network.suite.js';

networkSuite('fair-participation');
