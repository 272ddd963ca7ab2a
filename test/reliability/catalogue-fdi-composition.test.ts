// The catalogue of bad inputs for <citystat-fdi-composition> (see catalogue.suite.ts).
import { catalogueSuite } from './catalogue.suite.js';

catalogueSuite('fdi-composition');
