// Shared by the widgets' keyboard tests (test/<widget>.render.test.ts).
import type { AnyChart } from './helpers.js';

/** Presses key `k` on the mark focused in `el`, then waits for the update and the tooltip chunk. */
export const keyPresser = (el: AnyChart) => async (k: string) => {
  el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  await el.updateComplete;
  await el.settled(); // and the tooltip chunk, loaded with the first focused mark
};
