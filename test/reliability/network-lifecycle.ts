/**
 * Network faults of src in the element's life (network.suite.ts): removed, put back or moved mid-fetch,
 * src changed quickly, data set while src is loading.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AnyChart } from '../helpers.js';
import { partText } from '../helpers.js';
import type { LoadedWidget } from './registry.js';
import { checks, events, mine, requests, uid, until, withSrc, type FaultTest } from './network-support.js';
import { settle, tick } from './support.js';

/** The tests of a src load of widget `w` that the page interrupts or replaces. */
export function lifecycleFaults(w: LoadedWidget, test: FaultTest): void {
  const file = w.examples[0];
  const { expectReady } = checks(w);

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
