import { expect } from '@open-wc/testing';
import { uiStrings } from '../src/core/i18n.js';
import { checkTrend } from '../src/charts/trend/trend.check.js';
import { layoutTrend } from '../src/charts/trend/trend.layout.js';
import { parsePeriod, periodName, thinLabels } from '../src/charts/trend/trend.periods.js';
import type { TrendData } from '../src/charts/trend/trend.types.js';
import { loadJson } from './helpers.js';

let quarters: TrendData;
before(async () => {
  quarters = await loadJson('data-schemas/examples/trend.json');
});

/** Two series of monthly changes: a gap (November), estimates (December) and an annotated month. */
const months: TrendData = {
  series: [
    {
      id: 'a',
      label: 'Tháng trước',
      kind: 'change-previous',
      points: [
        { period: '2023-09', value: 1.2 },
        { period: '2023-10', value: -0.5 },
        { period: '2023-11', value: null },
        { period: '2023-12', value: 1.7, estimate: true },
      ],
    },
    {
      id: 'b',
      label: 'Cùng kỳ',
      kind: 'change-year',
      points: [
        { period: '2023-10', value: 3.1 },
        { period: '2023-11', value: 4.6 },
        { period: '2023-12', value: 4.4, estimate: true },
      ],
    },
  ],
  annotations: [{ period: '2023-10', label: 'Lễ' }],
};

const level: TrendData = {
  series: [
    {
      id: 'i',
      label: 'IIP',
      kind: 'level',
      unit: 'điểm',
      points: [
        { period: '2021', value: 100 },
        { period: '2022', value: 103.5 },
        { period: '2023', value: 102.1 },
      ],
    },
  ],
};

describe('trend layout: one series of quarterly changes as columns', () => {
  it('places columns from the zero line at exact positions (640 px, vi)', () => {
    const l = layoutTrend(quarters, 640, 'vi');
    expect(l.mode).to.equal('columns');
    // Tick labels "+5%" are ~25.8 px at 12 px: the plot starts at ceil + 8 = 34 px; 4 quarters share 606 px.
    expect(l.plot).to.deep.equal({ x: 34, y: 22, width: 606, height: 260 });
    expect(l.caption).to.equal('IIP so với cùng kỳ (%)');
    expect(l.zeroY).to.equal(282);
    expect(l.yTicks.map((t) => `${t.text}@${t.y}`)).to.deep.equal(['0%@282', '+1%@233.6', '+2%@185.2', '+3%@136.8', '+4%@88.4', '+5%@40']);
    expect(l.xLabels.map((x) => `${x.text}@${x.x},${x.y}`)).to.deep.equal([
      'Quý 1/2023@109.8,298',
      'Quý 2/2023@261.3,298',
      'Quý 3/2023@412.8,298',
      'Quý 4/2023@564.3,298',
    ]);
    expect(l.marks.map((m) => [m.boxX, m.boxY, m.boxWidth, m.boxHeight, m.labelY])).to.deep.equal([
      [81.8, 238.4, 56, 43.6, 233.4],
      [233.3, 102.9, 56, 179.1, 97.9],
      [384.8, 136.8, 56, 145.2, 131.8],
      [536.3, 73.9, 56, 208.1, 68.9],
    ]);
    // The publisher's one decimal is kept (+3,0%, not +3%); the latest (Q4) is emphasised.
    expect(l.marks.map((m) => m.valueText)).to.deep.equal(['+0,9%', '+3,7%', '+3,0%', '+4,3%']);
    expect(l.marks.map((m) => m.latest)).to.deep.equal([false, false, false, true]);
    expect(l.marks[3].label).to.equal('Quý 4/2023, IIP so với cùng kỳ: +4,3%, ước tính');
    expect(l.marks[3].tooltip).to.deep.equal(['Quý 4/2023', 'IIP so với cùng kỳ: +4,3%', 'ước tính']);
    expect(l.notices).to.deep.equal(['Số ước tính được vẽ nhạt hơn.']);
    expect(l.height).to.equal(304);
  });

  it('says what the series does, exactly (vi and en)', () => {
    expect(layoutTrend(quarters, 640, 'vi').summary).to.equal(
      'IIP so với cùng kỳ: 4 quý, từ Quý 1/2023 đến Quý 4/2023. Tăng so với cùng kỳ ở 4 trên 4 quý. ' +
        'Tốc độ tăng cao nhất là Quý 4/2023 (+4,3%, ước tính), thấp nhất là Quý 1/2023 (+0,9%). ' +
        'Mới nhất, Quý 4/2023: +4,3% (ước tính). Tốc độ tăng đi từ +0,9% (Quý 1/2023) lên +4,3% (Quý 4/2023).',
    );
    expect(layoutTrend(quarters, 640, 'en').summary).to.equal(
      'IIP, year on year: 4 quarters, Q1 2023 to Q4 2023. It rose year on year in 4 of 4 quarters. ' +
        'The highest growth rate was Q4 2023 (+4.3%, estimate), the lowest Q1 2023 (+0.9%). ' +
        'The latest, Q4 2023: +4.3% (estimate). The growth rate went up from +0.9% in Q1 2023 to +4.3% in Q4 2023.',
    );
  });

  it('uses short period names on a phone (360 px, en)', () => {
    const l = layoutTrend(quarters, 360, 'en');
    expect(l.plot).to.deep.equal({ x: 34, y: 22, width: 326, height: 200 });
    expect(l.xLabels.map((x) => `${x.text}@${x.x}`)).to.deep.equal(['Q1 ’23@74.8', 'Q2 ’23@156.3', 'Q3 ’23@237.8', 'Q4 ’23@319.3']);
    expect(l.marks.map((m) => m.valueText)).to.deep.equal(['+0.9%', '+3.7%', '+3.0%', '+4.3%']);
  });

  it('tabulates a period column and the series with its unit (vi and en)', () => {
    expect(layoutTrend(quarters, 640, 'vi').table).to.deep.equal({
      caption: 'Chỉ số sản xuất công nghiệp Hà Nội năm 2023, theo quý',
      columns: [{ label: 'Thời gian' }, { label: 'IIP so với cùng kỳ (%)', numeric: true }],
      rows: [
        ['Quý 1/2023', '+0,9'],
        ['Quý 2/2023', '+3,7'],
        ['Quý 3/2023', '+3,0'],
        ['Quý 4/2023', '+4,3 (ước tính)'],
      ],
    });
    expect(layoutTrend(quarters, 640, 'en').table.rows.at(-1)).to.deep.equal(['Q4 2023', '+4.3 (estimate)']);
  });
});

describe('trend layout: lines, gaps, estimates and annotations', () => {
  it('draws each series as a line broken at the gap, dashed into estimates, named at its end (600 px, vi)', () => {
    const l = layoutTrend(months, 600, 'vi');
    expect(l.mode).to.equal('lines');
    expect(l.plot).to.deep.equal({ x: 34, y: 22, width: 396, height: 260 });
    expect(l.zeroY).to.equal(239.7);
    expect(l.lines.map((x) => [x.path, x.estimatePath])).to.deep.equal([
      ['M83.5,188.9L182.5,260.8M380.5,167.7', ''],
      ['M182.5,108.4L281.5,44.9M380.5,53.4', 'M281.5,44.9L380.5,53.4'],
    ]);
    expect(l.lines.map((x) => x.end)).to.deep.equal([
      { x: 388.5, y: 167.7, value: '+1,7%', lines: ['Tháng trước'] },
      { x: 388.5, y: 53.4, value: '+4,4%', lines: ['Cùng kỳ'] },
    ]);
    expect(l.annotations).to.deep.equal([{ x: 133, width: 99, labelX: 135, labelY: 12, text: 'Lễ' }]);
    // September (first), October (annotated) and December (last) are written; October on a second row.
    expect(l.xLabels.map((x) => `${x.text}@${x.x},${x.y}`)).to.deep.equal([
      'Tháng 9/2023@83.5,298',
      'Tháng 10/2023@182.5,316',
      'Tháng 12/2023@380.5,298',
    ]);
    const gap = l.marks.find((m) => m.key === 'a:2023-11')!;
    expect([gap.missing, gap.valueText, gap.label]).to.deep.equal([
      true,
      'không có số liệu',
      'Tháng 11/2023, Tháng trước: không có số liệu',
    ]);
    expect(l.marks.length).to.equal(7);
  });

  it('tells a growth rate as a rate and names the gap (vi and en)', () => {
    expect(layoutTrend(months, 600, 'vi').summary).to.equal(
      'Tháng trước: 4 tháng, từ Tháng 9/2023 đến Tháng 12/2023. Tăng so với kỳ trước ở 2 trên 3 tháng. ' +
        'Tốc độ tăng cao nhất là Tháng 12/2023 (+1,7%, ước tính), thấp nhất là Tháng 10/2023 (-0,5%). ' +
        'Mới nhất, Tháng 12/2023: +1,7% (ước tính). Tốc độ tăng đi từ +1,2% (Tháng 9/2023) lên +1,7% (Tháng 12/2023). ' +
        'Không có số liệu cho Tháng 11/2023. ' +
        'Cùng kỳ: 3 tháng, từ Tháng 10/2023 đến Tháng 12/2023. Tăng so với cùng kỳ ở 3 trên 3 tháng. ' +
        'Tốc độ tăng cao nhất là Tháng 11/2023 (+4,6%), thấp nhất là Tháng 10/2023 (+3,1%). ' +
        'Mới nhất, Tháng 12/2023: +4,4% (ước tính). Tốc độ tăng đi từ +3,1% (Tháng 10/2023) lên +4,4% (Tháng 12/2023).',
    );
    const en = layoutTrend(months, 360, 'en');
    expect(en.summary.split('. ').slice(0, 6).join('. ')).to.equal(
      'Tháng trước: 4 months, Sep 2023 to Dec 2023. It rose on the previous period in 2 of 3 months. ' +
        'The highest growth rate was Dec 2023 (+1.7%, estimate), the lowest Oct 2023 (-0.5%). ' +
        'The latest, Dec 2023: +1.7% (estimate). The growth rate went up from +1.2% in Sep 2023 to +1.7% in Dec 2023. ' +
        'No data for Nov 2023',
    );
    expect(en.table.rows).to.deep.equal([
      ['Sep 2023', '+1.2', ''],
      ['Oct 2023', '-0.5', '+3.1'],
      ['Nov 2023', 'no data', '+4.6'],
      ['Dec 2023', '+1.7 (estimate)', '+4.4 (estimate)'],
    ]);
  });

  it('draws a level as a line off zero and tells its change as a level (vi and en)', () => {
    const l = layoutTrend(level, 480, 'vi');
    expect(l.zeroY).to.equal(undefined);
    expect(l.caption).to.equal('điểm');
    expect(l.yTicks.map((t) => t.text)).to.deep.equal(['100', '101', '102', '103', '104']);
    expect(l.lines[0].path).to.equal('M90,222L206,52.3L322,120.2');
    expect(l.summary).to.equal(
      'IIP: 3 năm, từ 2021 đến 2023. Tăng so với kỳ trước ở 1 trên 2 năm. Cao nhất là 2022 (103,5\u00a0điểm), thấp nhất là 2021 (100\u00a0điểm). ' +
        'Mới nhất, 2023: 102,1\u00a0điểm. Từ 100\u00a0điểm (2021) lên 102,1\u00a0điểm (2023), +2,1\u00a0điểm.',
    );
    expect(layoutTrend(level, 480, 'en').summary).to.equal(
      'IIP: 3 years, 2021 to 2023. It rose on the previous period in 1 of 2 years. The highest was 2022 (103.5\u00a0điểm), the lowest 2021 (100\u00a0điểm). ' +
        'The latest, 2023: 102.1\u00a0điểm. It rose from 100\u00a0điểm in 2021 to 102.1\u00a0điểm in 2023, +2.1\u00a0điểm.',
    );
  });

  it('thins 24 month labels on a phone but keeps the first, the last and the annotated months', () => {
    const points = Array.from({ length: 24 }, (_, i) => ({
      period: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i % 5,
    }));
    const l = layoutTrend(
      {
        series: [{ id: 'm', label: 'M', kind: 'change-year', points }],
        annotations: [{ period: '2023-02', end: '2023-03', label: 'Tết' }],
      },
      360,
      'vi',
    );
    expect(l.xLabels.map((x) => `${x.text}@${x.y}`)).to.deep.equal(['T1/22@260', 'T6/22@260', 'T2/23@260', 'T3/23@278', 'T12/23@260']);
    expect(l.annotations).to.deep.equal([{ x: 210.6, width: 27.2, labelX: 212.6, labelY: 34, text: 'Tết' }]);
  });
});

describe('trend periods and checks', () => {
  it('names periods long and short in vi and en', () => {
    const names = (lang: string, short: boolean) =>
      ['2023-Q1', '2023-11', '2023'].map((p) => periodName(parsePeriod(p)!, uiStrings(lang), short));
    expect(names('vi', false)).to.deep.equal(['Quý 1/2023', 'Tháng 11/2023', '2023']);
    expect(names('en', false)).to.deep.equal(['Q1 2023', 'Nov 2023', '2023']);
    expect(names('vi', true)).to.deep.equal(['Q1/23', 'T11/23', '2023']);
    expect(names('en', true)).to.deep.equal(['Q1 ’23', 'Nov ’23', '2023']);
  });

  it('thins labels without dropping the first, the last or a kept one', () => {
    expect(thinLabels([0, 10, 20, 30, 40], [30, 30, 30, 30, 30], new Set([3]))).to.deep.equal([
      { i: 0, row: 0 },
      { i: 3, row: 1 },
      { i: 4, row: 0 },
    ]);
    expect(thinLabels([0, 50, 100, 150], [30, 30, 30, 30], new Set())).to.deep.equal([0, 1, 2, 3].map((i) => ({ i, row: 0 })));
  });

  it('locates unsorted, repeated and mixed periods, and a level with a change', () => {
    const doc: TrendData = {
      series: [
        {
          id: 'a',
          label: 'A',
          kind: 'change-year',
          points: [
            { period: '2023-Q2', value: 1 },
            { period: '2023-Q1', value: 2 },
            { period: '2023-Q2', value: 3 },
            { period: '2023-05', value: 4 },
          ],
        },
        { id: 'a', label: 'B', kind: 'level', points: [{ period: '2023-Q1', value: 1 }] },
      ],
      annotations: [{ period: '2023-Q3', end: '2023-Q2', label: 'x' }],
    };
    expect(checkTrend(doc)).to.deep.equal([
      { code: 'errDuplicateId', path: 'series[1].id', params: { id: 'a', other: 'series[0]' } },
      { code: 'errPeriodOrder', path: 'series[0].points[1].period', params: { period: '2023-Q1', previous: '2023-Q2' } },
      { code: 'errPeriodDuplicate', path: 'series[0].points[2].period', params: { period: '2023-Q2', other: 'series[0].points[0]' } },
      { code: 'errPeriodKind', path: 'series[0].points[3].period', params: { period: '2023-05', first: '2023-Q2' } },
      { code: 'errTrendKinds', path: 'series[1].kind' },
      { code: 'errPeriodOrder', path: 'annotations[0].end', params: { period: '2023-Q2', previous: '2023-Q3' } },
    ]);
    expect(checkTrend(quarters)).to.deep.equal([]);
  });
});
