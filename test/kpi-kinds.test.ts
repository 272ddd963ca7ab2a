// The kinds of figure official statistics publish: a number, a rate or share
// (a level: 2,1%), a percent change (+2,1%) and a change in percentage points.
// A rate must never be drawn or read as a rise.
import { expect, html } from '@open-wc/testing';
import '../src/charts/kpi/define.js';
import type { CitystatKpi } from '../src/charts/kpi/kpi.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { marks, mount, mountHtml } from './helpers.js';

const NB = '\u00a0';
const cardTexts = (el: Element) => marks(el).map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim());
const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));

const doc = {
  figures: [
    {
      id: 'unemployment',
      label: { vi: 'Tỷ lệ thất nghiệp', en: 'Unemployment rate' },
      value: 2.1,
      format: 'percent',
      change: { value: -0.3, kind: 'points', comparison: { vi: 'so với cùng kỳ', en: 'year on year' }, direction: 'up-bad' },
    },
    { id: 'iip', label: { vi: 'Chỉ số sản xuất công nghiệp', en: 'Industrial production index' }, value: 2.1, format: 'percent-change' },
    { id: 'poverty', label: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' }, value: -0.5, format: 'point-change', direction: 'up-bad' },
    { id: 'firms', label: { vi: 'Doanh nghiệp', en: 'Enterprises' }, value: 2100, unit: { vi: 'doanh nghiệp', en: 'enterprises' } },
  ],
};

const expected: Record<string, { labels: string[]; cards: string[] }> = {
  vi: {
    labels: [
      `Tỷ lệ thất nghiệp: 2,1%, giảm 0,3${NB}điểm phần trăm so với cùng kỳ`,
      'Chỉ số sản xuất công nghiệp: tăng 2,1%',
      `Tỷ lệ hộ nghèo: giảm 0,5${NB}điểm phần trăm`,
      `Doanh nghiệp: 2.100${NB}doanh nghiệp`,
    ],
    cards: [
      'Tỷ lệ thất nghiệp 2,1% ▼ -0,3 điểm phần trăm so với cùng kỳ',
      'Chỉ số sản xuất công nghiệp ▲ +2,1%',
      'Tỷ lệ hộ nghèo ▼ -0,5 điểm phần trăm',
      'Doanh nghiệp 2.100 doanh nghiệp',
    ],
  },
  en: {
    labels: [
      `Unemployment rate: 2.1%, down 0.3${NB}percentage points year on year`,
      'Industrial production index: up 2.1%',
      `Poverty rate: down 0.5${NB}percentage points`,
      `Enterprises: 2,100${NB}enterprises`,
    ],
    cards: [
      'Unemployment rate 2.1% ▼ -0.3 percentage points year on year',
      'Industrial production index ▲ +2.1%',
      'Poverty rate ▼ -0.5 percentage points',
      'Enterprises 2,100 enterprises',
    ],
  },
};

describe('citystat-kpi: figure kinds (number, rate, percent change, points)', () => {
  for (const lang of ['vi', 'en']) {
    it(`JSON: a rate is a level, a change has an arrow and "up"/"down" (${lang})`, async () => {
      const el = await mount<CitystatKpi>(html`<citystat-kpi lang=${lang} .data=${doc}></citystat-kpi>`);
      expect(labels(el)).to.deep.equal(expected[lang].labels);
      expect(cardTexts(el)).to.deep.equal(expected[lang].cards);
      // A falling unemployment rate is good news when a rise is bad.
      expect(marks(el)[0].querySelector('.change')!.classList.contains('good')).to.equal(true);
      expect(marks(el)[2].querySelector('.head')!.classList.contains('good')).to.equal(true);
    });
  }

  const csv = {
    vi: [
      'Chỉ số;Giá trị;Thay đổi',
      'Tỷ lệ thất nghiệp;2,1%;-0,3 điểm phần trăm so với cùng kỳ',
      'Chỉ số sản xuất công nghiệp;+2,1%;',
      'Tỷ lệ hộ nghèo;-0,5 điểm %;',
      'Doanh nghiệp;2.100 doanh nghiệp;',
    ],
    en: [
      'Figure,Value,Change',
      'Unemployment rate,2.1%,-0.3 pp year on year',
      'Industrial production index,+2.1%,',
      'Poverty rate,-0.5 percentage points,',
      'Enterprises,"2,100 enterprises",',
    ],
  };
  for (const lang of ['vi', 'en'] as const) {
    it(`CSV: "2,1%" in a rate row is a rate, "+2,1%" a change, points a change (${lang})`, async () => {
      const el = await mountHtml<CitystatKpi>(`<citystat-kpi><script type="text/csv">${csv[lang].join('\n')}</script></citystat-kpi>`, {
        lang,
      });
      expect(el.status).to.equal('ready');
      expect(labels(el)).to.deep.equal(expected[lang].labels);
      expect(cardTexts(el)).to.deep.equal(expected[lang].cards);
    });

    it(`table: the same rows in a light-DOM table read the same (${lang})`, async () => {
      const [head, ...rows] = csv[lang].map((line) => line.split(lang === 'vi' ? ';' : /,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
      const cell = (c: string) => `<td>${c.replace(/"/g, '')}</td>`;
      const table = `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
        <tbody>${rows.map((r) => `<tr><th>${r[0]}</th>${r.slice(1).map(cell).join('')}</tr>`).join('')}</tbody></table>`;
      const el = await mountHtml<CitystatKpi>(`<citystat-kpi>${table}</citystat-kpi>`, { lang });
      expect(el.status).to.equal('ready');
      expect(labels(el)).to.deep.equal(expected[lang].labels);
      expect(cardTexts(el)).to.deep.equal(expected[lang].cards);
    });
  }

  it('a machine value (data-value) with "%" text: signed is a change, unsigned a rate', async () => {
    const table = `<table><tbody><tr><th>Tỷ lệ thất nghiệp</th><td data-value="2.1">2,1%</td></tr>
      <tr><th>Chỉ số sản xuất công nghiệp</th><td data-value="2.1">+2,1%</td></tr></tbody></table>`;
    const el = await mountHtml<CitystatKpi>(`<citystat-kpi>${table}</citystat-kpi>`, { lang: 'vi' });
    expect(labels(el)).to.deep.equal(['Tỷ lệ thất nghiệp: 2,1%', 'Chỉ số sản xuất công nghiệp: tăng 2,1%']);
  });

  for (const lang of ['vi', 'en']) {
    it(`a table-first embed writes each kind so that it reads back the same (${lang})`, async () => {
      const root = document.createElement('div');
      root.innerHTML = tableFirstSnippet('kpi', doc, lang);
      const table = root.querySelector('table')!.outerHTML;
      const el = await mountHtml<CitystatKpi>(`<citystat-kpi>${table}</citystat-kpi>`, { lang });
      expect(labels(el)).to.deep.equal(expected[lang].labels);
    });
  }
});
