// The KPI sparklines are a chunk of their own (kpi.spark.ts). When it cannot load (offline, a 404)
// the reader still gets the cards, drawn without their sparklines: settled() resolves, one render
// event, no uncaught rejection; a later layout asks for the chunk again (src/base/lazy-chunk.ts's
// rule) and keeps the cards on screen meanwhile. This file's page never loads the chunk.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/kpi/define.js';
import type { CitystatKpi } from '../src/charts/kpi/kpi.js';
import type { KpiData } from '../src/charts/kpi/kpi.types.js';
import { browserRefetchesFailedModules, marks, mount, recordEvents } from './helpers.js';
import { cardTexts, labels } from './kpi-support.js';

// The chunk's address answers 404: an import map added now applies to every module not yet
// resolved, and no widget has asked for the chunk yet. (The test server rewrites kpi.ts's
// `./kpi.spark.js` to the .ts file it serves; both addresses are mapped.)
const FAILED = '/__fault/status/404?kpi-spark';
const chunkAt = (ext: string) => new URL(`../src/charts/kpi/kpi.spark.${ext}`, import.meta.url).href;
const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({ imports: { [chunkAt('js')]: FAILED, [chunkAt('ts')]: FAILED } });
document.head.append(map);

/** How many times the page asked for the chunk. */
const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(FAILED)).length;

const withTrend: KpiData = {
  figures: [
    { id: 'a', label: 'Chỉ số A', value: 3.93, format: 'percent-change', trend: [1, 3, 2, 4] },
    { id: 'b', label: 'Chỉ số B', value: 196, unit: 'sản phẩm' },
  ],
};
const { trend: _trend, ...plainA } = withTrend.figures[0];
const withoutTrend: KpiData = { figures: [plainA, withTrend.figures[1]] };

/** Mounts the cards in a 640 px box; their status once settled, or 'still waiting' after 5 s. */
async function mountCards(data: KpiData) {
  const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement('citystat-kpi') as CitystatKpi;
  el.setAttribute('lang', 'vi');
  el.data = data;
  root.append(el);
  const status = await Promise.race([el.settled(), new Promise((r) => setTimeout(() => r('still waiting'), 5000))]);
  return { el, status };
}

describe('citystat-kpi: the sparklines chunk cannot load', () => {
  it('draws the cards without their sparklines, settles and renders once, nothing uncaught', async () => {
    const uncaught: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const events = recordEvents();
    const { el, status } = await mountCards(withTrend);
    await new Promise((r) => setTimeout(r, 50));
    events.stop();
    window.removeEventListener('unhandledrejection', onRejection);
    expect(status).to.equal('ready');
    expect(requests()).to.be.at.least(1);
    expect(events.renders.length).to.equal(1);
    expect(events.errors.length).to.equal(0);
    expect(uncaught).to.deep.equal([]);
    // the same cards, said and shown, as the same figures without a trend
    const plain = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${withoutTrend}></citystat-kpi>`);
    expect(marks(el).length).to.equal(2);
    expect(labels(el)).to.deep.equal(labels(plain));
    expect(cardTexts(el)).to.deep.equal(cardTexts(plain));
    expect(el.shadowRoot!.querySelector('svg.spark')).to.equal(null);
  });

  it('asks for the chunk again at a later layout, the cards kept on screen meanwhile', async () => {
    const { el, status } = await mountCards(withTrend);
    expect(status).to.equal('ready');
    await new Promise((r) => setTimeout(r, 50)); // later: not the layout the failure itself makes
    const before = requests();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    // drawn at once in the new language, not blanked while the chunk is asked for
    expect(labels(el)).to.deep.equal(['Chỉ số A: up 3.93%', `Chỉ số B: 196\u00a0sản phẩm`]);
    expect(await el.settled()).to.equal('ready');
    await new Promise((r) => setTimeout(r, 50));
    if (await browserRefetchesFailedModules()) expect(requests()).to.equal(before + 1);
    expect(el.shadowRoot!.querySelector('svg.spark')).to.equal(null);
  });
});
