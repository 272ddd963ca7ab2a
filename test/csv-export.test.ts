import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import '../src/define.js';
import { download, tableCsv } from '../src/core/export.js';
import type { TableModel } from '../src/core/table.js';
import { recordEvents } from './helpers.js';

const HOSTILE = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x","y")'];
const parse = (csv: string, lang: string) => dsvFormat(lang === 'vi' ? ';' : ',').parseRows(csv.replace(/^\uFEFF/, ''));

describe('CSV download: cells a spreadsheet reads safely and as numbers', () => {
  for (const lang of ['vi', 'en']) {
    it(`${lang}: text cells starting with = + - @ tab CR get a quote; negative numbers stay numbers`, () => {
      const table: TableModel = {
        caption: 'c',
        columns: [{ label: '=label' }, { label: 'value', numeric: true }],
        rows: [
          ...HOSTILE.map((h) => [h, '1']),
          ['minus', lang === 'vi' ? '-3,5' : '-3.5'],
          ['grouped', lang === 'vi' ? '-2.041' : '-2,041'],
        ],
      };
      const rows = parse(tableCsv(table, lang), lang);
      expect(rows[0]).to.deep.equal(["'=label", 'value']);
      expect(rows.slice(1, 1 + HOSTILE.length).map((r) => r[0])).to.deep.equal(HOSTILE.map((h) => `'${h}`));
      expect(rows.at(-2)).to.deep.equal(['minus', lang === 'vi' ? '-3,5' : '-3.5']);
      expect(rows.at(-1)).to.deep.equal(['grouped', '-2041']);
    });

    it(`${lang}: a shared unit goes to the header, mixed units stay in their cells, a raw value wins`, () => {
      const vi = lang === 'vi';
      const table: TableModel = {
        caption: 'c',
        columns: [{ label: 'x' }, { label: 'share', numeric: true }, { label: 'count', numeric: true }, { label: 'v', numeric: true }],
        rows: [
          ['a', vi ? '80,8%' : '80.8%', vi ? '305 dự án' : '305 projects', vi ? '1,2 nghìn' : '1.2 thousand'],
          ['b', vi ? '8,5%' : '8.5%', vi ? '252 lượt' : '252 transactions', ''],
        ],
        values: [[null, null, null, 1234.5]],
      };
      const rows = parse(tableCsv(table, lang), lang);
      expect(rows[0]).to.deep.equal(['x', 'share (%)', 'count', 'v']);
      expect(rows[1]).to.deep.equal(['a', vi ? '80,8' : '80.8', vi ? '305 dự án' : '305 projects', vi ? '1234,5' : '1234.5']);
      expect(rows[2]).to.deep.equal(['b', vi ? '8,5' : '8.5', vi ? '252 lượt' : '252 transactions', '']);
    });
  }

  it('a file the browser cannot make: the buttons say why, in the widget language; nothing is thrown, no event', async () => {
    const data = await (await fetch('/data-schemas/examples/sector-breakdown.json')).json();
    const el = document.createElement('citystat-sector-breakdown') as any;
    el.setAttribute('actions', 'all');
    el.data = data;
    document.body.append(el);
    await el.settled();
    await el.updateComplete;
    const events = recordEvents();
    const downloads: Event[] = [];
    el.addEventListener('citystat-download', (e: Event) => downloads.push(e));
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = () => null;
    try {
      const png = el.shadowRoot.querySelectorAll('[part=action]')[1] as HTMLButtonElement;
      expect(png.textContent).to.match(/PNG/);
      const name = await download('png', el.layout.table, 'x', el.renderRoot);
      expect(name).to.equal('');
      await el.updateComplete;
      expect(el.shadowRoot.querySelector('[part=actions] [role=status]').textContent).to.equal('Trình duyệt này không tạo được tệp PNG.');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(el.shadowRoot.querySelector('[part=actions] [role=status]').textContent).to.equal('This browser could not make the PNG file.');
      expect(downloads).to.have.length(0);
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
      events.stop();
    }
    // a file that works clears the status
    await download('svg', el.layout.table, 'x', el.renderRoot);
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('[part=actions] [role=status]')).to.equal(null);
    el.remove();
  });
});
