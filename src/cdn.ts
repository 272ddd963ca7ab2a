/**
 * The CDN entry `dist/cdn/citystat.js`: lit, the base element and the shared
 * core, plus a loader that fetches each widget's own code the first time its
 * tag appears in the page. An article with one chart downloads that chart's
 * code only; a page with every widget downloads them all.
 *
 * Tags inside other components' shadow roots cannot be seen from here: call
 * `defineAll()` (or import the widget's own file) in that case.
 * (For bundlers, `citystat/define.js` registers everything eagerly.)
 */
export { CitystatElement } from './base/chart-element.js';
export { registerLanguage } from './core/i18n.js';
// The shared core every widget uses, kept in this file rather than in extra
// chunks (one request fewer for each widget's code). Under one-letter names:
// each widget's chunk imports them by these names (internal, not an API).
export { schemaValidator as V } from './core/schema.js';
export { checkTotal as T } from './core/total.js';
export { linearScale as S } from './core/scale.js';
export { textWidth as W, wrapText as X } from './core/measure.js';
export { duplicateIds as D } from './core/validate.js';
import { upgradeFigures } from './embed/scan.js';
import { uiStrings } from './core/i18n.js';
import { inheritedLang, normalizeLang } from './base/lang.js';

// generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit
const loaders: Record<string, () => Promise<unknown>> = {
  'citystat-sector-breakdown': () => import('./charts/sector-breakdown/define.js'),
  'citystat-fdi-composition': () => import('./charts/fdi-composition/define.js'),
  'citystat-fair-participation': () => import('./charts/fair-participation/define.js'),
  'citystat-kpi': () => import('./charts/kpi/define.js'),
  'citystat-trend': () => import('./charts/trend/define.js'),
};
// end of generated code
const started = new Set<string>();

/** Loads and registers one widget (no-op when already done). */
export function define(tag: string): Promise<unknown> {
  const load = loaders[tag];
  if (!load) return Promise.reject(new Error(`citystat: unknown tag ${tag}`));
  started.add(tag);
  return load().catch((e: unknown) => {
    // Offline or a 404: each element of the tag without a paragraph of its own (a site's fallback, or this note
    // from an earlier try) says so in its language rather than staying blank (inline JSON is not shown); the next
    // element added asks again. The note is light DOM: once the widget is defined, it is not drawn.
    started.delete(tag);
    for (const el of document.querySelectorAll(tag)) {
      if (!el.querySelector(':scope > p'))
        el.appendChild(document.createElement('p')).textContent = uiStrings(normalizeLang(inheritedLang(el)) ?? 'vi').unavailable;
    }
    throw e;
  });
}

/** Loads and registers every widget. */
export function defineAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(loaders).map(define));
}

/** Loads the code of each widget not loaded yet whose tag is `root` or under it. */
function scan(root: Element | Document): void {
  for (const tag of Object.keys(loaders)) {
    if (!started.has(tag) && ((root as Element).localName === tag || root.querySelector(tag))) define(tag).catch(() => 0);
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) scan(node);
    if (started.size === Object.keys(loaders).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

upgradeFigures(define);
