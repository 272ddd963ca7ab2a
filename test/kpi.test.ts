import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/charts/kpi/define.js';
import type { CitystatKpi } from '../src/charts/kpi/kpi.js';
import { checkSchema, type SchemaNode } from '../src/core/schema.js';
import { expectLocatedMessage, expectNothingThrown } from './bad-input.js';
import { clone, loadJson, marks, mount, mountHtml, partText, recordEvents, openTable } from './helpers.js';
import { strip, undocumented } from './schema-support.js';

type Doc = Record<string, any>;
let example: Doc;
const NB = '\u00a0';

before(async () => {
  example = await loadJson('data-schemas/examples/kpi.json');
});

/** Visible text of each card, whitespace-collapsed. */
const cardTexts = (el: Element) => marks(el).map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim());
const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));

const visible = {
  vi: [
    'Chỉ số sản xuất công nghiệp ▲ +3,93% so với cùng kỳ 9 tháng đầu năm 2023',
    'Doanh nghiệp đăng ký thành lập mới 22,9 nghìn doanh nghiệp ▲ +2% so với cùng kỳ 9 tháng đầu năm 2023',
    'Vốn đăng ký 226,9 nghìn tỷ đồng 9 tháng đầu năm 2023',
    'Sản phẩm công nghiệp chủ lực được công nhận 196 sản phẩm của 132 doanh nghiệp lũy kế sau 5 năm, đến năm 2023',
    'Cụm công nghiệp đã khởi công hạ tầng kỹ thuật 19/43 cụm 10 20 Mục tiêu: 10–20 cụm thành lập giai đoạn 2018–2020 tính đến năm 2023',
  ],
  en: [
    'Industrial production index ▲ +3.93% year on year first 9 months of 2023',
    'New enterprises registered 22.9 thousand enterprises ▲ +2% year on year first 9 months of 2023',
    'Registered capital 226.9 trillion VND first 9 months of 2023',
    'Key industrial products recognised 196 products from 132 enterprises cumulative over 5 years, to 2023',
    'Industrial clusters where infrastructure construction has started 19/43 clusters 10 20 Target: 10–20 clusters established in 2018–2020 as of 2023',
  ],
};

const spoken = {
  vi: [
    'Chỉ số sản xuất công nghiệp: tăng 3,93% so với cùng kỳ, 9 tháng đầu năm 2023',
    `Doanh nghiệp đăng ký thành lập mới: 22,9 nghìn${NB}doanh nghiệp, tăng 2% so với cùng kỳ, 9 tháng đầu năm 2023`,
    `Vốn đăng ký: 226,9 nghìn tỷ${NB}đồng, 9 tháng đầu năm 2023`,
    `Sản phẩm công nghiệp chủ lực được công nhận: 196${NB}sản phẩm của 132 doanh nghiệp, lũy kế sau 5 năm, đến năm 2023`,
    `Cụm công nghiệp đã khởi công hạ tầng kỹ thuật: 19 trên 43${NB}cụm, mục tiêu 10–20 cụm thành lập giai đoạn 2018–2020, tính đến năm 2023`,
  ],
  en: [
    'Industrial production index: up 3.93% year on year, first 9 months of 2023',
    `New enterprises registered: 22.9 thousand${NB}enterprises, up 2% year on year, first 9 months of 2023`,
    `Registered capital: 226.9 trillion${NB}VND, first 9 months of 2023`,
    `Key industrial products recognised: 196${NB}products from 132 enterprises, cumulative over 5 years, to 2023`,
    `Industrial clusters where infrastructure construction has started: 19 of 43${NB}clusters, target 10–20 clusters established in 2018–2020, as of 2023`,
  ],
};

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

interface BadCase {
  name: string;
  data: () => unknown;
  vi: string;
  en: string;
}

const fig = (i: number, patch: Doc) => {
  const doc = clone(example);
  Object.assign(doc.figures[i], patch);
  return doc;
};

const badCases: BadCase[] = [
  {
    name: 'progress value above its total',
    data: () => fig(4, { progress: { value: 50, total: 43 } }),
    vi: 'figures[4].progress.value phải nhỏ hơn hoặc bằng 43.',
    en: 'figures[4].progress.value must be at most 43.',
  },
  {
    name: 'a target range upside down',
    data: () => fig(4, { progress: { value: 19, total: 43, target: { min: 20, max: 10 } } }),
    vi: 'figures[4].progress.target.min phải nhỏ hơn hoặc bằng 10.',
    en: 'figures[4].progress.target.min must be at most 10.',
  },
  {
    name: 'a target beyond the total',
    data: () => fig(4, { progress: { value: 19, total: 43, target: { min: 10, max: 50 } } }),
    vi: 'figures[4].progress.target.max phải nhỏ hơn hoặc bằng 43.',
    en: 'figures[4].progress.target.max must be at most 43.',
  },
  {
    name: 'a non-numeric change',
    data: () => fig(1, { change: { value: '2%', kind: 'percent', comparison: 'so với cùng kỳ' } }),
    vi: 'figures[1].change.value phải là một số, nhưng đang là một chuỗi văn bản.',
    en: 'figures[1].change.value must be a number, but is a text.',
  },
  {
    name: 'an unknown kind of change',
    data: () => fig(1, { change: { value: 2, kind: 'percentage', comparison: 'so với cùng kỳ' } }),
    vi: 'figures[1].change.kind phải là một trong: "absolute", "percent", "points".',
    en: 'figures[1].change.kind must be one of: "absolute", "percent", "points".',
  },
  {
    name: 'an empty list',
    data: () => ({ figures: [] }),
    vi: 'figures phải có ít nhất 1 mục.',
    en: 'figures must have at least 1 item(s).',
  },
  {
    name: 'a trend with one point',
    data: () => fig(0, { trend: [3.93] }),
    vi: 'figures[0].trend phải có ít nhất 2 mục.',
    en: 'figures[0].trend must have at least 2 item(s).',
  },
  {
    name: 'a value written as text',
    data: () => fig(1, { value: '22,9 nghìn' }),
    vi: 'figures[1].value phải là null hoặc một số, nhưng đang là một chuỗi văn bản.',
    en: 'figures[1].value must be null or a number, but is a text.',
  },
  {
    name: 'compact as a string',
    data: () => fig(2, { compact: 'yes' }),
    vi: 'figures[2].compact phải là true hoặc false, nhưng đang là một chuỗi văn bản.',
    en: 'figures[2].compact must be true or false, but is a text.',
  },
  {
    name: 'figures that is not a list',
    data: () => ({ figures: { id: 'a' } }),
    vi: 'figures phải là một danh sách […], nhưng đang là một đối tượng.',
    en: 'figures must be a list […], but is an object.',
  },
  {
    name: 'a label of the wrong shape',
    data: () => fig(3, { label: 196 }),
    vi: 'figures[3].label phải là một chuỗi văn bản hoặc bản dịch dạng {"vi": "…", "en": "…"}.',
    en: 'figures[3].label must be a text or translations like {"vi": "…", "en": "…"}.',
  },
  {
    name: 'a missing value field',
    data: () => ({ figures: [{ id: 'a', label: 'A' }] }),
    vi: 'figures[0] thiếu trường bắt buộc "value".',
    en: 'figures[0] is missing the required field "value".',
  },
  {
    name: 'a change without its comparison',
    data: () => fig(1, { change: { value: 2, kind: 'percent' } }),
    vi: 'figures[1].change thiếu trường bắt buộc "comparison".',
    en: 'figures[1].change is missing the required field "comparison".',
  },
  {
    name: 'an unknown direction',
    data: () => fig(0, { direction: 'up' }),
    vi: 'figures[0].direction phải là một trong: "neutral", "up-bad", "up-good".',
    en: 'figures[0].direction must be one of: "neutral", "up-bad", "up-good".',
  },
  {
    name: 'a total of zero',
    data: () => fig(4, { progress: { value: 0, total: 0 } }),
    vi: 'figures[4].progress.total phải lớn hơn 0.',
    en: 'figures[4].progress.total must be greater than 0.',
  },
  {
    name: 'an unknown field',
    data: () => fig(0, { colour: 'green' }),
    vi: 'figures[0] có trường không được hỗ trợ "colour".',
    en: 'figures[0] has an unknown field "colour".',
  },
  {
    name: 'duplicate ids',
    data: () => fig(1, { id: 'iip' }),
    vi: 'figures[1].id: mã "iip" bị trùng với figures[0].',
    en: 'figures[1].id: id "iip" is already used by figures[0].',
  },
  {
    name: 'a non-finite value',
    data: () => fig(3, { value: Infinity }),
    vi: 'figures[3].value phải là một số hữu hạn.',
    en: 'figures[3].value must be a finite number.',
  },
];

describe('citystat-kpi: bad input', () => {
  for (const c of badCases) {
    it(`${c.name}: a located message in vi and en, an event, nothing thrown`, () =>
      expectNothingThrown(async (events) => {
        const el = await mountHtml('<citystat-kpi lang="vi"></citystat-kpi>', { data: c.data() });
        await expectLocatedMessage(el, events.errors, c);
        expect(marks(el).length).to.equal(0);
      }));
  }

  it('a table cell that is not a number is located by row and column', async () => {
    const el = await mountHtml<CitystatKpi>(
      `<citystat-kpi><table><tr><th>Figure</th><th>Value</th></tr><tr><td>A</td><td>22.9 thousand</td></tr><tr><td>B</td><td>many</td></tr></table></citystat-kpi>`,
      { lang: 'en' },
    );
    expect(el.status).to.equal('error');
    expect(partText(el, 'error')).to.contain('Data table, row 2, column 2: "many" is not a number.');
  });

  it('shows hostile text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__kpiPwned=1"><script>window.__kpiPwned=2</script>';
    const data = {
      title: evil,
      figures: [
        {
          id: 'a',
          label: evil,
          value: 1,
          unit: evil,
          detail: evil,
          period: evil,
          change: { value: 1, kind: 'absolute', comparison: evil, direction: 'up-good' },
          progress: { value: 1, total: 2, label: evil, target: { min: 1, max: 2, label: evil } },
        },
      ],
      source: { name: evil, url: 'javascript:alert(1)' },
    };
    const ok = { ...data, source: { name: evil } };
    const el = await mount<CitystatKpi>(html`<citystat-kpi lang="en" .data=${ok}></citystat-kpi>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as any).__kpiPwned).to.equal(undefined);
    expect(partText(el, 'title')).to.equal(evil);
    expect(marks(el)[0].getAttribute('aria-label')).to.equal(
      `${evil}: 1${NB}${evil} ${evil}, up 1${NB}${evil} ${evil}, 1 of 2${NB}${evil}, target 1–2 ${evil}, ${evil}`,
    );
    const bad = await mount<CitystatKpi>(html`<citystat-kpi lang="en" .data=${data}></citystat-kpi>`);
    expect(bad.status).to.equal('error');
    expect(partText(bad, 'error')).to.contain('source.url must be a web address');
  });

  it('keeps a sibling widget working when one is broken', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en">
      <citystat-kpi id="bad" .data=${{ figures: [] }}></citystat-kpi>
      <citystat-kpi id="good" .data=${example}></citystat-kpi>
    </div>`);
    const bad = root.querySelector('#bad') as CitystatKpi;
    const good = root.querySelector('#good') as CitystatKpi;
    await Promise.all([bad.settled(), good.settled()]);
    expect(bad.status).to.equal('error');
    expect(good.status).to.equal('ready');
    expect(marks(good).length).to.equal(5);
  });

  it('draws 1,000 figures (the schema limit)', async () => {
    const figures = Array.from({ length: 1000 }, (_, i) => ({
      id: `f${i}`,
      label: `Chỉ số ${i}`,
      value: i * 1000,
      compact: true,
      trend: [i, i + 1, i - 1],
    }));
    const el = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${{ figures }}></citystat-kpi>`);
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(1000);
    expect(marks(el)[999].getAttribute('aria-label')).to.equal('Chỉ số 999: 999 nghìn');
  });
});

describe('citystat-kpi: schema', () => {
  it('documents every property, and the example validates with the runtime checker and with ajv', async () => {
    const schema = await loadJson('data-schemas/kpi.schema.json');
    expect(undocumented(schema)).to.deep.equal([]);
    expect(checkSchema(strip(schema) as SchemaNode, example)).to.deep.equal([]);
    const { validate } = await import('/data-schemas/validators/kpi.js' as string);
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    for (const c of badCases.filter((b) => !/duplicate|above|upside|beyond|non-finite/.test(b.name))) {
      const doc = c.data();
      expect(validate(doc), c.name).to.equal(false);
      expect(checkSchema(strip(schema) as SchemaNode, doc).length, c.name).to.be.greaterThan(0);
    }
  });
});
