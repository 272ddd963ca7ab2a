/**
 * Spreads the first drawing of an upgraded figure's chart over tasks, so that
 * a slow phone keeps answering its reader (bench/article-trace.mjs lists the
 * tasks of the bench's throttled article). The table is read and validated in
 * the task its reader's chunk arrives in; the layout then runs in a task of its
 * own, and lit's first commit of the chart in a later one, one chart per frame
 * (`inTurn`). Where the three were one task, it was a long task (over 50 ms at
 * 4× CPU slowdown) for each chart.
 *
 * It uses two protected hooks of the base element (src/base/chart-element.ts),
 * as a subclass would: `computeLayout` may give no layout yet (the chart is
 * not drawn, `settled()` waits), and `layoutInputs` are further values the
 * layout depends on (a new stage lays out again). A widget of the upgrader
 * only: widgets given their data by a page are drawn as they were.
 */

/** The base element's hooks wrapped here. */
interface Hooks {
  computeLayout(...args: unknown[]): unknown;
  layoutInputs(): unknown[];
  requestUpdate(): void;
}

/** Paces the first layout and commit of `widget` (a citystat widget element not yet connected). */
export function paceFirstDrawing(widget: Element): void {
  const w = widget as unknown as Hooks;
  const compute = w.computeLayout.bind(w);
  const inputs = w.layoutInputs.bind(w);
  // 0: the layout's task is to come; 1: it has come; 2: laid out, and the commit's task has come (and after)
  let stage = 0;
  let waiting = false;
  let laidOut: { args: unknown[]; layout: unknown } | undefined;
  const advance = () => {
    waiting = false;
    stage++;
    w.requestUpdate();
  };
  w.layoutInputs = () => [...inputs(), stage];
  w.computeLayout = (...args) => {
    if (stage === 2) {
      const same = laidOut && laidOut.args.every((a, i) => a === args[i]);
      const layout = same ? laidOut!.layout : compute(...args);
      laidOut = undefined;
      return layout;
    }
    if (stage === 1) laidOut = { args, layout: compute(...args) };
    if (!waiting) {
      waiting = true;
      if (stage === 0) setTimeout(advance);
      else inTurn(advance);
    }
    return undefined;
  };
}

/** Charts laid out and waiting for their first commit. */
const turns: Array<() => void> = [];

/**
 * Runs `task` in a task of its own after the next frame, one per frame: each
 * frame then lays out and paints one new chart, not several in one long frame;
 * and two figures never change height in the same frame (one above the screen
 * and one on it did, on the bench's throttled article with the reader at chart
 * 2, and the text on screen moved further: layout shift 0.13 instead of 0.04).
 */
function inTurn(task: () => void): void {
  turns.push(task);
  if (turns.length === 1) afterFrame();
}

function afterFrame(): void {
  // A hidden page has no frames: its charts are drawn one task after another.
  const frame = document.visibilityState === 'hidden' ? (f: () => void) => setTimeout(f) : requestAnimationFrame;
  frame(() =>
    setTimeout(() => {
      turns.shift()?.();
      if (turns.length) afterFrame();
    }),
  );
}
