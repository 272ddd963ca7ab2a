// Partial breakdowns, published decimals and counts through the readers (CSV,
// light-DOM table) and the table-first snippet. TEST DATA of an invented city
// (test/partial-data.ts), never Hanoi's.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/fdi-composition/define.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { widgetCsv } from '../src/core/export.js';
import { columnDecimals, parseLocaleNumber } from '../src/core/table-read.js';
import type { AnyChart } from './helpers.js';
import type { SectorRow } from '../src/charts/sector-breakdown/sector-breakdown.layout.js';

const valueTexts = (el: AnyChart) => (el.layout!.marks as SectorRow[]).map((m) => m.valueText);
import { shown, upgraded } from './embed-support.js';
import { PARTIAL_FDI, PARTIAL_SECTOR } from './partial-data.js';

const NB = '\u00a0';

async function widget(tag: string, inner: string, lang: string): Promise<AnyChart> {
  const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  root.innerHTML = `<${tag} lang="${lang}">${inner}</${tag}>`;
  const el = root.firstElementChild as AnyChart;
  await el.settled();
  return el;
}
const csv = (text: string) => `<script type="text/csv">${text}</script>`;

describe('published decimals from text', () => {
  it('counts the decimals a number was written with, per language', () => {
    const col = (texts: string[], lang: string) =>
      columnDecimals(
        texts.map((text) => ({ text, value: null })),
        lang,
      );
    expect([col(['99,0'], 'vi'), col(['2.526'], 'vi'), col(['99.0'], 'en'), col(['2,526'], 'en'), col(['1.234,50'], 'vi')]).to.deep.equal([
      1,
      undefined,
      1,
      undefined,
      2,
    ]);
    // A data-value is a machine number: it says nothing of published decimals.
    expect(columnDecimals([{ text: '14,0', value: '14' }], 'vi')).to.equal(undefined);
    expect(parseLocaleNumber('99,0', 'vi')).to.equal(99);
    // A column's decimals only when a cell's trailing zeros say more than its number.
    const cells = ['99,0', '70,4', '199,7'].map((text) => ({ text, value: null }));
    expect(columnDecimals(cells, 'vi')).to.equal(1);
    expect(
      columnDecimals(
        ['8', '1,5'].map((text) => ({ text, value: null })),
        'vi',
      ),
    ).to.equal(undefined);
  });

  it('a CSV 14,0 stays 14,0 (vi) and 99.0 stays 99.0 (en)', async () => {
    const vi = await widget('citystat-sector-breakdown', csv('Nhóm;Giá trị\nA;14,0\nB;3,5\n'), 'vi');
    expect(vi.layout!.table.rows.map((r) => r[1])).to.deep.equal(['14,0', '3,5', '17,5']);
    const en = await widget('citystat-sector-breakdown', csv('label,value\nA,99.0\nB,70.4\nC,199.7\n'), 'en');
    expect(valueTexts(en)).to.deep.equal(['199.7 (54.1%)', '99.0 (26.8%)', '70.4 (19.1%)']);
  });

  it('a table cell 99,0 stays 99,0 in the FDI widget', async () => {
    const table = `<table><thead><tr><th>Thành phần</th><th>Vốn (triệu USD)</th></tr></thead><tbody>
      <tr><th>A</th><td>99,0</td></tr><tr><th>B</th><td>70,4</td></tr><tr><th>C</th><td>199,7</td></tr></tbody></table>`;
    const el = await widget('citystat-fdi-composition', table, 'vi');
    expect(el.layout!.marks.map((m) => (m as unknown as { cells: string[] }).cells[0])).to.deep.equal([
      `99,0${NB}triệu USD`,
      `70,4${NB}triệu USD`,
      `199,7${NB}triệu USD`,
    ]);
  });
});

describe('partial breakdowns through the table-first snippet', () => {
  const cases: Array<[string, unknown]> = [
    ['sector-breakdown', PARTIAL_SECTOR],
    ['fdi-composition', PARTIAL_FDI],
  ];
  for (const [name, data] of cases) {
    for (const lang of ['vi', 'en']) {
      it(`${name} (${lang}): the snippet writes the rest, decimals and counts, and upgrades to what the JSON shows`, async () => {
        const snippet = tableFirstSnippet(name, data, lang);
        const rest = lang === 'vi' ? 'Phần còn lại (không nêu chi tiết)' : 'Rest (not specified)';
        expect(snippet).to.contain(`<th scope="row">${rest}</th>`);
        expect(snippet).to.contain(lang === 'vi' ? '<td>99,0</td>' : '<td>99.0</td>');
        expect(snippet).to.contain(
          `40${NB}${lang === 'vi' ? 'dự án' : 'projects'}`.replace('40', name === 'fdi-composition' ? '40' : '88'),
        );
        const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
        root.innerHTML = snippet;
        const figure = root.querySelector('figure')!;
        figure.style.margin = '0';
        const el = await upgraded(figure);
        expect(el.status).to.equal('ready');
        const ref = await widget(`citystat-${name}`, '', lang);
        ref.data = data;
        await ref.settled();
        expect(shown(el)).to.deep.equal(shown(ref));
        expect(el.layout!.marks.at(-1)!.key).to.equal('__rest');
      });
    }
  }

  it('reads "Khác" as the rest only with a total row', async () => {
    const body = `<thead><tr><th>Nhóm</th><th>Giá trị</th></tr></thead><tbody><tr><th>A</th><td>6</td></tr><tr><th>Khác</th><td>4</td></tr></tbody>`;
    const withTotal = await widget(
      'citystat-sector-breakdown',
      `<table>${body}<tfoot><tr><th>Tổng</th><td>10</td></tr></tfoot></table>`,
      'vi',
    );
    expect(withTotal.layout!.marks.map((m) => m.key)).to.deep.equal(['row-1', '__rest']);
    expect(withTotal.layout!.marks[1].label).to.equal('Khác: 4, 40,0%');
    const without = await widget('citystat-sector-breakdown', `<table>${body}</table>`, 'vi');
    expect(without.layout!.marks.map((m) => m.key)).to.deep.equal(['row-1', 'row-2']);
  });

  it('reads a sector count column', async () => {
    const el = await widget(
      'citystat-sector-breakdown',
      csv('Nhóm;Giá trị (triệu USD);Số lượng\nA;230,3;512 dự án\nB;99,0;88 dự án\n'),
      'vi',
    );
    expect(el.layout!.marks[0].label).to.equal(`A: 230,3${NB}triệu USD, 69,9%, 512${NB}dự án`);
    expect(valueTexts(el)[1]).to.equal(`99,0 (30,1%) · 88${NB}dự án`);
  });

  it('keeps a header unit: `Vốn (triệu USD)` on the figures, a `(%)` share written once, `72,5%`', async () => {
    const money = await widget('citystat-sector-breakdown', csv('Ngành;Vốn (triệu USD)\nA;230,3\nB;99,0\n'), 'vi');
    expect(money.layout!.marks[0].label).to.equal(`A: 230,3${NB}triệu USD, 69,9%`);
    const pct = await widget('citystat-sector-breakdown', csv('Ngành;Tỷ trọng (%)\nA;72,5\nB;27,5\n'), 'vi');
    expect(valueTexts(pct)).to.deep.equal(['72,5%', '27,5%']);
    expect(pct.layout!.marks[0].label).to.equal('A: 72,5%');
    const en = await widget('citystat-sector-breakdown', csv('Sector,Share (%)\nA,72.5\nB,27.5\n'), 'en');
    expect(valueTexts(en)).to.deep.equal(['72.5%', '27.5%']);
  });
});

describe('partial breakdowns through the CSV download', () => {
  const cases: Array<[string, unknown]> = [
    ['citystat-sector-breakdown', PARTIAL_SECTOR],
    ['citystat-fdi-composition', PARTIAL_FDI],
  ];
  for (const [tag, data] of cases) {
    for (const lang of ['vi', 'en']) {
      it(`${tag} (${lang}): the download's rest, total, count and note rows read back to the same table`, async () => {
        const original = await widget(tag, '', lang);
        original.data = data;
        await original.settled();
        const file = await widgetCsv(original.layout!.table, original.renderRoot, lang);
        const rest = lang === 'vi' ? 'Phần còn lại (không nêu chi tiết)' : 'Rest (not specified)';
        const lines = file
          .replace(/^\uFEFF/, '')
          .trim()
          .split(/\r?\n/);
        expect(lines.at(-2)!.startsWith(`${rest}${lang === 'vi' ? ';' : ','}`)).to.equal(true);
        expect(lines.at(-1)!.startsWith(lang === 'vi' ? 'Tổng;' : 'Total,')).to.equal(true);
        const back = await widget(tag, csv(file), lang);
        expect(back.status, JSON.stringify(back.issues)).to.equal('ready');
        expect(back.layout!.table.rows).to.deep.equal(original.layout!.table.rows);
        expect(back.layout!.table.columns).to.deep.equal(original.layout!.table.columns);
        expect(back.layout!.marks.at(-1)!.key).to.equal('__rest');
      });
    }
  }

  it("checks the remainder's share like every other: a wrong one is an error located in the file", async () => {
    const file = 'Nhóm;Giá trị;Tỷ lệ\nA;60;60,0\nPhần còn lại (không nêu chi tiết);40;30,0\nTổng;100;100,0\n';
    const el = await widget('citystat-sector-breakdown', csv(file), 'vi');
    expect(el.status).to.equal('error');
    expect(el.issues.map((i) => [i.code, i.params?.row, i.params?.column])).to.deep.equal([['errCsvShare', 3, 3]]);
  });
});
