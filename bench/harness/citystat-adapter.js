// The citystat adapter, shared by the CDN page (citystat.js) and the profiling
// page on the unminified tsc output (citystat-dev.js).
import { raf2, tags } from './common.js';

/** `ready` resolves once the module that registers the elements has loaded. */
export function citystatAdapter(ready, name = 'citystat') {
  return {
    name,
    ready,
    has: (kind) => customElements.get(tags[kind]) !== undefined,
    create(kind, doc, box, attrs = {}) {
      const el = document.createElement(tags[kind]);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.data = doc;
      box.append(el);
      return el;
    },
    // the interaction row (interact.js): the bar of mark i, its focus, its tooltip
    point(el, i) {
      const r = el.shadowRoot.querySelector(`[data-index="${i}"] .bar`).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    focus(el, i) {
      el.shadowRoot.querySelector(`[data-index="${i}"]`).focus();
    },
    shows(el, i) {
      const first = el.shadowRoot.querySelector('[part=tooltip] tspan')?.textContent;
      return !!first && (el.layout?.marks[i]?.tooltip[0] ?? '').startsWith(first);
    },
    update(el, doc) {
      el.data = doc;
    },
    /** settled() on every element, then two frames; again if a resize re-render got queued. */
    async done(els) {
      for (let i = 0; i < 5; i++) {
        const states = await Promise.all(els.map((el) => el.settled()));
        const bad = states.find((s) => s !== 'ready');
        if (bad) throw new Error(`citystat element state: ${bad}`);
        await raf2();
        if (!els.some((el) => el.isUpdatePending)) return;
      }
    },
  };
}
