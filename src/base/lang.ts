/**
 * Language resolution: `lang` on the element, else the nearest ancestor's
 * `lang` (crossing shadow roots), else the data's `locale`, else `vi`.
 * One MutationObserver per document tells every widget when a `lang` changes.
 */

const listeners = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

export function watchLang(host: { requestUpdate(): void }): void {
  listeners.add(host);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(host: { requestUpdate(): void }): void {
  listeners.delete(host);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The `lang` in force for an element from its own attribute or its ancestors. */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Normalises a language tag to what the widgets use: `vi-VN` → `vi`. */
export function normalizeLang(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
