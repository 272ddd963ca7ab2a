import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import '../src/define.js';
import { tableCsv, widgetCsv } from '../src/core/export.js';
import { loadJson, partText, widgetRegistry } from './helpers.js';

async function widget(tag: string, lang: string, set: (el: any) => void): Promise<any> {
  const el = document.createElement(tag) as any;
  el.setAttribute('lang', lang);
  set(el);
  document.body.append(el);
  await el.settled();
  return el;
}

/** A widget reading `csv` from its `<script type="text/csv">`. */
const fromCsv = (tag: string, lang: string, csv: string) =>
  widget(tag, lang, (el) => {
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = csv;
    el.append(script);
  });

describe('CSV download read back by the widget', () => {
  for (const w of widgetRegistry()) {
    for (const lang of ['vi', 'en']) {
      it(`${w.name} (${lang}): the example's CSV download, read as CSV, shows the same data table`, async () => {
        const data = await loadJson(`data-schemas/examples/${w.name}.json`);
        const original = await widget(w.tag, lang, (el) => (el.data = data));
        const csv = await widgetCsv(original.layout.table, original.renderRoot, lang);
        // the dialect's delimiter, as d3-dsv (and a spreadsheet) reads it
        const rows = dsvFormat(lang === 'vi' ? ';' : ',').parseRows(csv.replace(/^\uFEFF/, '').trim());
        expect(rows.length).to.equal(original.layout.table.rows.length + 1);
        expect(rows.every((r) => r.length === rows[0].length)).to.equal(true);
        // the first figure column holds numbers only (no unit, no words, no grouping)
        const number = lang === 'vi' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
        expect(
          rows
            .slice(1)
            .map((r) => r[1])
            .filter((c) => !number.test(c)),
        ).to.deep.equal([]);
        const back = await fromCsv(w.tag, lang, csv);
        expect(back.status, JSON.stringify(back.issues)).to.equal('ready');
        expect(back.layout.table.rows).to.deep.equal(original.layout.table.rows);
        original.remove();
        back.remove();
      });
    }
  }
});

describe("CSV: the widget's own share column and total row", () => {
  it('sector (vi): labels a spreadsheet would run as formulas come back without the quote the download added', async () => {
    const data = await loadJson('data-schemas/examples/sector-breakdown.json');
    data.items[0].label = '=1+1';
    data.items[1].label = '-Điện';
    data.items[2].label = '@cmd';
    const original = await widget('citystat-sector-breakdown', 'vi', (el) => (el.data = data));
    const csv = tableCsv(original.layout.table, 'vi');
    expect(csv).to.contain("'=1+1;").and.contain("'-Điện;").and.contain("'@cmd;");
    const back = await fromCsv('citystat-sector-breakdown', 'vi', csv);
    expect(back.layout.table.rows).to.deep.equal(original.layout.table.rows);
    original.remove();
    back.remove();
  });

  it('sector: a share column whose figures are not the shares is an error at its line and column, not dropped', async () => {
    const csv = 'Nhóm;Giá trị;Tỷ lệ (%)\nA;6;60\nB;4;35\nTổng;10;100\n';
    const el = await fromCsv('citystat-sector-breakdown', 'vi', csv);
    expect(el.status).to.equal('error');
    expect(el.issues.map((i: any) => [i.code, i.params.row, i.params.column])).to.deep.equal([['errCsvShare', 3, 3]]);
    expect(partText(el, 'error')).to.contain('Tệp CSV, dòng 3, cột 3: tỷ lệ "35" không khớp với số liệu, tính ra là 40,0%.');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(partText(el, 'error')).to.contain('CSV file, line 3, column 3: the share "35" does not match the figures, which give 40.0%.');
    el.remove();
  });

  it('sector (en): shares agree to the decimals written; a last "Total" row is the stated total, checked against the parts', async () => {
    const csv = 'Group,Value (products),Share (%)\nA,6,15\nB,4,10.0\nTotal,40,100\n';
    const el = await fromCsv('citystat-sector-breakdown', 'en', csv);
    expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
    expect(el.layout.table.rows.map((r: string[]) => r[0])).to.deep.equal(['A', 'B', 'Total']);
    expect(el.layout.table.rows[2][1]).to.equal('40');
    // the parts (10) do not add up to the stated total (40): the widget says so, it does not rescale
    expect(el.layout.notices.join(' ')).to.match(/40/);
    el.remove();
  });

  it('sector: "Tổng" is the total only as the last row; a third column with another header is still the id', async () => {
    const csv = 'Nhóm;Giá trị;Mã\nTổng;6;a\nB;4;b\n';
    const el = await fromCsv('citystat-sector-breakdown', 'vi', csv);
    expect(el.status).to.equal('ready');
    // Without a stated total, the table's last row is the sum of the parts shown.
    expect(el.layout.table.rows.map((r: string[]) => r[0])).to.deep.equal(['Tổng', 'B', 'Tổng các phần']);
    expect(el.layout.marks.map((m: any) => m.key)).to.deep.equal(['a', 'b']);
    el.remove();
  });

  it('FDI (vi): "Tổng <period>" as the last row gives the total and the period; the count column after the share is located right', async () => {
    const ok = await fromCsv(
      'citystat-fdi-composition',
      'vi',
      'Thành phần;Vốn (triệu USD);Tỷ lệ (%);Số lượng\nA;30;30;3 dự án\nB;70;70;7 dự án\nTổng 9 tháng đầu năm 2023;100;100;\n',
    );
    expect(ok.status, JSON.stringify(ok.issues)).to.equal('ready');
    expect(ok.layout.table.rows.map((r: string[]) => r[0])).to.deep.equal(['A', 'B', 'Tổng']);
    expect(ok.layout.table.caption).to.contain('9 tháng đầu năm 2023');
    ok.remove();
    const bad = await fromCsv('citystat-fdi-composition', 'vi', 'Thành phần;Vốn;Tỷ lệ (%);Số lượng\nA;30;30;ba dự án\n');
    expect(bad.issues.map((i: any) => [i.code, i.params.row, i.params.column])).to.deep.equal([['errCsvCell', 2, 4]]);
    bad.remove();
  });
});

describe('CSV: the KPI download, a column per field', () => {
  it('a field column that should hold a number and does not is located by line and column', async () => {
    const csv = 'Chỉ số;Giá trị;Đơn vị;Tiến độ;Tiến độ: tổng\nCụm;19;cụm;19;bốn mươi ba\n';
    const el = await fromCsv('citystat-kpi', 'vi', csv);
    expect(el.status).to.equal('error');
    expect(partText(el, 'error')).to.contain('Tệp CSV, dòng 2, cột 5: "bốn mươi ba" không phải là một số.');
    el.remove();
  });

  it('en: the fields read back into the figure (unit, compact, change with its kind, progress and target)', async () => {
    const csv = [
      'Figure,Value,Unit,Compact,Change,Change kind,Change compared with,Progress,Progress total,Target from,Target to,Period',
      'Firms,22900,firms,yes,-1.5,percent,year on year,,,,,2023',
      'Clusters,19,clusters,,,,,19,43,10,20,2023',
    ].join('\n');
    const el = await fromCsv('citystat-kpi', 'en', csv);
    expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
    expect(el.layout.table.rows).to.deep.equal([
      ['Firms', '22.9 thousand\u00a0firms', 'down 1.5% year on year', '2023'],
      ['Clusters', '19 of 43\u00a0clusters, target 10–20', '', '2023'],
    ]);
    el.remove();
  });
});

describe('CSV: line breaks inside quoted cells', () => {
  it('a header cell with a line break reads (the fair widget took it for no header at all and threw)', async () => {
    const el = await fromCsv('citystat-fair-participation', 'en', 'Fair,"Booths\nper fair"\nA,3\n');
    expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
    expect(el.layout.table.rows).to.deep.equal([['A', '3']]);
    el.remove();
  });

  it('an FDI count cell with a line break in its unit reads', async () => {
    const el = await fromCsv('citystat-fdi-composition', 'en', 'Component,Capital,Count\nA,3,"5 new\nprojects"\n');
    expect(el.status, JSON.stringify(el.issues)).to.equal('ready');
    expect(el.layout.table.rows[0][3]).to.equal('5\u00a0new\nprojects');
    el.remove();
  });
});
