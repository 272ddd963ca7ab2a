// <citystat-kpi> from each of its four sources: the same cards; keyboard and accessibility.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/charts/kpi/define.js';
import type { CitystatKpi } from '../src/charts/kpi/kpi.js';
import { clone, marks, mount, mountHtml, partText, recordEvents } from './helpers.js';
import { cardTexts, example, labels, NB, spoken, visible } from './kpi-support.js';

describe('citystat-kpi: four sources, one result', () => {
  it('data, src and an inline script give the same cards', async () => {
    const a = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${example}></citystat-kpi>`);
    const b = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" src="/data-schemas/examples/kpi.json"></citystat-kpi>`);
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = `<citystat-kpi lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-kpi>`;
    const c = root.firstElementChild as CitystatKpi;
    await c.settled();
    for (const el of [a, b, c]) {
      expect(el.status).to.equal('ready');
      expect(labels(el)).to.deep.equal(spoken.vi);
      expect(cardTexts(el)).to.deep.equal(visible.vi);
    }
  });

  // A table holds label, value, unit (and period): the same figures as data.
  const tableDoc = () => ({
    locale: 'vi',
    title: 'Số liệu 9 tháng',
    figures: [
      { id: 'row-1', label: 'Chỉ số sản xuất công nghiệp', value: 3.93, format: 'percent-change', period: '9 tháng đầu năm 2023' },
      {
        id: 'row-2',
        label: 'Doanh nghiệp đăng ký thành lập mới',
        value: 22900,
        compact: true,
        unit: 'doanh nghiệp',
        period: '9 tháng đầu năm 2023',
      },
      { id: 'row-3', label: 'Vốn đăng ký', value: 226900000000000, compact: true, unit: 'đồng', period: '9 tháng đầu năm 2023' },
      { id: 'row-4', label: 'Sản phẩm công nghiệp chủ lực', value: 196, unit: 'sản phẩm' },
      { id: 'row-5', label: 'Cụm công nghiệp đã khởi công hạ tầng', value: null, unit: 'cụm' },
    ],
  });
  const tableHtml = `<table><caption>Số liệu 9 tháng</caption>
    <thead><tr><th>Chỉ số</th><th>Giá trị</th><th>Đơn vị</th><th>Thời gian</th></tr></thead>
    <tbody>
      <tr><td>Chỉ số sản xuất công nghiệp</td><td>+3,93%</td><td></td><td>9 tháng đầu năm 2023</td></tr>
      <tr><td>Doanh nghiệp đăng ký thành lập mới</td><td>22,9 nghìn</td><td>doanh nghiệp</td><td>9 tháng đầu năm 2023</td></tr>
      <tr><td>Vốn đăng ký</td><td>226,9 nghìn tỷ</td><td>đồng</td><td>9 tháng đầu năm 2023</td></tr>
      <tr><td>Sản phẩm công nghiệp chủ lực</td><td data-value="196">một trăm chín mươi sáu</td><td>sản phẩm</td><td></td></tr>
      <tr><td>Cụm công nghiệp đã khởi công hạ tầng</td><td>—</td><td>cụm</td><td></td></tr>
    </tbody></table>`;

  it('a light-DOM table (label, value, unit, period) gives the same cards as the same figures as data', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
    root.innerHTML = `<citystat-kpi>${tableHtml}</citystat-kpi>`;
    const fromTable = root.firstElementChild as CitystatKpi;
    await fromTable.settled();
    expect(fromTable.status).to.equal('ready');
    const fromData = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${tableDoc()}></citystat-kpi>`);
    expect(labels(fromTable)).to.deep.equal(labels(fromData));
    expect(cardTexts(fromTable)).to.deep.equal(cardTexts(fromData));
    expect(labels(fromTable)).to.deep.equal([
      'Chỉ số sản xuất công nghiệp: tăng 3,93%, 9 tháng đầu năm 2023',
      `Doanh nghiệp đăng ký thành lập mới: 22,9 nghìn${NB}doanh nghiệp, 9 tháng đầu năm 2023`,
      `Vốn đăng ký: 226,9 nghìn tỷ${NB}đồng, 9 tháng đầu năm 2023`,
      `Sản phẩm công nghiệp chủ lực: 196${NB}sản phẩm`,
      'Cụm công nghiệp đã khởi công hạ tầng: không có số liệu',
    ]);
    expect(partText(fromTable, 'title')).to.equal('Số liệu 9 tháng');
  });

  it('a CSV script with the same columns gives the same cards', async () => {
    const csv = [
      'Chỉ số;Giá trị;Đơn vị;Thời gian',
      'Chỉ số sản xuất công nghiệp;+3,93%;;9 tháng đầu năm 2023',
      'Doanh nghiệp đăng ký thành lập mới;22,9 nghìn;doanh nghiệp;9 tháng đầu năm 2023',
      'Vốn đăng ký;226,9 nghìn tỷ;đồng;9 tháng đầu năm 2023',
      'Sản phẩm công nghiệp chủ lực;196;sản phẩm;',
      'Cụm công nghiệp đã khởi công hạ tầng;;cụm;',
    ].join('\n');
    const el = await mountHtml<CitystatKpi>(`<citystat-kpi><script type="text/csv">${csv}</script></citystat-kpi>`, { lang: 'vi' });
    const { title: _title, ...doc } = tableDoc();
    const fromData = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${doc}></citystat-kpi>`);
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(labels(fromData));
  });
});

describe('citystat-kpi: keyboard and accessibility', () => {
  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}): default, trend and missing values, error`, async () => {
      const el = await mount<CitystatKpi>(html`<citystat-kpi lang=${lang} .data=${example}></citystat-kpi>`);
      await expect(el).to.be.accessible();
      const more = clone(example);
      more.figures[0].value = null;
      more.figures[1].trend = [1, 3, 2, 4];
      more.figures[1].change.value = -2;
      const el2 = await mount<CitystatKpi>(html`<citystat-kpi lang=${lang} theme="dark" .data=${more}></citystat-kpi>`);
      await expect(el2).to.be.accessible();
      const bad = await mount<CitystatKpi>(html`<citystat-kpi lang=${lang} .data=${{ figures: [] }}></citystat-kpi>`);
      expect(bad.status).to.equal('error');
      await expect(bad).to.be.accessible();
    });
  }

  it('is one tab stop; arrows, Home/End, Enter and Escape move and select; the focused card has a ring', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <citystat-kpi lang="en" .data=${example}></citystat-kpi>
    </div>`);
    const el = root.querySelector('citystat-kpi') as CitystatKpi;
    await el.settled();
    const events = recordEvents();
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    (root.querySelector('#before') as HTMLElement).focus();
    const key = async (press: string) => {
      await sendKeys({ press });
      await el.updateComplete;
      await el.updateComplete;
      await el.settled(); // the interaction chunk, loaded with the first focus, and the keys pressed while it loaded
    };
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    await key('Tab');
    expect(focused().getAttribute('data-index')).to.equal('0');
    // a keyboard focus ring on the card (a div, not an SVG group)
    expect(focused().matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused()).outlineStyle).to.equal('solid');
    expect(getComputedStyle(focused()).outlineWidth).to.equal('2px');
    expect(getComputedStyle(focused()).outlineColor).to.equal('rgb(179, 38, 30)');
    // drawn inside the card: the host's paint containment clips anything outside
    expect(getComputedStyle(focused()).outlineOffset).to.equal('-4px');
    await key('ArrowRight');
    expect(focused().getAttribute('data-index')).to.equal('1');
    await key('End');
    expect(focused().getAttribute('data-index')).to.equal('4');
    await key('Home');
    expect(focused().getAttribute('data-index')).to.equal('0');
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('iip');
    expect(focused().classList.contains('selected')).to.equal(true);
    await key('Escape');
    expect(events.selects.at(-1)!.detail.key).to.equal(null);
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    // one tab stop: the next Tab leaves the cards
    await key('ArrowRight');
    await key('Tab');
    expect(focused()?.getAttribute('data-index') ?? null).to.equal(null);
    events.stop();
  });

  it('reflows to one column on a phone', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 360px"><citystat-kpi lang="vi" .data=${example}></citystat-kpi></div>`);
    const el = root.querySelector('citystat-kpi') as CitystatKpi;
    await el.settled();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.settled();
    expect(el.layout!.columns).to.equal(1);
    const lefts = new Set(marks(el).map((m) => Math.round(m.getBoundingClientRect().left)));
    expect(lefts.size).to.equal(1);
    root.style.width = '1200px';
    await new Promise((r) => setTimeout(r, 100));
    await el.settled();
    expect(el.layout!.columns).to.equal(5);
    const tops = new Set(marks(el).map((m) => Math.round(m.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    // nothing overflows its card
    for (const m of marks(el)) expect(m.scrollWidth).to.be.at.most(m.clientWidth + 1);
  });
});
