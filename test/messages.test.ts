import { expect } from '@open-wc/testing';
import '../src/define.js';
import { decimalCommas } from '../src/core/csv.js';
import { partText } from './helpers.js';

/** A widget from a `src` or a CSV text, settled; its error box text in vi and en. */
async function shown(tag: string, how: { src?: string; csv?: string; timeout?: number }): Promise<{ el: any; vi: string; en: string }> {
  const el = document.createElement(tag) as any;
  el.setAttribute('lang', 'vi');
  if (how.timeout) el.setAttribute('timeout', String(how.timeout));
  if (how.csv !== undefined) {
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = how.csv;
    el.append(script);
  }
  if (how.src) el.setAttribute('src', how.src);
  document.body.append(el);
  await el.settled();
  const vi = partText(el, 'error');
  el.setAttribute('lang', 'en');
  await el.updateComplete;
  const en = partText(el, 'error');
  el.remove();
  return { el, vi, en };
}

describe('messages: loading problems and CSV files, in the widget language', () => {
  const LOAD_VI = 'Không hiển thị được biểu đồ vì không tải được dữ liệu:';
  const LOAD_EN = 'This chart cannot be shown because its data could not be loaded:';

  for (const [status, vi, en] of [
    [404, 'mã 404 (không tìm thấy tệp)', '404 (file not found)'],
    [403, 'mã 403 (không được phép truy cập)', '403 (access denied)'],
    [500, 'mã 500 (máy chủ gặp lỗi)', '500 (the server had an error)'],
    [503, 'mã 503 (máy chủ gặp lỗi)', '503 (the server had an error)'],
    [418, 'mã 418 (yêu cầu bị từ chối)', '418 (the request was refused)'],
  ] as const) {
    it(`HTTP ${status}: a loading problem, the status explained in vi and en (not the server's words)`, async () => {
      const m = await shown('citystat-sector-breakdown', { src: `/__fault/status/${status}` });
      expect(m.vi).to.contain(LOAD_VI).and.contain(vi).and.not.contain('dữ liệu có lỗi');
      expect(m.en).to.contain(LOAD_EN).and.contain(en).and.not.contain('has errors');
      for (const english of ['Not Found', 'Internal Server Error', 'Forbidden', 'Service Unavailable', 'teapot'])
        expect(m.vi, english).to.not.contain(english);
    });
  }

  it('a timeout and a refused connection are loading problems too', async () => {
    const slow = await shown('citystat-fdi-composition', { src: '/__fault/hang', timeout: 200 });
    expect(slow.vi).to.contain(LOAD_VI).and.contain('quá 0,2 giây');
    expect(slow.en).to.contain(LOAD_EN).and.contain('0.2 seconds');
    // port 9 on the loopback address: nothing listens, the connection is refused
    const refused = await shown('citystat-fdi-composition', { src: 'http://127.0.0.1:9/data.json' });
    expect(refused.vi).to.contain(LOAD_VI).and.contain('lỗi mạng');
    expect(refused.en).to.contain(LOAD_EN).and.contain('network error');
  });

  it('bad data keeps its own heading', async () => {
    const m = await shown('citystat-sector-breakdown', { src: '/test/reliability/fixtures/top-array.json' });
    expect(m.vi).to.contain('vì dữ liệu có lỗi');
    expect(m.en).to.contain('because its data has errors');
  });

  it('a one-column CSV: the file, its line (not the table row) and the missing column, in vi and en', async () => {
    const m = await shown('citystat-sector-breakdown', { csv: 'Nhóm\nCơ khí\nDệt may\n' });
    expect(m.vi).to.contain('Tệp CSV, dòng 2: thiếu cột 2.').and.not.contain('Bảng dữ liệu');
    expect(m.en).to.contain('CSV file, line 2: column 2 is missing.');
    const blank = await shown('citystat-fdi-composition', { csv: '\n\nThành phần,Vốn (triệu USD)\nA,1\nB\n' });
    // a short row after blank lines: its file line
    expect(blank.vi).to.contain('Tệp CSV, dòng 5: có 1 cột, trong khi dòng tiêu đề có 2 cột.');
    expect(blank.en).to.contain('CSV file, line 5: 1 columns, but the header row has 2.');
    const named = await shown('citystat-fdi-composition', { csv: 'Thành phần\nA\n' });
    expect(named.vi).to.contain('Tệp CSV, dòng 2: thiếu cột 2.');
  });

  it('a CSV of fairs without figure columns, in vi and en', async () => {
    const m = await shown('citystat-fair-participation', { csv: 'Hội chợ\nA\nB\n' });
    expect(m.vi).to.contain('Tệp CSV: không có cột số liệu nào sau cột tên.');
    expect(m.en).to.contain('CSV file: no column of figures after the names.');
  });

  it("reads Google Sheets' Vietnamese export: commas between cells, decimal commas in quotes", async () => {
    for (const lang of ['vi', 'en']) {
      const el = document.createElement('citystat-sector-breakdown') as any;
      el.setAttribute('lang', lang);
      const script = document.createElement('script');
      script.type = 'text/csv';
      script.textContent = 'Nhóm,Giá trị\nCơ khí,"230,3"\nDệt may,"1.234,5"\nThủ công,12\n';
      el.append(script);
      document.body.append(el);
      expect(await el.settled(), lang).to.equal('ready');
      const shown = el.layout.table.rows.map((r: string[]) => r[1]);
      expect(shown.slice(0, 3)).to.deep.equal(lang === 'vi' ? ['230,3', '1.234,5', '12'] : ['230.3', '1,234.5', '12']);
      el.remove();
    }
  });

  it('decimal commas only when no English number says otherwise', () => {
    expect(decimalCommas([['A', '230,3']])).to.equal(true);
    expect(decimalCommas([['A', '1.234,5']])).to.equal(true);
    expect(decimalCommas([['A', '-0,25%']])).to.equal(true);
    expect(decimalCommas([['A', '2,041']])).to.equal(false); // an English thousand as well
    expect(
      decimalCommas([
        ['A', '230,3'],
        ['B', '1.25'],
      ]),
    ).to.equal(false);
    expect(decimalCommas([['A', '1,234.5']])).to.equal(false);
    expect(decimalCommas([['Cơ khí, chế tạo', '6']])).to.equal(false);
  });
});
