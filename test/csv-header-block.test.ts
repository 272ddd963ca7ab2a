// A CSV file's header block (`# title: …` lines before the header row) gives
// the chart its title, subtitle, unit, source and note (core/csv-meta.ts).
import { expect } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/fdi-composition/define.js';
import type { AnyChart } from './helpers.js';
import { mountHtml } from './helpers.js';
import { parseCsv } from '../src/core/csv.js';

const NB = '\u00a0';
const block = [
  '# tiêu đề: Vốn FDI theo ngành (dữ liệu thử)',
  '# phụ đề: 9 tháng đầu năm',
  '# đơn vị: triệu USD',
  '# nguồn: Sở Kế hoạch và Đầu tư (thử)',
  '# nguồn-url: https://example.org/fdi',
  '# ghi chú: Số liệu sơ bộ.',
];

describe('CSV header block', () => {
  it('is read into the table words, and its lines keep their file numbers in messages', () => {
    const r = parseCsv([...block, 'Ngành;Vốn', 'Chế biến;312,5', 'Bất động sản;abc'].join('\n'));
    expect(r.table).to.deep.include({
      caption: 'Vốn FDI theo ngành (dữ liệu thử)',
      subtitle: '9 tháng đầu năm',
      unit: 'triệu USD',
      note: 'Số liệu sơ bộ.',
      source: { name: 'Sở Kế hoạch và Đầu tư (thử)', url: 'https://example.org/fdi' },
      headers: ['Ngành', 'Vốn'],
    });
    expect(r.lines).to.deep.equal([8, 9]);
  });

  it('stops at the first line that is not a known key: a "#" rank column is data', () => {
    const r = parseCsv(['# title: T', '#,Name,Value', '1,A,3'].join('\n'));
    expect(r.table?.caption).to.equal('T');
    expect(r.table?.headers).to.deep.equal(['#', 'Name', 'Value']);
    expect(parseCsv('#,Name\n1,A').table?.headers).to.deep.equal(['#', 'Name']);
  });

  for (const tag of ['citystat-sector-breakdown', 'citystat-fdi-composition']) {
    it(`titles a ${tag} made from CSV, with its unit, source and note`, async () => {
      const csv = [...block, 'Ngành;Vốn', 'Chế biến;312,5', 'Bất động sản;230,3'].join('\n');
      const el = await mountHtml<AnyChart>(`<${tag}><script type="text/csv">${csv}</script></${tag}>`, { lang: 'vi' });
      expect(el.status).to.equal('ready');
      const sr = el.shadowRoot!;
      expect(sr.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Vốn FDI theo ngành (dữ liệu thử)');
      expect(sr.textContent).to.include('9 tháng đầu năm');
      expect(sr.textContent).to.include('Số liệu sơ bộ.');
      const link = sr.querySelector<HTMLAnchorElement>('a[href="https://example.org/fdi"]');
      expect(link?.textContent).to.include('Sở Kế hoạch và Đầu tư (thử)');
      expect(el.layout!.table.columns[1].label).to.equal(tag.includes('sector') ? 'Giá trị (triệu USD)' : `Vốn (triệu USD)`);
      expect(el.layout!.marks[0].label).to.include(`312,5${NB}triệu USD`);
    });
  }
});
