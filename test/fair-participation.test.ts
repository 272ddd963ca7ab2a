// <citystat-fair-participation> from each of its four sources: the same chart, the same bars.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/fair-participation/define.js';
import type { CitystatFairParticipation } from '../src/charts/fair-participation/fair-participation.js';
import { marks, mount, mountHtml, partText } from './helpers.js';
import { example, labels, sized, type Doc } from './fair-participation-support.js';

const vi = (s: string) => s.replace(/ (gian hàng|quốc gia)/g, '\u00a0$1');
const expectedLabels = [
  'Hội chợ công nghiệp hỗ trợ: 250 gian hàng',
  'Hội chợ công nghiệp hỗ trợ: 10 quốc gia',
  'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 200 gian hàng',
  'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 15 quốc gia',
  'Hội chợ năng lượng và môi trường 2023: 170 gian hàng',
  'Hội chợ năng lượng và môi trường 2023: 10 quốc gia',
].map(vi);

/** Bar widths as drawn, in DOM order ('' when a mark has no bar). */
const widths = (el: Element) => marks(el).map((m) => m.querySelector('rect.bar')?.getAttribute('width') ?? '');

describe('citystat-fair-participation: four sources, one chart', () => {
  it('from the data property', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" .data=${example}></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(expectedLabels);
  });

  it('from src', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" src="/data-schemas/examples/fair-participation.json"></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(expectedLabels);
  });

  it('from an inline JSON script', async () => {
    const el = await mountHtml(
      `<citystat-fair-participation lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-fair-participation>`,
    );
    expect(labels(el)).to.deep.equal(expectedLabels);
  });

  it('from a light-DOM table: first column the name, one column per measure', async () => {
    const rows = example.events
      .map((e: Doc) => `<tr><td>${e.name.vi}</td><td>${e.values.booths}</td><td>${e.values.countries}</td></tr>`)
      .join('');
    const root = await fixture<HTMLElement>(html`<div lang="vi" style="width: 1200px"></div>`);
    root.innerHTML = `<citystat-fair-participation><table><caption>Hội chợ 2023</caption><thead><tr><th>Hội chợ</th><th>Gian hàng</th><th>Quốc gia tham gia (quốc gia)</th></tr></thead><tbody>${rows}</tbody></table></citystat-fair-participation>`;
    const el = await sized(root.firstElementChild as CitystatFairParticipation, 1200);
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(expectedLabels);
    // The exact bars of the layout test: each panel's largest value fills its panel.
    expect(widths(el)).to.deep.equal(['395', '269.3', '316', '404', '268.6', '269.3']);
    expect(partText(el, 'title')).to.equal('Hội chợ 2023');
    // A measure's id is its header label, so sort-by works on table data too.
    el.setAttribute('sort-by', 'Quốc gia tham gia');
    await el.settled();
    expect(labels(el)[0]).to.equal(vi('Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 200 gian hàng'));
  });

  it('draws the same bars from every source', async () => {
    const at = (tpl: ReturnType<typeof html>) =>
      mount<CitystatFairParticipation>(html`<div style="width: 1200px">${tpl}</div>`, 'citystat-fair-participation').then((e) =>
        sized(e, 1200),
      );
    const a = await at(html`<citystat-fair-participation lang="vi" .data=${example}></citystat-fair-participation>`);
    const b = await at(
      html`<citystat-fair-participation lang="vi" src="/data-schemas/examples/fair-participation.json"></citystat-fair-participation>`,
    );
    const root = await fixture<HTMLElement>(html`<div style="width: 1200px"></div>`);
    root.innerHTML = `<citystat-fair-participation lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-fair-participation>`;
    const c = await sized(root.firstElementChild as CitystatFairParticipation, 1200);
    for (const el of [a, b, c]) expect(widths(el)).to.deep.equal(['395', '269.3', '316', '404', '268.6', '269.3']);
  });
});
