import { expect } from '@open-wc/testing';
import { layoutSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.layout-all.js';
import type { SectorBreakdownData } from '../src/charts/sector-breakdown/sector-breakdown.types.js';
import { loadJson } from './helpers.js';

const small: SectorBreakdownData = {
  title: 'T',
  unit: 'sp',
  items: [
    { id: 'a', label: 'An', value: 1 },
    { id: 'b', label: 'Bê', value: 3 },
  ],
};

describe('sector-breakdown layout', () => {
  it('places two bars side by side with labels at exact positions (wide)', () => {
    const l = layoutSectorBreakdown(small, 600, 'vi', { order: 'value', maxBars: 30 });
    expect(l.mode).to.equal('side');
    expect(l.marks.map((m) => m.key)).to.deep.equal(['b', 'a']);
    // label column: 34% of 600 = 204 px; bars start 8 px after it.
    expect(l.marks[0].barX).to.equal(212);
    // value room: widest value text "3 (75,0%)" estimated 68.3 px → ceil + 8 = 77 px.
    // bar space = 600 - 212 - 77 = 311 px: the largest bar fills it, the other is a third.
    expect(l.marks[0].barWidth).to.equal(311);
    expect(l.marks[1].barWidth).to.equal(103.7);
    expect(l.marks[0].barY).to.equal(0);
    expect(l.marks[1].barY).to.equal(30); // row 18 px + gap 12 px
    expect(l.height).to.equal(48);
    expect(l.marks[0].valueText).to.equal('3 (75,0%)');
    expect(l.marks[1].valueText).to.equal('1 (25,0%)');
    expect(l.marks[0].valueX).to.equal(212 + 311 + 6);
  });

  it('stacks labels above the bars on a phone', () => {
    const l = layoutSectorBreakdown(small, 360, 'en', { order: 'value', maxBars: 30 });
    expect(l.mode).to.equal('stacked');
    expect(l.marks[0].barX).to.equal(0);
    expect(l.marks[0].labelY).to.equal(14);
    expect(l.marks[0].barY).to.equal(22); // one label line (18) + 4
    expect(l.marks[1].rowY).to.equal(52); // 18 + 4 + 18 + 12
    expect(l.marks[0].valueText).to.equal('3 (75.0%)');
  });

  it('keeps the data order on request', () => {
    const l = layoutSectorBreakdown(small, 600, 'vi', { order: 'data', maxBars: 30 });
    expect(l.marks.map((m) => m.key)).to.deep.equal(['a', 'b']);
  });

  it('computes the shares of the 2022 round exactly', async () => {
    const data = await loadJson<SectorBreakdownData>('data-schemas/examples/sector-breakdown.json');
    const l = layoutSectorBreakdown(data, 800, 'vi', { order: 'value', maxBars: 30 });
    expect(l.marks.map((m) => m.valueText)).to.deep.equal([
      '8 (24,2%)',
      '6 (18,2%)',
      '5 (15,2%)',
      '4 (12,1%)',
      '4 (12,1%)',
      '3 (9,1%)',
      '2 (6,1%)',
      '1 (3,0%)',
    ]);
    expect(l.notices).to.deep.equal([]);
    expect(l.table.rows.at(-1)).to.deep.equal(['Tổng', '33', '100,0%']);
  });

  it('groups the smallest beyond max-bars into "Other"', () => {
    const data: SectorBreakdownData = {
      items: [5, 4, 3, 2, 1].map((v, i) => ({ id: `i${i}`, label: `L${i}`, value: v })),
    };
    const l = layoutSectorBreakdown(data, 600, 'en', { order: 'value', maxBars: 3 });
    expect(l.marks.map((m) => m.key)).to.deep.equal(['i0', 'i1', '__other']);
    expect(l.marks[2].lines.join(' ')).to.equal('Other (3 groups)');
    expect(l.marks[2].valueText).to.equal('6 (40.0%)');
    expect(l.table.rows.length).to.equal(6); // every item plus the total
  });

  it('builds the data table when it is first read, once, with every item and the total', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, label: `G${i}`, value: i + 1 }));
    const layout = layoutSectorBreakdown({ title: 'T', unit: 'sp', items, total: 125250 }, 600, 'en');
    // A getter: a chart of 30 bars from 500 items formats no table until the table is opened or saved.
    expect(typeof Object.getOwnPropertyDescriptor(layout, 'table')!.get).to.equal('function');
    expect(layout.marks).to.have.length(30);
    const table = layout.table;
    expect(layout.table).to.equal(table);
    expect(table.rows).to.have.length(501);
    expect(table.rows[0]).to.deep.equal(['G0', '1', '0.0%']);
    expect(table.rows[499]).to.deep.equal(['G499', '500', '0.4%']);
    expect(table.rows[500]).to.deep.equal(['Total', '125,250', '100.0%']);
  });

  it('shows a missing value as missing, not as zero', () => {
    const data: SectorBreakdownData = {
      items: [
        { id: 'a', label: 'A', value: 2 },
        { id: 'b', label: 'B', value: null },
      ],
    };
    const l = layoutSectorBreakdown(data, 600, 'vi', { order: 'value', maxBars: 30 });
    const b = l.marks.find((m) => m.key === 'b')!;
    expect(b.missing).to.equal(true);
    expect(b.barWidth).to.equal(0);
    expect(b.valueText).to.equal('không có số liệu');
    expect(l.summary).to.contain('Không có số liệu cho B.');
  });

  it('flags parts that do not add up to the stated total, drawing them as given', () => {
    // Three integers can be off by 1.5 through rounding alone: 4 against 6 is a real gap.
    const l = layoutSectorBreakdown({ ...small, total: 6 }, 600, 'en', { order: 'value', maxBars: 30 });
    expect(l.notices).to.deep.equal([
      'Note: the parts add up to 4\u00a0sp, not the stated total of 6\u00a0sp. Figures are shown as published.',
    ]);
    expect(l.marks[0].valueText).to.equal('3 (50.0%)');
  });

  it('says the breakdown is not published and invents no split', async () => {
    const data = await loadJson<SectorBreakdownData>('data-schemas/examples/sector-breakdown-cumulative.json');
    const l = layoutSectorBreakdown(data, 800, 'en', { order: 'value', maxBars: 30 });
    expect(l.headline?.text).to.equal('196\u00a0products');
    expect(l.marks.every((m) => m.missing && m.barWidth === 0)).to.equal(true);
    expect(l.marks.map((m) => m.valueText)).to.deep.equal(Array(8).fill('not published'));
  });

  it('lays a not-published breakdown out compactly: one line a group, 6 px apart: eight groups in under 200 px at 360 px (was 404)', async () => {
    const data = await loadJson<SectorBreakdownData>('data-schemas/examples/sector-breakdown-cumulative.json');
    const l = layoutSectorBreakdown(data, 360, 'vi', { order: 'value', maxBars: 30 });
    for (const [i, m] of l.marks.entries()) {
      expect(m.rowHeight).to.equal(m.lines.length * 18);
      if (i) expect(m.rowY - (l.marks[i - 1].rowY + l.marks[i - 1].rowHeight)).to.equal(6);
      expect(m.label).to.match(/: chưa công bố$/);
    }
    expect(l.height - l.marks[0].rowY).to.be.below(200);
  });

  it('writes the summary in both languages', async () => {
    const data = await loadJson<SectorBreakdownData>('data-schemas/examples/sector-breakdown.json');
    expect(layoutSectorBreakdown(data, 800, 'vi').summary).to.equal(
      'Sản phẩm công nghiệp chủ lực Hà Nội năm 2022 theo nhóm ngành: 8 nhóm, tổng cộng 33\u00a0sản phẩm. ' +
        'Lớn nhất là Dệt may, da giầy: 8 trên tổng số 33\u00a0sản phẩm (24,2%). ' +
        'Nhỏ nhất là Thủ công mỹ nghệ: 1 trên tổng số 33\u00a0sản phẩm (3,0%).',
    );
    expect(layoutSectorBreakdown(data, 800, 'en').summary).to.equal(
      "Hanoi's key industrial products recognised in 2022, by industry group: 8 groups, 33\u00a0products in total. " +
        'The largest is Textiles, garments, leather and footwear: 8 of 33\u00a0products (24.2%). ' +
        'The smallest is Handicrafts: 1 of 33\u00a0products (3.0%).',
    );
  });
});
