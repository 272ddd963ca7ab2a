// Shared by the <citystat-fdi-composition> tests (test/fdi-composition*.test.ts):
// the example document, the drawn rows as text, a widget mounted from markup.
import type { CitystatFdiComposition } from '../src/charts/fdi-composition/fdi-composition.js';
import { loadJson, mountHtml } from './helpers.js';

export type Doc = Record<string, any>;
/** data-schemas/examples/fdi-composition.json, loaded before the tests of each file that imports it. */
export let example: Doc;
export const NB = '\u00a0';

before(async () => {
  example = await loadJson('data-schemas/examples/fdi-composition.json');
});

/** label = capital | share | count of every drawn part, in order. */
export function drawn(el: CitystatFdiComposition): string[] {
  return (el.layout?.marks ?? []).map((m) => `${m.lines.join(' ')}=${m.cells.join('|')}`);
}

/** The widget mounted from markup inside a div of the given language (vi by default). */
export const inDiv = (markup: string, lang = 'vi') => mountHtml<CitystatFdiComposition>(markup, { lang });
