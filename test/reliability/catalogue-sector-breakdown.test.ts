// The catalogue of bad inputs for <citystat-sector-breakdown> (see catalogue.suite.ts).
import { catalogueSuite } from './catalogue.suite.js';

catalogueSuite('sector-breakdown');
