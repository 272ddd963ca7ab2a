/** Browser-side helpers shared by the reliability tests. */
import { expect, fixture, html } from '@open-wc/testing';
import type { AnyChart } from '../helpers.js';
import type { LoadedWidget } from './registry.js';

/** Elements that must never appear inside a widget, whatever the data. */
const FORBIDDEN = 'script, img, iframe, object, embed, foreignObject, image, use, animate, set, a[href^="javascript" i], a[href^="data" i]';
const NUMERIC_ATTRS = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'width',
  'height',
  'dy',
  'dx',
  'd',
  'viewBox',
  'transform',
  'r',
  'cx',
  'cy',
  'points',
  'style',
];

/** Asserts nothing active was injected in the widget and no hostile code ran. */
export function assertInert(el: Element, what: string): void {
  const root = el.shadowRoot!;
  const found = [...root.querySelectorAll(FORBIDDEN)].map((n) => n.outerHTML.slice(0, 80));
  expect(found, `${what}: injected elements`).to.deep.equal([]);
  for (const node of root.querySelectorAll('*')) {
    for (const a of node.attributes) {
      if (/^on/i.test(a.name)) expect.fail(`${what}: event handler attribute ${a.name} on <${node.localName}>`);
      if (/^(href|xlink:href|src|action|formaction)$/i.test(a.name) && !/^(https?:\/\/|\/|\.{1,2}\/|#)/i.test(a.value.trim()))
        expect.fail(`${what}: unsafe ${a.name}="${a.value}" on <${node.localName}>`);
    }
  }
  expect((window as any).__pwned, `${what}: hostile code ran`).to.equal(undefined);
}

/** Asserts no drawn coordinate or shown text is NaN or infinite. */
export function assertFinite(el: Element, what: string): void {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    for (const name of NUMERIC_ATTRS) {
      const v = node.getAttribute(name);
      if (v !== null && /NaN|Infinity/.test(v)) expect.fail(`${what}: ${name}="${v}" on <${node.localName}>`);
    }
  }
  const text = root.textContent ?? '';
  const bad = /NaN|Infinity|∞/.exec(text);
  if (bad) expect.fail(`${what}: shows "${text.slice(Math.max(0, bad.index - 40), bad.index + 40)}"`);
}

/** All text a reader or screen reader can get at: text, attribute values, the layout (tooltips, table). */
export function everythingShown(el: AnyChart): string {
  const root = el.shadowRoot!;
  const attrs = [...root.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
  return [root.textContent ?? '', ...attrs, JSON.stringify(el.layout ?? null)].join('\n');
}

export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Collects uncaught errors and rejections, with a readable list. */
export function uncaughtWatcher(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String((e.reason as Error)?.stack ?? e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits for a widget to settle, failing (not hanging) after `ms`. */
export async function settle(el: AnyChart, ms = 15000): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`<${el.localName}> did not settle within ${ms} ms (status ${el.status})`)), ms);
  });
  try {
    return await Promise.race([el.settled(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A macrotask: lets late errors and late renders surface. */
export const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Number of `[part~=mark]` elements. */
export const markCount = (el: Element): number => el.shadowRoot?.querySelectorAll('[part~="mark"]').length ?? 0;

/** A container with a sibling widget already showing its example. */
export async function pageWithSibling(sibling: LoadedWidget, lang: string): Promise<{ root: HTMLElement; good: AnyChart }> {
  const root = await fixture<HTMLElement>(html`<div class="page" lang=${lang}></div>`);
  const good = document.createElement(sibling.tag) as AnyChart;
  good.id = 'sibling';
  good.data = JSON.parse(JSON.stringify(sibling.example));
  root.append(good);
  return { root, good };
}

/** Asserts the sibling renders its example normally. */
export async function assertSiblingFine(sibling: LoadedWidget, good: AnyChart): Promise<void> {
  expect(await settle(good), `sibling <${sibling.tag}>`).to.equal('ready');
  expect(markCount(good), `sibling <${sibling.tag}> marks`).to.equal(sibling.expectedMarks(sibling.example, good));
  expect(good.shadowRoot!.querySelector('[part=error]'), 'sibling shows no error').to.equal(null);
}
