import { expect } from '@open-wc/testing';
import { line } from 'd3-shape';
import { layoutKpi } from '../src/charts/kpi/kpi.layout.js';
import { uiStrings } from '../src/core/i18n.js';
import type { KpiData, KpiFigure } from '../src/charts/kpi/kpi.types.js';
import { loadJson } from './helpers.js';

const NB = '\u00a0';
const one = (f: Partial<KpiFigure>, n = 1): KpiData => ({
  figures: Array.from({ length: n }, (_, i) => ({ id: `f${i}`, label: 'A', value: 1, ...f })),
});

describe('kpi layout', () => {
  it('reflows: one column on a phone, five in a row at 1200 px, never more columns than figures', async () => {
    const example = await loadJson<KpiData>('data-schemas/examples/kpi.json');
    // columns = floor((width + 12) / (200 + 12)), at most the figure count (CSS auto-fit)
    expect(layoutKpi(example, 360, 'vi').columns).to.equal(1);
    expect(layoutKpi(example, 360, 'vi').cardWidth).to.equal(360);
    expect(layoutKpi(example, 411, 'vi').columns).to.equal(1);
    expect(layoutKpi(example, 412, 'vi').columns).to.equal(2);
    expect(layoutKpi(example, 640, 'vi').columns).to.equal(3);
    expect(layoutKpi(example, 640, 'vi').cardWidth).to.equal(205.3); // (640 - 2 × 12) / 3
    const wide = layoutKpi(example, 1200, 'vi');
    expect(wide.columns).to.equal(5);
    expect(wide.cardWidth).to.equal(230.4); // (1200 - 4 × 12) / 5
    expect(layoutKpi(one({}, 12), 2000, 'vi').columns).to.equal(9);
    expect(layoutKpi(one({}, 1), 1200, 'vi').columns).to.equal(1);
  });

  it('draws the progress bar and the target range in card pixels', () => {
    const data = one({ value: 19, unit: 'cụm', progress: { value: 19, total: 43, target: { min: 10, max: 20 } } });
    const l = layoutKpi(data, 360, 'vi');
    const p = l.marks[0].progress!;
    // content width = 360 - 2 × 15 = 330 px; 19/43 of it = 145.8; target 10–20 → 76.7–153.5
    expect(p.width).to.equal(330);
    expect(p.done).to.equal(145.8);
    // a bracket under the bar from 76.7 to 153.5 px, ticks at both ends
    expect(p.target).to.equal('M76.7,0h2v11H151.5V0h2v15H76.7Z');
    expect(p.text).to.equal(''); // the headline says 19/43 already
    expect(p.targetText).to.equal('Mục tiêu: 10–20');
    // the ends labelled under the bracket; ends too close to part share one label; at the edges, kept inside
    expect(p.targetLabels).to.deep.equal([
      { x: 76.7, text: '10', anchor: 'middle' },
      { x: 153.5, text: '20', anchor: 'middle' },
    ]);
    const close = layoutKpi(one({ value: 1, progress: { value: 1, total: 43, target: { min: 10, max: 11 } } }), 360, 'vi');
    expect(close.marks[0].progress!.targetLabels).to.deep.equal([{ x: 80.6, text: '10–11', anchor: 'middle' }]);
    const edges = layoutKpi(one({ value: 1, progress: { value: 1, total: 43, target: { min: 0, max: 43 } } }), 360, 'vi');
    expect(edges.marks[0].progress!.targetLabels).to.deep.equal([
      { x: 0, text: '0', anchor: 'start' },
      { x: 330, text: '43', anchor: 'end' },
    ]);
    expect(l.marks[0].number).to.equal('19/43');
    expect(l.marks[0].unit).to.equal('cụm');
    expect(l.marks[0].label).to.equal(`A: 19 trên 43${NB}cụm, mục tiêu 10–20`);
    const en = layoutKpi(data, 360, 'en').marks[0];
    expect(en.label).to.equal(`A: 19 of 43${NB}cụm, target 10–20`);
  });

  it('lets the last card span the cells its row leaves empty, its bar and sparkline as wide', () => {
    const five = { figures: [1, 2, 3, 4, 5].map((v) => ({ id: `f${v}`, label: 'A', value: v, trend: [1, 2] })) };
    // 800 px: 3 columns of 258.7 px; 5 cards leave one cell: the last spans 2 (2 × 258.7 + 12 − 30 = 499.4 px inside)
    const l = layoutKpi(five, 800, 'vi');
    expect([l.columns, l.lastSpan]).to.deep.equal([3, 2]);
    expect(l.marks.map((m) => m.spark!.width)).to.deep.equal([228.7, 228.7, 228.7, 228.7, 499.4]);
    expect(layoutKpi(five, 1200, 'vi').lastSpan).to.equal(1);
    expect(layoutKpi(five, 360, 'vi').lastSpan).to.equal(1);
  });

  it('keeps a progress of something else apart from the headline', () => {
    const data = one({ value: 1200, unit: 'tỷ đồng', progress: { value: 12, total: 20, label: 'dự án hoàn thành' } });
    const m = layoutKpi(data, 360, 'vi').marks[0];
    expect(m.number).to.equal('1.200');
    expect(m.progress!.text).to.equal(`12/20${NB}dự án hoàn thành`);
    expect(m.progress!.targetText).to.equal('');
    expect(m.progress!.target).to.equal(undefined);
    // a one-value target is a 4 px mark: 15/20 of 330 = 247.5 px
    const single = layoutKpi(one({ value: 1, progress: { value: 12, total: 20, target: { min: 15, max: 15 } } }), 360, 'en').marks[0];
    expect(single.progress!.target).to.equal('M245.5,0h2v11H247.5V0h2v15H245.5Z');
    expect(single.progress!.targetText).to.equal('Target: 15');
    expect(m.label).to.equal(`A: 1.200${NB}tỷ đồng, 12 trên 20${NB}dự án hoàn thành`);
  });

  it('draws a sparkline (the path of d3-shape line), oldest point left, last point marked', () => {
    const l = layoutKpi(one({ trend: [1, 3, 2] }), 360, 'vi');
    const s = l.marks[0].spark!;
    // x: 3 … 327 (330 wide, 3 px inset); y: 29 (lowest) … 3 (highest)
    expect(s.width).to.equal(330);
    expect(s.height).to.equal(32);
    expect(s.path).to.equal('M3,29L165,3L327,16');
    expect([s.x, s.y]).to.deep.equal([327, 16]);
    // the same path as d3-shape's line() through the same points
    const trend = [4.5, -2, 10, 10, 3.25, 0];
    const got = layoutKpi(one({ trend }), 500, 'vi').marks[0].spark!;
    const sx = (i: number) => Math.round((3 + (i * (470 - 6)) / 5) * 10) / 10;
    const sy = (v: number) => Math.round((29 - ((v + 2) / 12) * 26) * 10) / 10;
    expect(got.path).to.equal(
      line<number>()
        .x((_, i) => sx(i))
        .y(sy)(trend),
    );
    const flat = layoutKpi(one({ trend: [5, 5] }), 360, 'vi').marks[0].spark!;
    expect(flat.path).to.equal('M3,16L327,16');
    expect(l.table.columns.map((c) => c.label)).to.deep.equal(['Chỉ số', 'Giá trị', 'Thay đổi', 'Thời gian', 'Xu hướng']);
    expect(l.table.rows[0]).to.deep.equal(['A', '1', '', '', '1; 3; 2']);
  });

  it('says up, down and unchanged in words, with arrows and tones', () => {
    const change = (value: number, kind: 'percent' | 'absolute', direction?: 'up-good' | 'up-bad' | 'neutral') =>
      layoutKpi(
        one({ value: 22900, compact: true, unit: 'doanh nghiệp', change: { value, kind, comparison: 'so với cùng kỳ', direction } }),
        360,
        'vi',
      ).marks[0];
    const down = change(-1.5, 'percent', 'up-good');
    expect(down.change).to.deep.equal({ arrow: '▼', text: '-1,5%', comparison: 'so với cùng kỳ', tone: 'bad' });
    expect(down.label).to.equal(`A: 22,9 nghìn${NB}doanh nghiệp, giảm 1,5% so với cùng kỳ`);
    expect(change(-1.5, 'percent', 'up-bad').change!.tone).to.equal('good');
    expect(change(2, 'percent', 'up-bad').change!.tone).to.equal('bad');
    expect(change(2, 'percent').change!.tone).to.equal('neutral');
    const same = change(0, 'percent', 'up-good');
    expect(same.change).to.deep.equal({ arrow: '', text: '0%', comparison: 'so với cùng kỳ', tone: 'neutral' });
    expect(same.label).to.equal(`A: 22,9 nghìn${NB}doanh nghiệp, không đổi so với cùng kỳ`);
    const abs = change(1500, 'absolute', 'up-good');
    expect(abs.change!.text).to.equal(`+1,5 nghìn${NB}doanh nghiệp`);
    expect(abs.label).to.equal(`A: 22,9 nghìn${NB}doanh nghiệp, tăng 1,5 nghìn${NB}doanh nghiệp so với cùng kỳ`);
    const absDown = change(-450, 'absolute');
    expect(absDown.change!.text).to.equal(`-450${NB}doanh nghiệp`);
    expect(absDown.change!.arrow).to.equal('▼');
  });

  it('reads a percent-change headline as a change, in both directions', () => {
    const fig = (value: number): Partial<KpiFigure> => ({
      value,
      format: 'percent-change',
      comparison: { vi: 'so với cùng kỳ', en: 'year on year' },
      direction: 'up-good',
    });
    const up = layoutKpi(one(fig(3.93)), 360, 'en').marks[0];
    expect([up.arrow, up.number, up.unit, up.tone, up.comparison]).to.deep.equal(['▲', '+3.93%', '', 'good', 'year on year']);
    const down = layoutKpi(one(fig(-0.5)), 360, 'vi').marks[0];
    expect([down.arrow, down.number, down.tone]).to.deep.equal(['▼', '-0,5%', 'bad']);
    expect(down.label).to.equal('A: giảm 0,5% so với cùng kỳ');
  });

  it('shows a missing value as missing, never as zero', () => {
    const data = one({ value: null, compact: true, unit: 'đồng', period: '2023', detail: 'của 132 doanh nghiệp' });
    const vi = layoutKpi(data, 360, 'vi');
    expect(vi.marks[0].missing).to.equal(true);
    expect(vi.marks[0].number).to.equal('không có số liệu');
    expect(vi.marks[0].unit).to.equal('');
    expect(vi.marks[0].label).to.equal('A: không có số liệu, của 132 doanh nghiệp, 2023');
    expect(vi.table.rows[0][1]).to.equal('không có số liệu, của 132 doanh nghiệp');
    expect(layoutKpi(data, 360, 'en').marks[0].label).to.equal('A: no data, của 132 doanh nghiệp, 2023');
  });

  it('keeps every digit given (compact never rounds)', () => {
    const m = layoutKpi(one({ value: 1234567, compact: true }), 360, 'vi').marks[0];
    expect(m.number).to.equal('1,234567');
    expect(m.unit).to.equal('triệu');
    expect(layoutKpi(one({ value: 999 }), 360, 'en').marks[0].number).to.equal('999');
    expect(layoutKpi(one({ value: 22900.5 }), 360, 'en').marks[0].number).to.equal('22,900.5');
  });

  it('has the same string keys in vi and en', () => {
    expect(Object.keys(uiStrings('vi').kpi)).to.deep.equal(Object.keys(uiStrings('en').kpi));
    expect(uiStrings('vi-VN').kpi).to.equal(uiStrings('vi').kpi);
    expect(uiStrings('de').kpi).to.equal(uiStrings('en').kpi);
  });
});
