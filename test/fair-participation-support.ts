// Shared by the <citystat-fair-participation> tests (test/fair-participation*.test.ts):
// the example document, waiting for the real width, the marks' names.
import { expect } from '@open-wc/testing';
import type { CitystatFairParticipation } from '../src/charts/fair-participation/fair-participation.js';
import { loadJson, marks } from './helpers.js';

export type Doc = Record<string, any>;
/** data-schemas/examples/fair-participation.json, loaded before the tests of each file that imports it. */
export let example: Doc;

before(async () => {
  example = await loadJson('data-schemas/examples/fair-participation.json');
});

/** Waits until the widget has laid out at its real width (the ResizeObserver's first report). */
export async function sized<T extends CitystatFairParticipation>(el: T, width: number): Promise<T> {
  for (let i = 0; i < 50 && el.layout?.width !== width; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.settled();
  }
  expect(el.layout?.width).to.equal(width);
  return el;
}

/** aria-label of every drawn mark, in DOM order. */
export const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));
