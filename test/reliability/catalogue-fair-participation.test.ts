// The catalogue of bad inputs for <citystat-fair-participation> (see catalogue.suite.ts).
import { catalogueSuite } from './catalogue.suite.js';

catalogueSuite('fair-participation');
