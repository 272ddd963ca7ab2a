// The catalogue of bad inputs for <citystat-kpi> (see catalogue.suite.ts).
import { catalogueSuite } from './catalogue.suite.js';

catalogueSuite('kpi');
