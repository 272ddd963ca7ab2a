import { expect } from '@open-wc/testing';
import { layoutFdiComposition } from '../src/charts/fdi-composition/fdi-composition.layout-all.js';
import { ring } from '../src/charts/fdi-composition/fdi-composition.donut.js';
import type { FdiCompositionData } from '../src/charts/fdi-composition/fdi-composition.types.js';
import { loadJson } from './helpers.js';

const NB = '\u00a0';

/** Two parts, 1 and 3: a quarter and three quarters. */
const small: FdiCompositionData = {
  unit: 'tr',
  components: [
    { id: 'a', label: 'An', capital: 1, count: 2, countUnit: 'dự án' },
    { id: 'b', label: 'Bê', capital: 3 },
  ],
};

let hanoi: FdiCompositionData;
before(async () => {
  hanoi = await loadJson<FdiCompositionData>('data-schemas/examples/fdi-composition.json');
});

/** The figures of every row as one string, in order. */
const figures = (l: ReturnType<typeof layoutFdiComposition>) =>
  l.marks.map((m) => m.figures.map((f) => f.spans.map((s) => s.text).join('')).join(' | '));

describe('fdi-composition layout: Hanoi, first 9 months of 2023', () => {
  it('computes the exact shares, capital and counts in vi', () => {
    const l = layoutFdiComposition(hanoi, 800, 'vi');
    expect(l.marks.map((m) => m.cells[1])).to.deep.equal(['10,7%', '8,5%', '80,8%']);
    expect(l.marks.map((m) => m.cells[0])).to.deep.equal([`270${NB}triệu USD`, `215${NB}triệu USD`, `2.041${NB}triệu USD`]);
    expect(l.marks.map((m) => m.cells[2])).to.deep.equal([`305${NB}dự án`, `130${NB}dự án`, `252${NB}lượt`]);
    expect(l.totalText).to.equal(`2.526${NB}triệu USD`);
    expect(l.caption).to.deep.equal(['Tổng 9 tháng đầu năm 2023']);
    expect(l.notices).to.deep.equal([]);
  });

  it('computes the exact shares, capital and counts in en', () => {
    const l = layoutFdiComposition(hanoi, 800, 'en');
    expect(l.marks.map((m) => m.cells[1])).to.deep.equal(['10.7%', '8.5%', '80.8%']);
    expect(l.marks.map((m) => m.cells[0])).to.deep.equal([`270${NB}million USD`, `215${NB}million USD`, `2,041${NB}million USD`]);
    expect(l.marks.map((m) => m.cells[2])).to.deep.equal([`305${NB}projects`, `130${NB}projects`, `252${NB}transactions`]);
    expect(l.totalText).to.equal(`2,526${NB}million USD`);
    expect(l.caption).to.deep.equal(['Total, first 9 months of 2023']);
  });

  it('splits a 360 px bar in proportion, in the publisher order, with no gap lost', () => {
    const l = layoutFdiComposition(hanoi, 360, 'vi');
    // 270/2526 × 360 = 38.48; 215/2526 × 360 = 30.64; 2041/2526 × 360 = 290.88
    expect(l.marks.map((m) => m.key)).to.deep.equal(['new', 'increase', 'contributions']);
    expect(l.marks.map((m) => m.segX)).to.deep.equal([0, 38.5, 69.1]);
    expect(l.marks.map((m) => m.segWidth)).to.deep.equal([38.5, 30.6, 290.9]);
    expect(l.bar).to.deep.equal({ y: 54, height: 32, trackWidth: undefined });
    // On a phone the figures go under each label, so the 8.5% part is as readable as the 80.8% one.
    expect(l.mode).to.equal('stacked');
    expect(figures(l)).to.deep.equal([
      `270${NB}triệu USD · 10,7% · 305${NB}dự án`,
      `215${NB}triệu USD · 8,5% · 130${NB}dự án`,
      `2.041${NB}triệu USD · 80,8% · 252${NB}lượt`,
    ]);
    expect(l.marks.map((m) => [m.rowY, m.labelY, m.figures[0].y, m.rowHeight])).to.deep.equal([
      [98, 118, 136, 50],
      [148, 168, 186, 50],
      [198, 218, 236, 50],
    ]);
    expect(l.height).to.equal(248);
  });

  it('wraps the figures between pieces, never inside one, in a narrow column', () => {
    const l = layoutFdiComposition(hanoi, 300, 'en');
    const last = l.marks[2];
    expect(last.lines).to.deep.equal(['Capital contributions and share', 'purchases']);
    expect(last.figures.map((f) => f.spans.map((s) => s.text))).to.deep.equal([
      [`2,041${NB}million USD`, ' · 80.8%'],
      [`252${NB}transactions`],
    ]);
    expect(last.figures.map((f) => f.y)).to.deep.equal([last.labelY + 36, last.labelY + 54]);
    expect(last.rowHeight).to.equal(4 * 18 + 14);
  });

  it('writes the summary naming the largest and the smallest part, in vi and en', () => {
    expect(layoutFdiComposition(hanoi, 800, 'vi').summary).to.equal(
      'Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút vào Hà Nội, 9 tháng đầu năm 2023: tổng 2.526\u00a0triệu USD, gồm 3 phần. ' +
        'Lớn nhất là Góp vốn, mua cổ phần: 2.041\u00a0triệu USD (80,8%), 252\u00a0lượt. ' +
        'Nhỏ nhất là Bổ sung tăng vốn: 215\u00a0triệu USD (8,5%), 130\u00a0dự án.',
    );
    expect(layoutFdiComposition(hanoi, 800, 'en').summary).to.equal(
      'Foreign direct investment (FDI) attracted to Hanoi, first 9 months of 2023: 2,526\u00a0million USD in total, made up of 3 parts. ' +
        'The largest is Capital contributions and share purchases: 2,041\u00a0million USD (80.8%), 252\u00a0transactions. ' +
        'The smallest is Capital increases to existing projects: 215\u00a0million USD (8.5%), 130\u00a0projects.',
    );
  });

  it('gives every mark an accessible label with capital, share and count', () => {
    expect(layoutFdiComposition(hanoi, 800, 'vi').marks.map((m) => m.label)).to.deep.equal([
      `Đăng ký cấp mới: 270${NB}triệu USD, 10,7%, 305${NB}dự án`,
      `Bổ sung tăng vốn: 215${NB}triệu USD, 8,5%, 130${NB}dự án`,
      `Góp vốn, mua cổ phần: 2.041${NB}triệu USD, 80,8%, 252${NB}lượt`,
    ]);
  });

  it('builds the table: component, capital (unit), share, count, and a total row without a count', () => {
    const t = layoutFdiComposition(hanoi, 800, 'en').table;
    expect(t.caption).to.equal('Foreign direct investment (FDI) attracted to Hanoi, first 9 months of 2023');
    expect(t.columns.map((c) => c.label)).to.deep.equal(['Component', 'Capital (million USD)', 'Share', 'Count']);
    expect(t.rows).to.deep.equal([
      ['New registrations', '270', '10.7%', `305${NB}projects`],
      ['Capital increases to existing projects', '215', '8.5%', `130${NB}projects`],
      ['Capital contributions and share purchases', '2,041', '80.8%', `252${NB}transactions`],
      // Projects and transactions are different things: their counts are not added up.
      ['Total', '2,526', '100.0%', ''],
    ]);
    expect(layoutFdiComposition(hanoi, 800, 'vi').table.columns.map((c) => c.label)).to.deep.equal([
      'Thành phần',
      'Vốn (triệu USD)',
      'Tỷ lệ',
      'Số lượng',
    ]);
  });
});

describe('fdi-composition layout: geometry of small inputs', () => {
  it('places a wide bar and its rows in columns at exact positions', () => {
    const l = layoutFdiComposition(small, 400, 'vi');
    expect(l.mode).to.equal('columns');
    expect(l.caption).to.deep.equal(['Tổng']);
    expect(l.totalY).to.equal(42); // caption line 18 + 22 px total + 2
    expect(l.bar!.y).to.equal(54);
    expect(l.marks.map((m) => [m.segX, m.segWidth])).to.deep.equal([
      [0, 100],
      [100, 300],
    ]);
    // Label column: the longest label "An"/"Bê" is estimated 18.9 px → 19; capital "1 tr" 27.6 → 28.
    // capital right edge 20 + 19 + 16 + 28 = 83; share right edge 83 + 16 + 45 = 144; count at 160.
    expect(l.marks[0].figures.map((f) => [f.x, f.anchor])).to.deep.equal([
      [83, 'end'],
      [144, 'end'],
      [160, 'start'],
    ]);
    expect(l.marks[1].figures.map((f) => f.spans[0].text)).to.deep.equal([`3${NB}tr`, '75,0%', 'không có số liệu']);
    expect(l.marks.map((m) => [m.rowY, m.labelY, m.rowHeight, m.rowWidth])).to.deep.equal([
      [98, 118, 32, 280],
      [130, 150, 32, 280],
    ]);
    expect(l.marks.map((m) => [m.x, m.y])).to.deep.equal([
      [50, 54],
      [250, 54],
    ]);
    expect(l.height).to.equal(162);
  });

  it('draws a donut with exact slice paths and the total in its centre', () => {
    const l = layoutFdiComposition(small, 360, 'en', 'donut');
    expect(l.donut).to.deep.include({ cx: 180, cy: 146, outer: 120, inner: 72, unitLines: ['tr'], track: undefined });
    expect(l.totalText).to.equal('4');
    expect(l.totalSize).to.equal(26);
    // a quarter: 12 o'clock to 3 o'clock; then three quarters back to 12 (large arc).
    expect(l.marks.map((m) => m.path)).to.deep.equal([
      'M180 26A120 120 0 0 1 300 146L252 146A72 72 0 0 0 180 74Z',
      'M300 146A120 120 0 1 1 180 26L180 74A72 72 0 1 0 252 146Z',
    ]);
    // Rows under the ring on a phone.
    expect(l.marks[0].rowY).to.equal(146 + 120 + 12);
    expect(l.marks[0].rowX).to.equal(0);
  });

  it('puts the rows beside a wide donut, centred on it', () => {
    const l = layoutFdiComposition(hanoi, 1200, 'en', 'donut');
    expect(l.donut).to.deep.include({ cx: 120, cy: 146 });
    expect(l.mode).to.equal('columns');
    expect(l.marks.map((m) => m.rowX)).to.deep.equal([272, 272, 272]);
    expect(l.marks[0].rowY).to.equal(146 - (3 * 32) / 2);
    expect(l.height).to.equal(266);
  });

  it('draws one component as the whole bar or the whole ring', () => {
    const one: FdiCompositionData = { unit: 'tr', components: [{ id: 'a', label: 'A', capital: 5 }] };
    const bar = layoutFdiComposition(one, 400, 'vi');
    expect(bar.marks.length).to.equal(1);
    expect([bar.marks[0].segX, bar.marks[0].segWidth, bar.marks[0].cells[1]]).to.deep.equal([0, 400, '100,0%']);
    expect(bar.summary).to.equal(`Biểu đồ: tổng 5${NB}tr, chỉ gồm một phần là A: 5${NB}tr (100,0%).`);
    expect(layoutFdiComposition(one, 400, 'en').summary).to.equal(`Chart: 5${NB}tr in total, from a single part, A: 5${NB}tr (100.0%).`);
    const donut = layoutFdiComposition(one, 360, 'en', 'donut');
    expect(donut.marks[0].path).to.equal(ring(180, 146, 120, 72, 0, 2 * Math.PI));
    expect(donut.marks[0].path).to.equal(
      'M180 26A120 120 0 1 1 180 266A120 120 0 1 1 180 26ZM180 74A72 72 0 1 0 180 218A72 72 0 1 0 180 74Z',
    );
  });

  it('shows a zero part as a row with no segment, and a zero total without shares', () => {
    const zero: FdiCompositionData = {
      components: [
        { id: 'a', label: 'A', capital: 0 },
        { id: 'b', label: 'B', capital: 2 },
      ],
    };
    const l = layoutFdiComposition(zero, 400, 'en');
    expect(l.marks[0].segWidth).to.equal(0);
    expect(l.marks[0].cells[1]).to.equal('0.0%');
    const none = layoutFdiComposition({ components: [{ id: 'a', label: 'A', capital: 0 }] }, 400, 'en', 'donut');
    expect(none.marks[0].cells[1]).to.equal('–');
    expect(none.marks[0].path).to.equal('');
  });

  it('shows a count that is not given as missing when other parts have one', () => {
    const data: FdiCompositionData = { ...small, components: [small.components[0], { ...small.components[1] }] };
    const vi = layoutFdiComposition(data, 400, 'vi');
    expect(vi.marks[1].cells[2]).to.equal('không có số liệu');
    expect(vi.marks[1].label).to.equal(`Bê: 3${NB}tr, 75,0%, số lượng: không có số liệu`);
    expect(vi.table.rows[1]).to.deep.equal(['Bê', '3', '75,0%', 'không có số liệu']);
    const en = layoutFdiComposition(data, 400, 'en');
    expect(en.marks[1].label).to.equal(`Bê: 3${NB}tr, 75.0%, count: no data`);
    expect(en.marks[1].figures.map((f) => f.spans[0].text)).to.deep.equal([`3${NB}tr`, '75.0%', 'no data']);
    // With no counts at all, no count column is drawn.
    const none = layoutFdiComposition({ components: [{ id: 'a', label: 'A', capital: 1 }] }, 400, 'en');
    expect(none.marks[0].figures.length).to.equal(2);
    expect(none.marks[0].label).to.equal('A: 1, 100.0%');
    expect(none.table.columns.map((c) => c.label)).to.deep.equal(['Component', 'Capital', 'Share']);
    expect(none.table.rows).to.deep.equal([
      ['A', '1', '100.0%'],
      ['Total', '1', '100.0%'],
    ]);
  });

  it('keeps every decimal it was given', () => {
    const l = layoutFdiComposition(
      {
        unit: 'tr',
        components: [
          { id: 'a', label: 'A', capital: 100.02 },
          { id: 'b', label: 'B', capital: 79.03 },
        ],
      },
      400,
      'vi',
    );
    expect(l.marks.map((m) => m.cells[0])).to.deep.equal([`100,02${NB}tr`, `79,03${NB}tr`]);
    expect(l.totalText).to.equal(`179,05${NB}tr`);
  });
});

describe('fdi-composition layout: the sum check', () => {
  it('flags parts that do not add up to the stated total, drawing them as given (vi and en)', () => {
    const data = { ...hanoi, total: 2600 };
    const vi = layoutFdiComposition(data, 360, 'vi');
    expect(vi.notices).to.deep.equal([
      `Lưu ý: tổng các phần (2.526${NB}triệu USD) khác tổng công bố (2.600${NB}triệu USD). Số liệu được thể hiện đúng như công bố.`,
    ]);
    const en = layoutFdiComposition(data, 360, 'en');
    expect(en.notices).to.deep.equal([
      `Note: the parts add up to 2,526${NB}million USD, not the stated total of 2,600${NB}million USD. Figures are shown as published.`,
    ]);
    // Parts keep their own sizes on a scale of the larger figure (2,600): nothing is stretched to fill the bar.
    expect(vi.marks.map((m) => m.segWidth)).to.deep.equal([37.4, 29.8, 282.6]);
    expect(vi.bar!.trackWidth).to.equal(360);
    // Shares are of the stated total, as published.
    expect(vi.marks.map((m) => m.cells[1])).to.deep.equal(['10,4%', '8,3%', '78,5%']);
    expect(vi.marks.map((m) => m.cells[0])).to.deep.equal([`270${NB}triệu USD`, `215${NB}triệu USD`, `2.041${NB}triệu USD`]);
    expect(vi.totalText).to.equal(`2.600${NB}triệu USD`);
  });

  it('flags a stated total smaller than its parts, marking where it ends', () => {
    const l = layoutFdiComposition({ ...small, total: 2 }, 400, 'en', 'bar');
    expect(l.notices.length).to.equal(1);
    expect(l.marks.map((m) => m.segWidth)).to.deep.equal([100, 300]);
    expect(l.bar!.trackWidth).to.equal(200);
    const donut = layoutFdiComposition({ ...small, total: 2 }, 360, 'en', 'donut');
    expect(donut.donut!.track).to.equal('M180 26A120 120 0 0 1 180 266L180 218A72 72 0 0 0 180 74Z');
  });

  it('stays quiet within rounding: parts 179.05 against a stated 179.04', () => {
    const data: FdiCompositionData = {
      total: 179.04,
      components: [
        { id: 'a', label: 'A', capital: 100.02 },
        { id: 'b', label: 'B', capital: 79.03 },
      ],
    };
    const l = layoutFdiComposition(data, 400, 'vi');
    expect(l.notices).to.deep.equal([]);
    expect(l.bar!.trackWidth).to.equal(undefined);
  });
});
