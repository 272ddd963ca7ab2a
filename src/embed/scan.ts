/**
 * The part of the site script that notices table-first figures
 * (docs/embedding.md): a `<figure data-citystat>`, or the site's
 * `<meta name="citystat-figures">` for CMSs that strip `data-*`. Every page
 * of a site downloads it, so it is a few bytes: as soon as one of the two is
 * in the page, at load or later, it loads the upgrader (embed/upgrade.ts, a
 * chunk), which finds and watches the figures itself.
 */
const SIGN = '[data-citystat],[name=citystat-figures]';

/** Loads the upgrader once the page has a figure to upgrade; `define` loads a widget's code. */
export function upgradeFigures(define: (tag: string) => Promise<unknown>): void {
  const look = (_?: unknown, watching?: MutationObserver): unknown =>
    document.querySelector(SIGN)
      ? (watching?.disconnect(),
        import('./upgrade.js').then(
          (m) => m.watch(define),
          () => 0,
        )) // offline: they stay tables
      : watching || new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true });
  if (typeof document != 'undefined') look();
}
