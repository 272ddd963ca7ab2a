// Partial breakdowns, published decimals, counts and notes (issue 18): layouts
// of the sector breakdown and FDI composition. The figures are TEST DATA of an
// invented city (test/partial-data.ts), not Hanoi's.
import { expect } from '@open-wc/testing';
import { layoutSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.layout-all.js';
import { layoutFdiComposition } from '../src/charts/fdi-composition/fdi-composition.layout-all.js';
import { PARTIAL_FDI, PARTIAL_SECTOR } from './partial-data.js';

const NB = '\u00a0';

describe('sector breakdown: a partial breakdown (four sectors of a total)', () => {
  it('draws the unspecified rest as a labelled last row, with value and share of the published total', () => {
    const l = layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'vi');
    expect(l.marks.map((m) => m.key)).to.deep.equal(['mfg', 're', 'trade', 'sci', '__rest']);
    const rest = l.marks[4];
    expect(rest.lines).to.deep.equal(['Phần còn lại (không nêu', 'chi tiết)']);
    expect([rest.valueText, rest.grouped, rest.share]).to.deep.equal(['218,0 (21,8%)', true, 0.218]);
    expect([rest.rowY, rest.rowHeight, rest.barY, rest.barWidth]).to.deep.equal([120, 36, 129, 129.8]);
    expect(rest.label).to.equal(`Phần còn lại (không nêu chi tiết): 218,0${NB}triệu USD, 21,8%`);
    // The largest bar fills the bar space; shares are of the published 1.000,0.
    expect(l.marks[0].barWidth).to.equal(186);
    expect(l.marks[0].valueText).to.equal(`312,5 (31,3%) · 512${NB}dự án`);
    expect(l.notices).to.deep.equal([]);
  });

  it('draws no rest when the breakdown is not published (the property suite found one drawn for no items)', () => {
    const l = layoutSectorBreakdown({ total: 18, rest: 'other', breakdownPublished: false, items: [] }, 600, 'en');
    expect(l.marks).to.have.length(0);
  });

  it('says in the summary that the parts shown are a share of the total, and what the rest is', () => {
    expect(layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'vi').summary).to.equal(
      `Vốn FDI đăng ký mới theo ngành (dữ liệu thử): tổng cộng 1.000,0${NB}triệu USD; 4 phần được nêu chi tiết, chiếm 78,2%. ` +
        `Lớn nhất là Công nghiệp chế biến: 312,5 trên tổng số 1.000,0${NB}triệu USD (31,3%). ` +
        `Nhỏ nhất là Khoa học, công nghệ: 99,0 trên tổng số 1.000,0${NB}triệu USD (9,9%). ` +
        `Phần còn lại (không nêu chi tiết): 218,0${NB}triệu USD (21,8%).`,
    );
    expect(layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'en').summary).to.equal(
      `New FDI by sector (test data): 1,000.0${NB}million USD in total; 4 parts are given, making up 78.2%. ` +
        `The largest is Manufacturing: 312.5 of 1,000.0${NB}million USD (31.3%). ` +
        `The smallest is Science and technology: 99.0 of 1,000.0${NB}million USD (9.9%). ` +
        `Rest (not specified): 218.0${NB}million USD (21.8%).`,
    );
  });

  it('lists the rest, counts and notes in the table (and so the CSV)', () => {
    const t = layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'en').table;
    expect(t.columns.map((c) => c.label)).to.deep.equal(['Group', 'Value (million USD)', 'Share', 'Count', 'Note']);
    expect(t.rows).to.deep.equal([
      ['Manufacturing', '312.5', '31.3%', `512${NB}projects`, ''],
      ['Real estate', '230.3', '23.0%', `41${NB}projects`, ''],
      ['Wholesale and retail', '140.2', '14.0%', `230${NB}projects`, 'Includes car repair'],
      ['Science and technology', '99.0', '9.9%', `88${NB}projects`, ''],
      ['Rest (not specified)', '218.0', '21.8%', '', ''],
      ['Total', '1,000.0', '100.0%', '', ''],
    ]);
  });

  it('puts the count and the note in the accessible name and the tooltip', () => {
    const m = layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'en').marks[2];
    expect(m.label).to.equal(`Wholesale and retail: 140.2${NB}million USD, 14.0%, 230${NB}projects. Includes car repair`);
    expect(m.tooltip).to.deep.equal(['Wholesale and retail', `140.2${NB}million USD · 14.0% · 230${NB}projects`, 'Includes car repair']);
  });

  it('labels the rest "Khác / Other" with rest: other', () => {
    const l = layoutSectorBreakdown({ ...PARTIAL_SECTOR, rest: 'other' }, 600, 'vi');
    expect(l.marks[4].lines).to.deep.equal(['Khác']);
    expect(layoutSectorBreakdown({ ...PARTIAL_SECTOR, rest: 'other' }, 600, 'en').table.rows[4][0]).to.equal('Other');
  });

  it('without rest, a total above its parts is still flagged and no remainder is drawn', () => {
    const l = layoutSectorBreakdown({ ...PARTIAL_SECTOR, rest: undefined }, 600, 'vi');
    expect(l.marks.length).to.equal(4);
    expect(l.notices).to.deep.equal([
      `Lưu ý: tổng các phần (782,0${NB}triệu USD) khác tổng công bố (1.000,0${NB}triệu USD). Số liệu được thể hiện đúng như công bố.`,
    ]);
  });

  it('parts above their total keep the inconsistency notice, rest or not', () => {
    const l = layoutSectorBreakdown({ ...PARTIAL_SECTOR, total: 700 }, 600, 'en');
    expect(l.marks.map((m) => m.key)).to.not.include('__rest');
    expect(l.notices).to.deep.equal([
      `Note: the parts add up to 782.0${NB}million USD, not the stated total of 700.0${NB}million USD. Figures are shown as published.`,
    ]);
  });

  it('shows no remainder when the parts reach the total within rounding', () => {
    const l = layoutSectorBreakdown({ ...PARTIAL_SECTOR, total: 782.04 }, 600, 'vi');
    expect(l.marks.length).to.equal(4);
    expect(l.notices).to.deep.equal([]);
  });

  it('with no total, says the shares are of the parts shown', () => {
    const l = layoutSectorBreakdown({ ...PARTIAL_SECTOR, total: undefined }, 600, 'vi');
    expect(l.summary.endsWith(' Tỷ lệ tính trên tổng các phần được nêu.')).to.equal(true);
    expect(l.table.rows.at(-1)).to.deep.equal(['Tổng các phần', '782,0', '100,0%', '', '']);
    expect(l.marks[0].valueText).to.equal(`312,5 (40,0%) · 512${NB}dự án`);
    expect(layoutSectorBreakdown({ ...PARTIAL_SECTOR, total: undefined }, 600, 'en').summary).to.contain(' Shares are of the parts shown.');
  });

  it('keeps published decimals: 99,0 beside 70,4 (vi) and 99.0 (en); without decimals 99 stays 99', () => {
    expect(layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'vi').table.rows[3][1]).to.equal('99,0');
    expect(layoutSectorBreakdown(PARTIAL_SECTOR, 600, 'en').table.rows[3][1]).to.equal('99.0');
    expect(layoutSectorBreakdown({ ...PARTIAL_SECTOR, decimals: undefined }, 600, 'vi').table.rows[3][1]).to.equal('99');
    // More decimals than `decimals` are never rounded away.
    const more = { ...PARTIAL_SECTOR, items: [{ ...PARTIAL_SECTOR.items[0], value: 3.93 }] };
    expect(layoutSectorBreakdown(more, 600, 'vi').table.rows[0][1]).to.equal('3,93');
  });
});

describe('FDI composition: the top three of a larger total', () => {
  it('draws the rest as a last, labelled segment and row, with capital and share', () => {
    const l = layoutFdiComposition(PARTIAL_FDI, 600, 'vi');
    expect(l.marks.map((m) => m.key)).to.deep.equal(['kr', 'jp', 'sg', '__rest']);
    const rest = l.marks[3];
    expect([rest.rest, rest.segX, rest.segWidth, rest.rowY, rest.rowHeight]).to.deep.equal([true, 442.9, 157.1, 194, 32]);
    expect(rest.cells).to.deep.equal([`130,9${NB}triệu USD`, '26,2%', '']);
    expect(rest.label).to.equal(`Phần còn lại (không nêu chi tiết): 130,9${NB}triệu USD, 26,2%`);
    expect(rest.tooltip).to.deep.equal(['Phần còn lại (không nêu chi tiết)', `130,9${NB}triệu USD · 26,2%`]);
    // The parts and the rest fill the bar: no dashed track, no notice.
    expect(l.bar).to.deep.equal({ y: 54, height: 32, trackWidth: undefined });
    expect(l.notices).to.deep.equal([]);
    expect(layoutFdiComposition(PARTIAL_FDI, 600, 'vi', 'donut').donut!.track).to.equal(undefined);
  });

  it('on a phone, the figures of the rest flow under its label without an empty count', () => {
    const rest = layoutFdiComposition(PARTIAL_FDI, 360, 'en').marks[3];
    expect(rest.figures.map((f) => f.spans.map((p) => p.text).join(''))).to.deep.equal([`130.9${NB}million USD · 26.2%`]);
  });

  it('writes the summary and the table with the rest, counts and notes (vi, en)', () => {
    expect(layoutFdiComposition(PARTIAL_FDI, 600, 'vi').summary).to.equal(
      `Ba nhà đầu tư lớn nhất (dữ liệu thử): tổng cộng 500,0${NB}triệu USD; 3 phần được nêu chi tiết, chiếm 73,8%. ` +
        `Lớn nhất là Hàn Quốc: 199,7${NB}triệu USD (39,9%), 61${NB}dự án. Nhỏ nhất là Singapore: 70,4${NB}triệu USD (14,1%), 25${NB}dự án. ` +
        `Phần còn lại (không nêu chi tiết): 130,9${NB}triệu USD (26,2%).`,
    );
    const t = layoutFdiComposition(PARTIAL_FDI, 600, 'en').table;
    expect(t.columns.map((c) => c.label)).to.deep.equal(['Component', 'Capital (million USD)', 'Share', 'Count', 'Note']);
    expect(t.rows).to.deep.equal([
      ['South Korea', '199.7', '39.9%', `61${NB}projects`, ''],
      ['Japan', '99.0', '19.8%', `40${NB}projects`, 'Excludes share purchases'],
      ['Singapore', '70.4', '14.1%', `25${NB}projects`, ''],
      ['Rest (not specified)', '130.9', '26.2%', '', ''],
      ['Total', '500.0', '100.0%', '', ''],
    ]);
    expect(layoutFdiComposition(PARTIAL_FDI, 600, 'en').marks[1].label).to.equal(
      `Japan: 99.0${NB}million USD, 19.8%, 40${NB}projects. Excludes share purchases`,
    );
  });

  it('without rest the gap stays a flagged dashed track; parts above the total are flagged with rest too', () => {
    const plain = layoutFdiComposition({ ...PARTIAL_FDI, rest: undefined }, 600, 'vi');
    expect(plain.marks.length).to.equal(3);
    expect(plain.bar!.trackWidth).to.equal(600);
    expect(plain.notices.length).to.equal(1);
    const over = layoutFdiComposition({ ...PARTIAL_FDI, total: 300 }, 600, 'en');
    expect(over.marks.length).to.equal(3);
    expect(over.notices).to.deep.equal([
      `Note: the parts add up to 369.1${NB}million USD, not the stated total of 300.0${NB}million USD. Figures are shown as published.`,
    ]);
  });

  it('with no total, says the shares are of the parts shown', () => {
    const l = layoutFdiComposition({ ...PARTIAL_FDI, total: undefined }, 600, 'en');
    expect(l.summary.endsWith(' Shares are of the parts shown.')).to.equal(true);
    expect(l.table.rows.at(-1)).to.deep.equal(['Sum of the parts', '369.1', '100.0%', '', '']);
  });
});
