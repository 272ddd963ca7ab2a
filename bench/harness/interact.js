// The interaction scenario of the bench pages (scripts/bench.mjs, row
// "tooltip after …"): a sector chart of `n` items is drawn and its first
// mark made active once (so the tooltip's code and first drawing are paid
// before the clock, as a reader's second move would find them); then the
// bench script moves the real pointer onto the second mark, or presses
// ArrowDown on the focused first mark, through the browser's input
// pipeline (CDP). The clock runs from the input event's dispatch (a
// capturing listener on window) to two frames after the tooltip shows the
// second mark. An adapter that can show tooltips gives
//   point(handle, i) → {x, y}  (client px of mark i: where the pointer goes)
//   focus(handle, i)            (keyboard: focus mark i; citystat only)
//   shows(handle, i) → boolean  (the tooltip is there and names mark i)
import { raf2, sectorDoc } from './common.js';

let current;

/** Draws the chart, activates mark 0 with `via` and returns where mark 1 is. */
export async function prepare(adapter, spec, newBox) {
  if (!adapter.point || (spec.via === 'key' && !adapter.focus)) return { na: `no ${spec.via === 'key' ? 'keyboard ' : ''}tooltip` };
  const handle = adapter.create('sector', sectorDoc(spec.n), newBox(), { ...spec.attrs, ...adapter.tipAttrs });
  await adapter.done([handle]);
  current = { adapter, handle, spec };
  if (spec.via === 'key') adapter.focus(handle, 0);
  return { first: adapter.point(handle, 0), second: adapter.point(handle, 1) };
}

/** After the warm-up input: waits until the first mark's tooltip shows. */
export async function warm() {
  const { adapter, handle } = current;
  await adapter.done([handle]);
  return adapter.shows(handle, 0);
}

/** Starts the clock at the next input event of the kind the scenario sends. */
export function arm() {
  const type = current.spec.via === 'key' ? 'keydown' : 'pointermove';
  current.started = new Promise((resolve) => {
    window.addEventListener(
      type,
      () => {
        performance.mark('bench:start');
        resolve(performance.now());
      },
      { capture: true, once: true },
    );
  });
}

/** Stops the clock two frames after the tooltip shows mark 1 (at most 2 s). */
export async function finish() {
  const { adapter, handle, started } = current;
  const t0 = await started;
  for (let i = 0; i < 120 && !adapter.shows(handle, 1); i++) await raf2();
  await adapter.done([handle]);
  const shown = adapter.shows(handle, 1);
  const ms = performance.now() - t0;
  performance.mark('bench:end');
  return shown ? { ms } : { error: 'the tooltip did not show the second mark' };
}
