/**
 * Network faults of `src` for every widget, one test file per
 * widget (test/reliability/network-<name>.test.ts). The fault
 * endpoints are in test/server/faults.mjs (`serve` tracks whether the client
 * aborted a request; `other-origin` is a second server on another port).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AnyChart } from '../helpers.js';
import { partText, recordEvents } from '../helpers.js';
import { defineWidgets, loadWidgets, recordCounts, type LoadedWidget } from './registry.js';
import { assertInert, markCount, settle, tick, uncaughtWatcher } from './support.js';

let seq = 0;
const uid = (w: LoadedWidget) => `${w.name}-${Date.now().toString(36)}-${++seq}`;

interface Tracked {
  started: number;
  aborted: number;
  finished: number;
}
const requests = async (id: string): Promise<Tracked> => (await fetch(`/__fault/requests/${id}`, { cache: 'no-store' })).json();

/** Polls until `test` holds (or fails after `ms`). */
async function until<T>(what: string, get: () => Promise<T>, test: (v: T) => boolean, ms = 4000): Promise<T> {
  const end = performance.now() + ms;
  let v = await get();
  while (!test(v)) {
    if (performance.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)} after ${ms} ms`);
    await tick(25);
    v = await get();
  }
  return v;
}

async function withSrc(w: LoadedWidget, src: string, attrs: Record<string, string> = {}): Promise<AnyChart> {
  const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement(w.tag) as AnyChart;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', src);
  root.append(el);
  return el;
}

function errorText(el: AnyChart): string {
  return partText(el, 'error');
}

/**
 * The network faults of one widget (by its folder name). Tests marked with a
 * finding fail until the shared code is fixed: they run only with
 * `{ pending: true }` (network-pending-fix.test.ts), the others only without.
 */
export function networkSuite(name: string, { pending: onlyPending = false } = {}): void {
  const { widgets, pending } = loadWidgets();
  const w = widgets.find((x) => x.name === name);
  let scenarios = 0;
  const test = (title: string, fn: () => Promise<void>, finding?: string) => {
    if (!!finding === onlyPending) it(finding ? `${title} [${finding}]` : title, fn);
  };
  describe(`reliability: network faults of src for <citystat-${name}>${onlyPending ? ' (pending shared fixes)' : ''}`, () => {
    it('the widget exists and has a registry entry', () => {
      expect(w, `pending: ${pending.join(', ')}`).to.not.equal(undefined);
    });
    if (!w) return;
    before(() => defineWidgets([w]));
    {
      const example = `/${w.examples[0]}`;
      const file = w.examples[0];
      let events: ReturnType<typeof recordEvents>;
      let uncaught: ReturnType<typeof uncaughtWatcher>;
      beforeEach(() => {
        scenarios++;
        events = recordEvents();
        uncaught = uncaughtWatcher();
      });
      afterEach(() => {
        events.stop();
        uncaught.stop();
        expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
      });
      const mine = (list: CustomEvent[], el: Element) => list.filter((e) => e.target === el);

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

      test('404: says the server answered 404, with the address', async () => {
        const el = await withSrc(w, '/__fault/status/404');
        await expectError(el, 'errFetchStatus', /\/__fault\/status\/404: the server answered 404 \(file not found\)\./);
        expect(errorText(el)).to.contain('máy chủ trả lời mã 404 (không tìm thấy tệp).');
      });

      test('500: says the server answered 500', async () => {
        const el = await withSrc(w, '/__fault/status/500');
        await expectError(el, 'errFetchStatus', /the server answered 500 \(the server had an error\)\./);
        expect(errorText(el)).to.contain('máy chủ trả lời mã 500 (máy chủ gặp lỗi).');
      });

      test('403 and 503: each explained in the widget language', async () => {
        const forbidden = await withSrc(w, '/__fault/status/403');
        await expectError(forbidden, 'errFetchStatus', /the server answered 403 \(access denied\)\./);
        expect(errorText(forbidden)).to.contain('mã 403 (không được phép truy cập)');
        const unavailable = await withSrc(w, '/__fault/status/503');
        await expectError(unavailable, 'errFetchStatus', /the server answered 503 \(the server had an error\)\./);
      });

      test('an HTML page (text/html)', async () => {
        const el = await withSrc(w, '/__fault/html');
        await expectError(el, 'errFetchHtml', /received a web page \(HTML\) instead of JSON data/);
      });

      test('an HTML page labelled application/json', async () => {
        const el = await withSrc(w, `/__fault/serve/${uid(w)}?file=test/reliability/fixtures/page.html.json`);
        await expectError(el, 'errFetchHtml', /received a web page \(HTML\)/);
      });

      for (const chunked of [false, true]) {
        const how = chunked ? 'streamed without content-length' : 'with content-length';
        test(`a 5 MB body (${how}) renders`, async () => {
          const t0 = performance.now();
          const el = await withSrc(w, `/__fault/big?file=${file}&mb=5${chunked ? '&chunked=1' : ''}`);
          await expectReady(el);
          console.log(`network: <${w.tag}> 5 MB body ${how} ready in ${Math.round(performance.now() - t0)} ms`);
        });
        test(`a 12 MB body (${how}) is refused as too large`, async () => {
          const el = await withSrc(w, `/__fault/big?file=${file}&mb=12${chunked ? '&chunked=1' : ''}`);
          await expectError(el, 'errFetchTooLarge', /larger than 10 MB/);
        });
      }

      test('a server that never answers: the timeout attribute, and the request is aborted', async () => {
        const id = uid(w);
        const t0 = performance.now();
        const el = await withSrc(w, `/__fault/serve/${id}?ms=8000&file=${file}`, { timeout: '300' });
        await expectError(el, 'errFetchTimeout', /no answer within 0\.3 seconds/);
        const took = performance.now() - t0;
        expect(took).to.be.within(250, 3000);
        const r = await until(
          'request aborted after the timeout',
          () => requests(id),
          (v) => v.aborted === 1,
        );
        expect(r.finished).to.equal(0);
      });

      test('has a sensible default timeout (5 to 60 seconds)', async () => {
        const el = document.createElement(w.tag) as AnyChart;
        expect(el.timeout).to.be.within(5000, 60000);
      });

      test('a redirect to the data is followed', async () => {
        const el = await withSrc(w, `/__fault/redirect?to=${encodeURIComponent(example)}`);
        await expectReady(el);
      });

      test('a redirect to an HTML page is an error, not a chart', async () => {
        const el = await withSrc(w, `/__fault/redirect?to=${encodeURIComponent('/__fault/html')}`);
        await expectError(el, 'errFetchHtml', /HTML/);
      });

      describe('another origin', () => {
        let port = 0;
        before(async () => {
          port = (await (await fetch('/__fault/other-origin')).json()).port;
        });
        test('with Access-Control-Allow-Origin: renders (control)', async () => {
          const el = await withSrc(w, `http://127.0.0.1:${port}/allow?file=${file}`);
          await expectReady(el);
        });
        test('without Access-Control-Allow-Origin (CORS refusal): a network message', async () => {
          const el = await withSrc(w, `http://127.0.0.1:${port}/refuse?file=${file}`);
          await expectError(el, 'errFetchNetwork', /network error, or the server does not allow access/);
        });
        test('a same-site redirect to another origin without CORS', async () => {
          const to = `http://127.0.0.1:${port}/refuse?file=${file}`;
          const el = await withSrc(w, `/__fault/redirect?to=${encodeURIComponent(to)}`);
          await expectError(el, 'errFetchNetwork', /network error/);
        });
        test('a closed port: a network message', async () => {
          const el = await withSrc(w, 'http://127.0.0.1:9/data.json');
          await expectError(el, 'errFetchNetwork', /127\.0\.0\.1:9\/data\.json/);
        });
      });

      /** Removes an element mid-fetch; checks the request is aborted and nothing is shown later. */
      const removeMidFetch = async (id: string): Promise<{ el: AnyChart; parent: Element }> => {
        const el = await withSrc(w, `/__fault/serve/${id}?ms=1500&file=${file}`);
        await until(
          'request started',
          () => requests(id),
          (v) => v.started === 1,
        );
        expect(el.status).to.equal('loading');
        const parent = el.parentElement!;
        el.remove();
        const r = await until(
          'request aborted on removal',
          () => requests(id),
          (v) => v.aborted === 1,
          2000,
        );
        expect(r.finished).to.equal(0);
        await tick(1700);
        expect(mine(events.renders, el), 'no render after removal').to.have.length(0);
        expect(mine(events.errors, el), 'no error after removal').to.have.length(0);
        expect(el.status).to.equal('loading');
        return { el, parent };
      };

      test('removed mid-fetch: the request is aborted, nothing is shown later', async () => {
        await removeMidFetch(uid(w));
      });

      // F1 (connectedCallback did not restart an aborted load) is fixed in the base element.
      const F1: string | undefined = undefined;
      test(
        'removed mid-fetch, then put back: it loads again',
        async () => {
          const id = uid(w);
          const { el, parent } = await removeMidFetch(id);
          parent.append(el);
          await expectReady(el);
          expect((await requests(id)).started).to.equal(2);
        },
        F1,
      );

      test(
        'moved to another place in the page mid-fetch (a CMS re-parenting it): it still loads',
        async () => {
          const id = uid(w);
          const el = await withSrc(w, `/__fault/serve/${id}?ms=400&file=${file}`);
          await until(
            'request started',
            () => requests(id),
            (v) => v.started === 1,
          );
          const other = document.createElement('section');
          el.parentElement!.append(other);
          other.append(el); // disconnect + connect in one task
          await expectReady(el);
        },
        F1,
      );

      for (const mode of ['one after another', 'in one task'] as const) {
        test(`src changed three times quickly (${mode}): only the last data is ever drawn`, async () => {
          const ids = [uid(w), uid(w), uid(w)];
          const [a, b, c] = [
            `/__fault/serve/${ids[0]}?ms=900&title=A&file=${file}`,
            `/__fault/serve/${ids[1]}?ms=500&title=B&file=${file}`,
            `/__fault/serve/${ids[2]}?ms=100&title=C&file=${file}`,
          ];
          const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
          const el = document.createElement(w.tag) as AnyChart;
          const seen: string[] = [];
          el.addEventListener('citystat-render', () => seen.push(partText(el, 'title')));
          el.setAttribute('src', a);
          root.append(el);
          if (mode === 'one after another') {
            await until(
              'first request started',
              () => requests(ids[0]),
              (v) => v.started === 1,
            );
            el.setAttribute('src', b);
            await until(
              'second request started',
              () => requests(ids[1]),
              (v) => v.started === 1,
            );
          } else el.setAttribute('src', b);
          el.setAttribute('src', c);
          expect(await settle(el)).to.equal('ready');
          await tick(1300); // after A and B would have answered
          expect(seen, 'titles at each citystat-render').to.deep.equal(['C']);
          expect(partText(el, 'title')).to.equal('C');
          expect(mine(events.errors, el)).to.have.length(0);
          const [ra, rb, rc] = await Promise.all(ids.map(requests));
          expect(rc.finished, 'last request answered').to.equal(1);
          for (const [name, r] of [
            ['first', ra],
            ['second', rb],
          ] as const) {
            // A request the element never started is fine; one it started must be aborted.
            if (r.started) expect(r.aborted, `${name} request aborted`).to.equal(1);
          }
        });
      }

      test('data set while src is loading wins; the late answer is ignored', async () => {
        const id = uid(w);
        const el = await withSrc(w, `/__fault/serve/${id}?ms=600&title=LATE&file=${file}`);
        await until(
          'request started',
          () => requests(id),
          (v) => v.started === 1,
        );
        el.data = { ...w.example, title: 'DATA' };
        expect(await settle(el)).to.equal('ready');
        await tick(900);
        expect(partText(el, 'title')).to.equal('DATA');
        expect(mine(events.renders, el).length).to.equal(1);
      });
    }

    after(async () => {
      const all = await recordCounts(`network-${onlyPending ? 'pending-fix-' : ''}${name}`, { scenarios });
      console.log(
        `reliability network${onlyPending ? ' (pending shared fixes)' : ''}: <citystat-${name}> ${scenarios} fault scenarios; all widgets so far: ${all?.summary?.networkScenarios}`,
      );
    });
  });
}
