// citystat.js loads each widget's code when its tag appears. When that chunk cannot load (offline, a 404), an
// element with inline JSON or `src` showed nothing at all (a `<script>` child is not drawn) and the rejection went
// uncaught. Now each element of the tag says, in its language, that the chart cannot be shown (unless it holds a
// paragraph of its own), nothing is uncaught, other widgets are drawn, and an element added later asks again.
// This file's page never loads the KPI's code.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './embed-support.js';
import { browserRefetchesFailedModules, watchUncaught, type AnyChart } from './helpers.js';

const FAILED = '/__fault/status/404?kpi-define';
const chunkAt = (ext: string) => new URL(`../src/charts/kpi/define.${ext}`, import.meta.url).href;
const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({ imports: { [chunkAt('js')]: FAILED, [chunkAt('ts')]: FAILED } });
document.head.append(map);

/** How many times the page asked for the chunk. */
const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(FAILED)).length;
const KPI = '<script type="application/json">{"figures":[{"id":"a","label":"A","value":1}]}</script>';

describe("a widget's code cannot load", () => {
  it('each element says so in its language; nothing uncaught; other widgets drawn; a later element asks again', async () => {
    const uncaught = watchUncaught();
    await import('../src/cdn.js');
    const root = await fixture<HTMLElement>(html`<div lang="vi" style="width: 480px"></div>`);
    root.innerHTML = `<citystat-kpi>${KPI}</citystat-kpi><citystat-kpi lang="en">${KPI}</citystat-kpi>
      <citystat-kpi><script type="application/json">{}</script><p>Xem số liệu ở bảng bên dưới.</p></citystat-kpi>
      <citystat-sector-breakdown><script type="application/json">{"items":[{"id":"a","label":"A","value":1}]}</script></citystat-sector-breakdown>`;
    const [vi, en, own] = [...root.querySelectorAll('citystat-kpi')];
    await until(() => !!en.querySelector('p'), 5000, 'the notes');
    expect(vi.querySelector('p')!.textContent).to.equal('Không hiển thị được biểu đồ này (mất kết nối?).');
    expect(en.querySelector('p')!.textContent).to.equal('This chart cannot be shown (offline?).');
    expect(vi.getBoundingClientRect().height, 'the note is on screen').to.be.greaterThan(10);
    expect([...own.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Xem số liệu ở bảng bên dưới.']);
    const sector = root.querySelector('citystat-sector-breakdown') as AnyChart;
    await until(() => !!customElements.get('citystat-sector-breakdown'), 5000, 'the sector code');
    expect(await sector.settled()).to.equal('ready');

    const before = requests();
    const later = document.createElement('citystat-kpi');
    later.innerHTML = KPI;
    root.append(later);
    await until(() => !!later.querySelector('p'), 5000, 'the later note');
    if (await browserRefetchesFailedModules()) expect(requests(), 'asked again').to.be.greaterThan(before);
    expect(vi.querySelectorAll('p').length, 'one note each').to.equal(1);
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });
});
