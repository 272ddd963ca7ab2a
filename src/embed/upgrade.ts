/**
 * Upgrades table-first figures into their widgets (a chunk of its own, loaded
 * by embed/scan.ts when the first figure or the site's setting appears). The widget takes the
 * figure's `<table>` and `<figcaption>` as its light-DOM children: its base
 * element reads the table (and the figcaption's source and note lines beside
 * it) and shows them as the chart, its title, source and note, and its own
 * data table. Light-DOM children no `<slot>` shows are neither drawn nor in
 * the accessibility tree, so each figure is met once.
 *
 * When the data is bad the widget shows its located error message and a copy
 * of the table and figcaption stays below it: the figure remains readable.
 */
import { inferWidget } from './infer.js';

/** The figure's state, for styling and tests: `ready`, `error`, or `skipped` (not a chart). */
const STATE = 'data-citystat-state';

const FIGURES = 'figure[data-citystat]';

/**
 * Finds the figures to upgrade (`<figure data-citystat>` and those the site's
 * `<meta name="citystat-figures" content="CSS selector">` names), now and as
 * they are added, and upgrades each once. Called once, by embed/scan.ts.
 */
export function watch(define: (tag: string) => Promise<unknown>): void {
  const seen = new WeakSet<Element>();
  const find = (root: Element | Document) => {
    const site = document.querySelector<HTMLMetaElement>('meta[name="citystat-figures"]')?.content;
    let found: Element[];
    try {
      found = match(root, site ? `${FIGURES},${site}` : FIGURES);
    } catch {
      console.warn(`citystat: <meta name="citystat-figures" content="${site}"> is not a valid CSS selector`);
      found = match(root, FIGURES);
    }
    for (const figure of found) {
      if (seen.has(figure)) continue;
      seen.add(figure);
      void upgradeFigure(figure, define);
    }
  };
  const start = () => {
    find(document);
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) find(node);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  // A figure still being parsed has not all its rows yet.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

/** `root` and its descendants that match `selector`. */
function match(root: Element | Document, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found;
}

async function upgradeFigure(figure: Element, define: (tag: string) => Promise<unknown>): Promise<void> {
  if (figure.hasAttribute(STATE)) return;
  const table = [...figure.children].find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
  const name = figure.getAttribute('data-citystat') || (table && inferWidget(table));
  const skip = () => figure.setAttribute(STATE, 'skipped');
  if (!table || !name) return skip();
  const tag = `citystat-${name}`;
  try {
    await define(tag);
  } catch {
    return skip(); // an unknown widget, or offline: the figure stays a table
  }
  // A task of its own for each figure, apart from the widget's code evaluating (a long task on a slow phone).
  await new Promise((resolve) => setTimeout(resolve));
  if (!table.isConnected || table.parentElement !== figure) return;
  const widget = document.createElement(tag);
  copyOptions(figure, widget, (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? []);
  const figcaption = figure.querySelector(':scope > figcaption');
  const originals = [table, figcaption].filter((n): n is Element => !!n);
  // The table stays readable under an error message; the widget keeps the original to read again.
  const copy = () => originals.map((n) => n.cloneNode(true) as Element);
  // Until the chart is drawn, a copy of the table holds the figure's place and the widget takes no
  // height (it still lays out at the figure's width): the page changes once, table to chart, rather
  // than collapsing while the widget's table reader loads and growing again when it draws.
  let copies = copy();
  const show = () => widget.removeAttribute('style');
  widget.style.cssText = 'display:block;height:0;overflow:hidden;visibility:hidden';
  widget.addEventListener('citystat-error', () => {
    figure.setAttribute(STATE, 'error');
    show();
    if (!copies.length) widget.after(...(copies = copy()));
  });
  // The chart is laid out (hidden) in the frame after its drawing and shown in a later one (inTurn).
  widget.addEventListener('citystat-render', () =>
    requestAnimationFrame(() =>
      inTurn(() => {
        if (!copies.length || figure.getAttribute(STATE) === 'error') return;
        figure.setAttribute(STATE, 'ready');
        show();
        copies.forEach((c) => c.remove());
        copies = [];
      }),
    ),
  );
  widget.append(...originals);
  figure.prepend(widget);
  widget.after(...copies);
}

/** Charts drawn and waiting to replace their tables. */
const turns: Array<() => void> = [];

/**
 * Runs `swap` in an animation frame of its own: one figure changes height per
 * frame. Two in one frame, one above the screen and one on it, moved the text
 * below the second by both heights' differences in some loads (layout shift 0.13
 * instead of 0.04 on the throttled article, reader at chart 2: bench/article-trace.mjs),
 * and each frame then lays out and paints one chart, not several.
 */
function inTurn(swap: () => void): void {
  turns.push(swap);
  if (turns.length === 1) requestAnimationFrame(next);
}

function next(): void {
  turns.shift()?.();
  if (turns.length) requestAnimationFrame(next);
}

/**
 * `data-*` options of the figure that are attributes of the widget
 * (`data-variant="donut"` → `variant="donut"`). Only attributes the widget
 * observes, never `src` (the table is the data) nor an event handler.
 */
function copyOptions(figure: Element, widget: Element, observed: readonly string[]): void {
  for (const { name, value } of [...figure.attributes]) {
    if (!name.startsWith('data-') || name.startsWith('data-citystat')) continue;
    const option = name.slice(5);
    if (option !== 'src' && option !== 'lang' && !option.startsWith('on') && observed.includes(option)) widget.setAttribute(option, value);
  }
}
