// The trend widget as a table-first figure (docs/embedding.md): what the
// snippet writes (a period column, a column per series, units and kinds in
// the headers, estimates, notes and annotations), and that the widget reads
// it back to the same chart, with and without data-* attributes.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { fromTable } from '../src/charts/trend/trend.table.js';
import type { TrendData } from '../src/charts/trend/trend.types.js';
import { readTable } from '../src/core/table-read.js';
import { shown, upgraded } from './embed-support.js';
import type { AnyChart } from './helpers.js';

/** Two level series of months, a gap, an estimate, a point's note and a Tết range. */
const levels: TrendData = {
  title: { vi: 'Chỉ số sản xuất', en: 'Production index' },
  series: [
    {
      id: 'iip',
      label: { vi: 'IIP', en: 'IIP' },
      kind: 'level',
      unit: { vi: 'điểm', en: 'points' },
      decimals: 1,
      points: [
        { period: '2024-01', value: 101.5 },
        { period: '2024-02', value: 96, note: { vi: 'Tết', en: 'Tết' } },
        { period: '2024-03', value: null },
        { period: '2024-04', value: 1103.25, estimate: true },
      ],
    },
    {
      id: 'mfg',
      label: { vi: 'Chế biến, chế tạo', en: 'Manufacturing' },
      kind: 'level',
      unit: { vi: 'điểm', en: 'points' },
      decimals: 1,
      points: [
        { period: '2024-01', value: 99 },
        { period: '2024-02', value: 95.5 },
        { period: '2024-03', value: 100.2 },
        { period: '2024-04', value: 102.5 },
      ],
    },
  ],
  annotations: [{ period: '2024-01', end: '2024-02', label: { vi: 'Tết Giáp Thìn', en: 'Lunar New Year' } }],
};

/** A change on the previous quarter: the kind rides in the header's unit. */
const previous: TrendData = {
  series: [
    {
      id: 'q',
      label: { vi: 'GRDP', en: 'GRDP' },
      kind: 'change-previous',
      points: [
        { period: '2023-Q3', value: -1.25 },
        { period: '2023-Q4', value: 2 },
      ],
    },
  ],
};

const text = (n: Element) => (n as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
const cells = (table: HTMLTableElement) => [...table.rows].map((r) => [...r.cells].map(text));

async function figureOf(markup: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  root.innerHTML = markup;
  const figure = root.querySelector('figure')!;
  figure.style.margin = '0';
  return figure;
}

async function fromJson(data: TrendData, lang: string): Promise<AnyChart> {
  const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  const ref = document.createElement('citystat-trend') as AnyChart;
  ref.setAttribute('lang', lang);
  ref.data = data;
  root.append(ref);
  await ref.settled();
  return ref;
}

describe('citystat-trend as a table-first figure', () => {
  it('writes a period column and a column per series, units in the headers (vi and en)', async () => {
    const vi = (await figureOf(tableFirstSnippet('trend', levels, 'vi'))).querySelector('table')!;
    expect(cells(vi)).to.deep.equal([
      ['Thời gian', 'IIP (điểm)', 'Chế biến, chế tạo (điểm)'],
      ['Tháng 1/2024 Tết Giáp Thìn', '101,5', '99,0'],
      ['Tháng 2/2024 Tết Giáp Thìn', '96,0 Tết', '95,5'],
      ['Tháng 3/2024', 'không có số liệu', '100,2'],
      ['Tháng 4/2024', '1.103,3 (ước tính)', '102,5'],
    ]);
    const en = (await figureOf(tableFirstSnippet('citystat-trend', previous, 'en'))).querySelector('table')!;
    expect(cells(en)).to.deep.equal([
      ['Period', 'GRDP (%, on the previous period)'],
      ['Q3 2023', '-1.25'],
      ['Q4 2023', '+2'],
    ]);
    expect(en.tHead!.rows[0].cells[1].getAttribute('data-id')).to.equal('q');
  });

  it("writes a series' own source in the figcaption, after the document's, as text", async () => {
    const doc: TrendData = {
      ...previous,
      source: { name: 'Cục Thống kê Hà Nội', date: '2024' },
      series: [{ ...previous.series[0], source: { name: '<b>Bộ</b> Công Thương', url: 'javascript:alert(1)', date: '2023' } }],
    };
    const figure = await figureOf(tableFirstSnippet('trend', doc, 'vi'));
    expect([...figure.querySelectorAll('figcaption p')].map(text)).to.deep.equal([
      'Nguồn: Cục Thống kê Hà Nội, 2024',
      'Nguồn (GRDP): <b>Bộ</b> Công Thương, 2023',
    ]);
    expect(figure.querySelector('figcaption a, figcaption b')).to.equal(null);
  });

  for (const lang of ['vi', 'en']) {
    for (const [name, data] of [
      ['levels, a gap, an estimate, notes and a range', levels],
      ['a change on the previous period', previous],
    ] as const) {
      it(`upgrades to the chart the JSON draws: ${name} (${lang})`, async () => {
        const el = await upgraded(await figureOf(tableFirstSnippet('trend', data, lang)));
        expect(el.status).to.equal('ready');
        expect(shown(el)).to.deep.equal(shown(await fromJson(data, lang)));
      });
    }
  }

  it('reads the kind and the unit from the header text alone (no data-* left)', async () => {
    const stripped = tableFirstSnippet('trend', previous, 'vi').replace(/ data-[a-z]+="[^"]*"/g, '');
    const figure = await figureOf(stripped.replace('<figure', '<figure data-citystat="trend"'));
    const { data } = fromTable(readTable(figure.querySelector('table')!), 'vi') as { data: TrendData };
    expect(data.series[0]).to.deep.equal({
      id: 's1',
      label: 'GRDP',
      kind: 'change-previous',
      points: [
        { period: '2023-Q3', value: -1.25 },
        { period: '2023-Q4', value: 2 },
      ],
    });
    const el = await upgraded(figure);
    expect(el.layout!.summary).to.equal((await fromJson(previous, 'vi')).layout!.summary);
  });
});
