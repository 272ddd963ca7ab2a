/**
 * Shared by the network-fault tests of src (network.suite.ts, network-responses.ts, network-lifecycle.ts):
 * mounting with a src, the fault server's request log, the events of the running test, the checks of an
 * error and of a chart drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AnyChart } from '../helpers.js';
import { partText, recordEvents } from '../helpers.js';
import type { LoadedWidget } from './registry.js';
import { assertInert, markCount, settle, tick, uncaughtWatcher } from './support.js';

/** Registers a test; one marked with a finding runs only in the pending-fix suite. */
export type FaultTest = (title: string, fn: () => Promise<void>, finding?: string) => void;

let seq = 0;
export const uid = (w: LoadedWidget) => `${w.name}-${Date.now().toString(36)}-${++seq}`;

interface Tracked {
  started: number;
  aborted: number;
  finished: number;
}
export const requests = async (id: string): Promise<Tracked> => (await fetch(`/__fault/requests/${id}`, { cache: 'no-store' })).json();

/** Polls until `test` holds (or fails after `ms`). */
export async function until<T>(what: string, get: () => Promise<T>, test: (v: T) => boolean, ms = 4000): Promise<T> {
  const end = performance.now() + ms;
  let v = await get();
  while (!test(v)) {
    if (performance.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)} after ${ms} ms`);
    await tick(25);
    v = await get();
  }
  return v;
}

export async function withSrc(w: LoadedWidget, src: string, attrs: Record<string, string> = {}): Promise<AnyChart> {
  const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement(w.tag) as AnyChart;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', src);
  root.append(el);
  return el;
}

export function errorText(el: AnyChart): string {
  return partText(el, 'error');
}

/** The citystat events of the running test (recorded from each test's start by watchEachTest). */
export let events: ReturnType<typeof recordEvents>;
let uncaught: ReturnType<typeof uncaughtWatcher>;

/** Records the events of each test and fails a test that let an error escape; `started` counts the tests. */
export function watchEachTest(started: () => void): void {
  beforeEach(() => {
    started();
    events = recordEvents();
    uncaught = uncaughtWatcher();
  });
  afterEach(() => {
    events.stop();
    uncaught.stop();
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });
}

export const mine = (list: CustomEvent[], el: Element) => list.filter((e) => e.target === el);

/** The checks of widget `w`: an error with its code and message, or the example drawn. */
export function checks(w: LoadedWidget) {
  const expectError = async (el: AnyChart, code: string, message: RegExp) => {
    expect(await settle(el), `status (issues ${JSON.stringify(el.issues)})`).to.equal('error');
    expect(el.issues.map((i) => i.code)).to.deep.equal([code]);
    expect(mine(events.errors, el)).to.have.length(1);
    expect(mine(events.renders, el)).to.have.length(0);
    expect(errorText(el)).to.match(message);
    assertInert(el, code);
    // Data that could not be loaded is not data with errors: its own heading, the status
    // explained in the widget's language (never the server's English status text).
    if (code.startsWith('errFetch')) {
      expect(errorText(el)).to.match(/^This chart cannot be shown because its data could not be loaded:/);
      el.setAttribute('lang', 'vi');
      await el.updateComplete;
      expect(errorText(el)).to.match(/^Không hiển thị được biểu đồ vì không tải được dữ liệu:/);
      expect(errorText(el)).to.not.match(/dữ liệu có lỗi|Not Found|Internal Server Error|Service Unavailable|Forbidden/);
    }
  };
  const expectReady = async (el: AnyChart) => {
    expect(await settle(el), `status (issues ${JSON.stringify(el.issues)})`).to.equal('ready');
    expect(markCount(el)).to.equal(w.expectedMarks(w.example, el));
    expect(mine(events.errors, el)).to.have.length(0);
  };
  return { expectError, expectReady };
}
