// What readers of <citystat-kpi> see: the default figures' exact text, the cards in a grid.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/kpi/define.js';
import type { CitystatKpi } from '../src/charts/kpi/kpi.js';
import { marks, mount, partText, openTable } from './helpers.js';
import { cardTexts, example, labels, NB, spoken, visible } from './kpi-support.js';

describe('citystat-kpi: the default figures, exact text', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`shows and says each figure (${lang})`, async () => {
      const el = await mount<CitystatKpi>(html`<citystat-kpi lang=${lang} .data=${example}></citystat-kpi>`);
      expect(el.status).to.equal('ready');
      expect(cardTexts(el)).to.deep.equal(visible[lang]);
      expect(labels(el)).to.deep.equal(spoken[lang]);
      expect(marks(el).every((m) => m.getAttribute('role') === 'listitem' && m.tagName === 'DIV')).to.equal(true);
      // the list is HTML, not an SVG; the small SVGs inside cards are hidden from screen readers
      const list = el.shadowRoot!.querySelector('.plot-html')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(el.shadowRoot!.querySelector('svg.plot')).to.equal(null);
      for (const svg of el.shadowRoot!.querySelectorAll('.card svg')) expect(svg.closest('[aria-hidden="true"]')).to.not.equal(null);
    });
  }

  it('has the title, source line, summary and a data table with every figure', async () => {
    const el = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${example}></citystat-kpi>`);
    expect(partText(el, 'title')).to.equal('Công nghiệp Hà Nội năm 2023: những con số chính');
    expect(partText(el, 'source')).to.equal('Nguồn: Sở Công Thương Hà Nội, 2023');
    const list = el.shadowRoot!.querySelector('.plot-html')!;
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Các số liệu chính. Chỉ số sản xuất công nghiệp: tăng 3,93% so với cùng kỳ, 9 tháng đầu năm 2023; ' +
        `Doanh nghiệp đăng ký thành lập mới: 22,9 nghìn${NB}doanh nghiệp, tăng 2% so với cùng kỳ, 9 tháng đầu năm 2023; ` +
        `Vốn đăng ký: 226,9 nghìn tỷ${NB}đồng, 9 tháng đầu năm 2023; ` +
        `Sản phẩm công nghiệp chủ lực được công nhận: 196${NB}sản phẩm của 132 doanh nghiệp, lũy kế sau 5 năm, đến năm 2023; ` +
        `Cụm công nghiệp đã khởi công hạ tầng kỹ thuật: 19 trên 43${NB}cụm, mục tiêu 10–20 cụm thành lập giai đoạn 2018–2020, tính đến năm 2023.`,
    );
    const rows = [...(await openTable(el)).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['Chỉ số sản xuất công nghiệp', 'tăng 3,93% so với cùng kỳ', '', '9 tháng đầu năm 2023'],
      ['Doanh nghiệp đăng ký thành lập mới', `22,9 nghìn${NB}doanh nghiệp`, 'tăng 2% so với cùng kỳ', '9 tháng đầu năm 2023'],
      ['Vốn đăng ký', `226,9 nghìn tỷ${NB}đồng`, '', '9 tháng đầu năm 2023'],
      ['Sản phẩm công nghiệp chủ lực được công nhận', `196${NB}sản phẩm của 132 doanh nghiệp`, '', 'lũy kế sau 5 năm, đến năm 2023'],
      [
        'Cụm công nghiệp đã khởi công hạ tầng kỹ thuật',
        `19 trên 43${NB}cụm, mục tiêu 10–20 cụm thành lập giai đoạn 2018–2020`,
        '',
        'tính đến năm 2023',
      ],
    ]);
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((c) => c.textContent);
    expect(heads).to.deep.equal(['Chỉ số', 'Giá trị', 'Thay đổi', 'Thời gian']);
  });

  it('colours good news but also shows it with an arrow and a sign', async () => {
    const el = await mount<CitystatKpi>(html`<citystat-kpi lang="en" .data=${example}></citystat-kpi>`);
    const head = el.shadowRoot!.querySelector('[data-index="0"] .head')!;
    expect(head.classList.contains('good')).to.equal(true);
    expect(head.querySelector('.arrow')!.textContent).to.equal('▲');
    expect(getComputedStyle(head).color).to.equal('rgb(26, 127, 55)');
    const change = el.shadowRoot!.querySelector('[data-index="1"] .change')!;
    expect(change.classList.contains('good')).to.equal(true);
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▲ +2% year on year');
    // the progress bar: 19/43 of the card's content width, target 10–20 marked
    const bar = el.shadowRoot!.querySelector('[data-index="4"] svg.bar')!;
    const w = Number(bar.getAttribute('width'));
    expect(Number(bar.querySelector('.done')!.getAttribute('width'))).to.be.closeTo((w * 19) / 43, 0.1);
    expect(bar.querySelectorAll('.target').length).to.equal(1);
    // the target's ends are labelled under the bracket, each inside the bar's width
    const ends = [...bar.querySelectorAll('text.range')];
    expect(ends.map((t) => t.textContent)).to.deep.equal(['10', '20']);
    const barBox = bar.getBoundingClientRect();
    for (const t of ends) {
      const b = t.getBoundingClientRect();
      expect(b.left >= barBox.left - 0.5 && b.right <= barBox.right + 0.5, t.textContent!).to.equal(true);
    }
  });
});

describe('citystat-kpi: cards in a grid', () => {
  const boxes = (el: Element, sel: string) => marks(el).map((m) => m.querySelector(sel)!.getBoundingClientRect());
  for (const [width, columns] of [
    [1200, 5],
    [800, 3],
    [360, 1],
  ]) {
    it(`at ${width} px: headlines and units line up across each row; the last row leaves no empty cell`, async () => {
      const root = await fixture<HTMLElement>(html`<div style="width:${width}px"></div>`);
      const el = document.createElement('citystat-kpi') as CitystatKpi;
      el.setAttribute('lang', 'en');
      el.data = example;
      root.append(el);
      await el.settled();
      expect(el.layout!.columns).to.equal(columns);
      const cards = marks(el).map((m) => m.getBoundingClientRect());
      const heads = boxes(el, '.head > span:not(.arrow)');
      for (let i = 0; i < cards.length; i++) {
        const first = i - (i % columns);
        // same row: the digits start at the same height; the unit is always under the digits
        expect(Math.abs(heads[i].top - heads[first].top), `headline ${i}`).to.be.below(1);
        const unit = marks(el)[i].querySelector('.unit');
        if (unit) expect(unit.getBoundingClientRect().top, `unit ${i}`).to.be.at.least(heads[i].bottom - 1);
      }
      // the last card reaches the right edge of the grid
      const grid = el.shadowRoot!.querySelector('.grid')!.getBoundingClientRect();
      expect(Math.abs(cards[cards.length - 1].right - grid.right)).to.be.below(1);
    });
  }
});
