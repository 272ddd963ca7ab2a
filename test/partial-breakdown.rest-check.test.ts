// A CSV or table whose rest row, or sum-of-the-parts row, gives a figure that is
// not the one the widget derives: the figure is shown as given and the total
// that does not add up is flagged, never replaced in silence. TEST DATA of an
// invented city, never Hanoi's.
import { expect } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/fdi-composition/define.js';
import { mountHtml, type AnyChart } from './helpers.js';

const TAGS = ['citystat-sector-breakdown', 'citystat-fdi-composition'];

const widget = (tag: string, inner: string, lang: string) =>
  mountHtml<AnyChart>(`<${tag} lang="${lang}" style="width: 640px">${inner}</${tag}>`);

const WORDS = {
  vi: { head: ['Nhóm', 'Giá trị'], rest: 'Phần còn lại (không nêu chi tiết)', other: 'Khác', total: 'Tổng', sum: 'Tổng các phần' },
  en: { head: ['Group', 'Value'], rest: 'Rest (not specified)', other: 'Other', total: 'Total', sum: 'Sum of the parts' },
};
type Lang = keyof typeof WORDS;

/** Rows of [label, figure] as a CSV (vi: `;` and decimal commas) or a table (last row in `<tfoot>` when `foot`). */
function source(kind: 'csv' | 'table', lang: Lang, rows: string[][], foot: boolean): string {
  const w = WORDS[lang];
  const n = (t: string) => (lang === 'vi' ? t.replace('.', ',') : t);
  if (kind === 'csv') {
    const sep = lang === 'vi' ? ';' : ',';
    return `<script type="text/csv">${[w.head, ...rows].map(([l, v]) => `${l}${sep}${v === w.head[1] ? v : n(v)}`).join('\n')}\n</script>`;
  }
  const tr = ([l, v]: string[]) => `<tr><th>${l}</th><td>${n(v)}</td></tr>`;
  const body = foot ? rows.slice(0, -1) : rows;
  return `<table><thead><tr><th>${w.head[0]}</th><th>${w.head[1]}</th></tr></thead><tbody>${body.map(tr).join('')}</tbody>${
    foot ? `<tfoot>${tr(rows.at(-1)!)}</tfoot>` : ''
  }</table>`;
}

const PARTS = [
  ['A', '312.5'],
  ['B', '230.3'],
  ['C', '140.2'],
  ['D', '99.0'],
];
/** The figures in the widget's table, as it shows them. */
const figures = (el: AnyChart) => el.layout!.table.rows.map((r) => [r[0], r[1]]);
/** A figure as the widget shows it, from its English writing (`1,082.0` → vi `1.082,0`). */
const shownNumber = (lang: Lang, t: string) => (lang === 'vi' ? t.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) : t);
const mismatch = (lang: Lang, sum: string, total: string) =>
  lang === 'vi'
    ? `Lưu ý: tổng các phần (${shownNumber(lang, sum)}) khác tổng công bố (${shownNumber(lang, total)}). Số liệu được thể hiện đúng như công bố.`
    : `Note: the parts add up to ${shownNumber(lang, sum)}, not the stated total of ${shownNumber(lang, total)}. Figures are shown as published.`;

for (const tag of TAGS) {
  for (const kind of ['csv', 'table'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      const w = WORDS[lang];
      describe(`${tag}, ${kind} (${lang})`, () => {
        it('a rest row of 300,0 where the total minus the parts is 218,0: shown as 300,0, the total flagged', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.rest, '300.0'], [w.total, '1000.0']], true), lang);
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          const rows = figures(el);
          expect(rows, JSON.stringify(rows)).to.deep.include([w.rest, shownNumber(lang, '300.0')]);
          expect(rows.map((r) => r[1])).not.to.include(shownNumber(lang, '218.0'));
          expect(el.layout!.notices).to.deep.equal([mismatch(lang, '1,082.0', '1,000.0')]);
        });

        it('an "other" row that is not the remainder is one more part, as given', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.other, '100.0'], [w.total, '1000.0']], true), lang);
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          expect(figures(el)).to.deep.include([w.other, shownNumber(lang, '100.0')]);
          expect(el.layout!.marks.map((m) => m.key)).not.to.include('__rest');
          expect(el.layout!.notices).to.deep.equal([mismatch(lang, '882.0', '1,000.0')]);
        });

        it('a rest row that is the remainder stays the rest, without a notice', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.rest, '218.0'], [w.total, '1000.0']], true), lang);
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          expect(el.layout!.marks.at(-1)!.key).to.equal('__rest');
          expect(figures(el)).to.deep.include([w.rest, shownNumber(lang, '218.0')]);
          expect(el.layout!.notices).to.deep.equal([]);
        });

        it('a rest row rounded to fewer digits than the remainder is shown as given (218, not 218,4)', async () => {
          const parts = [...PARTS.slice(0, 3), ['D', '98.6']];
          const el = await widget(tag, source(kind, lang, [...parts, [w.rest, '218'], [w.total, '1000']], true), lang);
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          expect(figures(el)).to.deep.include([w.rest, '218']);
          expect(figures(el).map((r) => r[1])).not.to.include(shownNumber(lang, '218.4'));
        });

        it('a rest row without a figure is read as a part: no remainder is made up for it', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.rest, '—'], [w.total, '1000.0']], true), lang);
          if (tag === TAGS[1]) {
            // Every FDI part has its capital: the row's missing one is located like any other.
            const code = kind === 'csv' ? 'errCsvCell' : 'errTableCell';
            expect(el.issues.map((i) => [i.code, i.params?.row, i.params?.column])).to.deep.equal([[code, kind === 'csv' ? 6 : 5, 2]]);
            return;
          }
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          expect(el.layout!.marks.map((m) => m.key)).not.to.include('__rest');
          expect(figures(el).map((r) => r[1])).not.to.include(shownNumber(lang, '218.0'));
          expect(figures(el).map((r) => r[0])).to.include(w.rest);
        });

        it('a "sum of the parts" row of 300,0 where the parts add up to 782,0: shown as the total 300,0, flagged', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.sum, '300.0']], false), lang);
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          expect(figures(el).at(-1)).to.deep.equal([w.total, shownNumber(lang, '300.0')]);
          expect(el.layout!.notices).to.deep.equal([mismatch(lang, '782.0', '300.0')]);
        });

        it('a "sum of the parts" row that is the sum stays derived: no total, no notice', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.sum, '782.0']], false), lang);
          expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
          expect(figures(el).at(-1)).to.deep.equal([w.sum, shownNumber(lang, '782.0')]);
          expect(el.layout!.notices).to.deep.equal([]);
        });

        it('a rest row that is not a number is an error located at its row', async () => {
          const el = await widget(tag, source(kind, lang, [...PARTS, [w.rest, 'x'], [w.total, '1000.0']], true), lang);
          expect(el.status).to.equal('error');
          const code = kind === 'csv' ? 'errCsvCell' : 'errTableCell';
          // The CSV's line 6 (after the header), the table's body row 5.
          expect(el.issues.map((i) => [i.code, i.params?.row, i.params?.column])).to.deep.equal([[code, kind === 'csv' ? 6 : 5, 2]]);
        });
      });
    }
  }
}
