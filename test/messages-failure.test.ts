// The error messages are a chunk of their own (core/messages.ts), loaded with a page's first error. When it
// cannot load (offline, a 404: often the moment the data itself failed to load), the widget must not show an empty
// box and leave settled() pending: it says, in its language, that the chart cannot be shown, names each problem
// found without the chunk by its code and place (a fetch, a repeated id; schema and JSON errors are located by the
// chunk itself), sends citystat-error with those texts, and settles; the next error asks for the chunk again.
// This file's page never loads the chunk.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import { browserRefetchesFailedModules, partText, recordEvents, watchUncaught, type AnyChart } from './helpers.js';

const FAILED = '/__fault/status/404?messages';
const chunkAt = (ext: string) => new URL(`../src/core/messages.${ext}`, import.meta.url).href;
const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({ imports: { [chunkAt('js')]: FAILED, [chunkAt('ts')]: FAILED } });
document.head.append(map);

/** How many times the page asked for the chunk. */
const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(FAILED)).length;

/** Mounts a sector breakdown in `lang`; its status once settled, or 'still waiting' after 5 s. */
async function mount(lang: string, set: (el: AnyChart) => void) {
  const root = await fixture<HTMLElement>(html`<div style="width: 480px"></div>`);
  const el = document.createElement('citystat-sector-breakdown') as AnyChart;
  el.setAttribute('lang', lang);
  set(el);
  root.append(el);
  const status = await Promise.race([el.settled(), new Promise((r) => setTimeout(() => r('still waiting'), 5000))]);
  return { el, status };
}

const REPEATED = {
  items: [
    { id: 'a', label: 'A', value: 1 },
    { id: 'a', label: 'B', value: 2 },
  ],
};

describe('the messages chunk cannot load', () => {
  for (const [lang, sentence] of [
    ['vi', 'Không hiển thị được biểu đồ này (mất kết nối?).'],
    ['en', 'This chart cannot be shown (offline?).'],
  ]) {
    it(`${lang}: a repeated id is named at its place, reported, settled`, async () => {
      const uncaught = watchUncaught();
      const events = recordEvents();
      const before = requests();
      const { el, status } = await mount(lang, (e) => (e.data = structuredClone(REPEATED)));
      events.stop();
      uncaught.stop();
      expect(status).to.equal('error');
      if (await browserRefetchesFailedModules()) expect(requests(), 'the chunk was asked for again').to.be.greaterThan(before);
      expect(partText(el, 'error')).to.equal(`${sentence} errDuplicateId (items[1].id)`);
      expect(events.errors.length).to.equal(1);
      expect(events.errors[0].detail.messages).to.deep.equal(['errDuplicateId (items[1].id)']);
      expect(uncaught.errors).to.deep.equal([]);
    });
  }

  it('a wrong value (located by the chunk): the sentence alone, settled', async () => {
    const { el, status } = await mount('vi', (e) => (e.data = { items: [{ id: 'a', label: 'A', value: 'x' }] }));
    expect(status).to.equal('error');
    expect(partText(el, 'error')).to.equal('Không hiển thị được biểu đồ này (mất kết nối?).');
  });

  it('a src that cannot be fetched either: the same sentence, with the fetch problem', async () => {
    const { el, status } = await mount('vi', (e) => (e.src = '/__fault/status/404?data'));
    expect(status).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Không hiển thị được biểu đồ này \(mất kết nối\?\)\. errFetch/);
  });

  it('a valid chart on the same page is drawn', async () => {
    const { el, status } = await mount('vi', (e) => (e.data = { items: [{ id: 'a', label: 'A', value: 1 }] }));
    expect(status).to.equal('ready');
    expect(el.layout!.marks.length).to.equal(1);
  });
});
