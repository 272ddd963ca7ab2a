import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CitystatElement, ChartLayout } from '../src/base/chart-element.js';
import type { CommonData } from '../src/core/types.js';

export type AnyChart = CitystatElement<CommonData, ChartLayout>;

/** Loads a JSON file served from the project root. */
export async function loadJson<T = any>(path: string): Promise<T> {
  const res = await fetch(`/${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json() as Promise<T>;
}

/** A widget of the registry, src/widgets.json. */
export interface RegistryWidget {
  name: string;
  tag: string;
  className: string;
  /** File names in data-schemas/examples/. */
  examples: string[];
}

/**
 * The registry of widgets, read with a synchronous request: mocha needs the
 * list of tests before it runs, and the test files cannot use top-level await.
 */
export function widgetRegistry(): RegistryWidget[] {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/src/widgets.json', false);
  xhr.send();
  if (xhr.status !== 200) throw new Error(`/src/widgets.json: ${xhr.status}`);
  return JSON.parse(xhr.responseText) as RegistryWidget[];
}

/** A deep copy (tests mutate examples freely). */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Mounts a template and waits until the widget has settled. */
export async function mount<T extends AnyChart>(template: TemplateResult, selector?: string): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (selector ? root.querySelector(selector) : root) as T;
  await el.settled();
  return el;
}

/** Records citystat events on the document while a test runs. */
export function recordEvents(): { errors: CustomEvent[]; renders: CustomEvent[]; selects: CustomEvent[]; stop(): void } {
  const errors: CustomEvent[] = [];
  const renders: CustomEvent[] = [];
  const selects: CustomEvent[] = [];
  const onError = (e: Event) => errors.push(e as CustomEvent);
  const onRender = (e: Event) => renders.push(e as CustomEvent);
  const onSelect = (e: Event) => selects.push(e as CustomEvent);
  document.addEventListener('citystat-error', onError);
  document.addEventListener('citystat-render', onRender);
  document.addEventListener('citystat-select', onSelect);
  return {
    errors,
    renders,
    selects,
    stop() {
      document.removeEventListener('citystat-error', onError);
      document.removeEventListener('citystat-render', onRender);
      document.removeEventListener('citystat-select', onSelect);
    },
  };
}

/** Text content of the shadow root part, whitespace-collapsed. */
export function partText(el: Element, part: string): string {
  const node = el.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All `[part~=mark]` elements. */
export function marks(el: Element): Element[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="mark"]') ?? [])];
}

/** Collects uncaught errors and unhandled rejections on window. */
export function watchUncaught(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
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

/**
 * Presses the widget's "show data table" button (the table and its styles are
 * a chunk loaded when first opened) and returns the table once drawn.
 */
export async function openTable(el: AnyChart): Promise<HTMLTableElement> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector<HTMLTableElement>('table[part=table]');
    if (table) return table;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the data table did not open');
}

/**
 * Puts `markup` (one widget, as HTML) into a fresh `<div>` (with `lang` when
 * given), sets `data` when given, and waits until the widget has settled.
 */
export async function mountHtml<T extends AnyChart>(markup: string, { lang, data }: { lang?: string; data?: unknown } = {}): Promise<T> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  if (lang) root.setAttribute('lang', lang);
  root.innerHTML = markup;
  const el = root.firstElementChild as T;
  if (data !== undefined) el.data = data;
  await el.settled();
  return el;
}

let refetches: Promise<boolean> | undefined;
/**
 * Whether this browser fetches a module again when an import() of it failed before. Chromium 150 does not:
 * the module map keeps the failure for the page's life, so a widget that asks again for a chunk that could not
 * load gets the same failure without a request. Tests of "asks again" count requests only where one is possible.
 */
export function browserRefetchesFailedModules(): Promise<boolean> {
  return (refetches ??= (async () => {
    const id = `refetch-${Math.random().toString(36).slice(2)}`;
    const url = `/__fault/serve/${id}?type=text/html`; // not JavaScript: the import fails
    for (let i = 0; i < 2; i++) await import(/* @vite-ignore */ url).catch(() => undefined);
    const { started } = (await (await fetch(`/__fault/requests/${id}`)).json()) as { started: number };
    return started > 1;
  })());
}
