/**
 * Upgrades table-first figures into their widgets (a chunk of its own, loaded
 * by embed/scan.ts when the first figure or the site's setting appears). The widget takes a copy of the
 * figure's `<table>` and `<figcaption>` as its light-DOM children: its base
 * element reads the table (and the figcaption's source and note lines beside
 * it) and shows them as the chart, its title, source and note, and its own
 * data table; the figure's own table and figcaption go once the chart is drawn.
 * Light-DOM children no `<slot>` shows are neither drawn nor in
 * the accessibility tree, so each figure is met once.
 *
 * When the data is bad the widget shows its located error message and a copy
 * of the table and figcaption stays below it: the figure remains readable.
 */
import { inferWidget } from './infer.js';
import { paceFirstDrawing } from './pace.js';

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
  paceFirstDrawing(widget);
  copyOptions(figure, widget, (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? []);
  const figcaption = figure.querySelector(':scope > figcaption');
  // The widget reads a copy of the table and figcaption; the figure's own stay on screen, untouched (nothing is
  // laid out again), and hold its place until the chart is drawn. The widget meanwhile takes no height (it still
  // lays out at the figure's width): the page changes once, table to chart.
  const copy = () => [...widget.querySelectorAll(':scope > table, :scope > figcaption')].map((n) => n.cloneNode(true) as Element);
  let placeholder = [table, figcaption].filter((n): n is Element => !!n);
  widget.append(...placeholder.map((n) => n.cloneNode(true)));
  const show = () => widget.removeAttribute('style');
  widget.style.cssText = 'display:block;height:0;overflow:hidden;visibility:hidden';
  // The table stays readable under an error message.
  widget.addEventListener('citystat-error', () => {
    figure.setAttribute(STATE, 'error');
    show();
    if (!placeholder.length) widget.after(...(placeholder = copy()));
  });
  widget.addEventListener('citystat-render', () => {
    figure.setAttribute(STATE, 'ready');
    show();
    placeholder.forEach((c) => c.remove());
    placeholder = [];
  });
  figure.prepend(widget);
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
