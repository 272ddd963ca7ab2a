// The extras of the sector breakdown and the FDI composition (<widget>.extras.ts: published decimals, missing
// values, a rest, notes, no total) are a chunk of their own. When it cannot load (offline, a 404), drawing such
// data without it would show figures other than those given (`3` for a published `3,0`, a missing value with no
// text): the widget shows an error instead, in its language, under the heading of data that could not be drawn,
// with one citystat-error (`errLayoutChunk`), and every such widget of the page settles. Plain data, which never
// needs the chunk, is still drawn. This file's page never loads either chunk.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/fdi-composition/define.js';
import { partText, recordEvents, watchUncaught, type AnyChart } from './helpers.js';

// Both chunks answer 404: an import map added now applies to every module not yet resolved (the test server
// serves the .ts file for a `.js` import: both addresses are mapped).
const FAILED = '/__fault/status/404?extras';
const chunkAt = (widget: string, ext: string) => new URL(`../src/charts/${widget}/${widget}.extras.${ext}`, import.meta.url).href;
const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({
  imports: Object.fromEntries(['sector-breakdown', 'fdi-composition'].flatMap((w) => ['js', 'ts'].map((e) => [chunkAt(w, e), FAILED]))),
});
document.head.append(map);

/** Data that needs the extras (published decimals, a missing value), and plain data that does not. */
const SECTOR = {
  unit: 'triệu USD',
  decimals: 1,
  total: 10,
  items: [
    { id: 'a', label: 'Nhóm A', value: 3.0 },
    { id: 'b', label: 'Nhóm B', value: 6.0 },
    { id: 'c', label: 'Nhóm C', value: null },
  ],
};
const FDI = {
  unit: 'triệu USD',
  decimals: 1,
  total: 10,
  components: [
    { id: 'a', label: 'Cấp mới', capital: 3.0 },
    { id: 'b', label: 'Góp vốn', capital: 7.0 },
  ],
};
const PLAIN_SECTOR = { unit: 'sản phẩm', total: 9, items: SECTOR.items.slice(0, 2).map((i) => ({ ...i, value: i.value! + 1 })) };
const CASES = [
  ['sector-breakdown', SECTOR],
  ['fdi-composition', FDI],
] as const;

/** Mounts widgets side by side in a 640 px box; each one's status once settled, or 'still waiting' after 5 s. */
async function mountAll(specs: ReadonlyArray<readonly [string, unknown]>, lang: string) {
  const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  const els = specs.map(([name, data]) => {
    const el = document.createElement(`citystat-${name}`) as AnyChart;
    el.setAttribute('lang', lang);
    el.data = structuredClone(data);
    root.append(el);
    return el;
  });
  const waiting = new Promise((r) => setTimeout(() => r('still waiting'), 5000));
  const statuses = await Promise.all(els.map((el) => Promise.race([el.settled(), waiting])));
  return { els, statuses };
}

describe('the extras chunk cannot load', () => {
  for (const [lang, heading, message] of [
    ['vi', 'Không hiển thị được biểu đồ:', 'Không tải được phần mã cần để vẽ các số liệu này (mất kết nối?). Hãy tải lại trang.'],
    [
      'en',
      'This chart cannot be shown:',
      'The code this chart needs for these figures could not be loaded (offline?). Reload the page to try again.',
    ],
  ]) {
    it(`${lang}: an error, never other figures; two widgets at once both settle; plain data is drawn`, async () => {
      const uncaught = watchUncaught();
      const events = recordEvents();
      const { els, statuses } = await mountAll([...CASES, ...CASES, ['sector-breakdown', PLAIN_SECTOR]], lang);
      events.stop();
      uncaught.stop();
      expect(statuses).to.deep.equal(['error', 'error', 'error', 'error', 'ready']);
      for (const el of els.slice(0, 4)) {
        expect(partText(el, 'error')).to.contain(heading).and.contain(message);
        expect(el.shadowRoot!.querySelector('svg.plot'), 'no chart drawn').to.equal(null);
      }
      expect(events.errors.map((e) => e.detail.issues.map((i: { code: string }) => i.code))).to.deep.equal(
        Array(4).fill(['errLayoutChunk']),
      );
      expect(events.renders.length).to.equal(1);
      expect(els[4].layout!.marks.map((m) => m.key)).to.deep.equal(['b', 'a']);
      expect(uncaught.errors).to.deep.equal([]);
    });
  }
});
