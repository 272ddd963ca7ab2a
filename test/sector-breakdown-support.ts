// Shared by the <citystat-sector-breakdown> tests (test/sector-breakdown*.test.ts): the example document.
import { loadJson } from './helpers.js';

export type Doc = Record<string, any>;
/** data-schemas/examples/sector-breakdown.json, loaded before the tests of each file that imports it. */
export let example: Doc;

before(async () => {
  example = await loadJson('data-schemas/examples/sector-breakdown.json');
});
