// Shared by the tests of the interaction chunk (base/interaction.ts) arriving late or not at all.
import { fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import type { AnyChart } from './helpers.js';
import { loadJson } from './helpers.js';

/**
 * Maps the interaction chunk's addresses to `to`: an import map added now applies to every module not yet
 * resolved, and no chart has asked for the chunk yet. (The test server rewrites `./interaction.js` to the .ts
 * file it serves; both addresses are mapped.)
 */
export function mapChunk(to: (ts: string) => string): void {
  const at = (ext: string) => new URL(`../src/base/interaction.${ext}`, import.meta.url).href;
  const map = document.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({ imports: { [at('js')]: to(at('ts')), [at('ts')]: to(at('ts')) } });
  document.head.append(map);
}

/** How many requests of the page went to an address ending with `end`. */
export const requests = (end: string) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(end)).length;

/** The focused mark's index in `el` (null when none). */
export const focusedIndex = (el: AnyChart) => el.shadowRoot!.activeElement?.getAttribute('data-index') ?? null;

/** A settled sector breakdown between two buttons, above a page long enough to scroll. */
export async function tallPage(): Promise<{ root: HTMLElement; el: AnyChart }> {
  const data = await loadJson('data-schemas/examples/sector-breakdown.json');
  const root = await fixture<HTMLElement>(html`<div lang="en">
    <button id="before">before</button>
    <citystat-sector-breakdown .data=${data}></citystat-sector-breakdown>
    <button id="after">after</button>
    <div style="height: 4000px"></div>
  </div>`);
  const el = root.querySelector('citystat-sector-breakdown') as unknown as AnyChart;
  await el.settled();
  window.scrollTo(0, 0);
  return { root, el };
}

/** Waits `ms` (a scroll, smooth or not, has ended by then). */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
