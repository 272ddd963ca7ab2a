import { expect } from '@open-wc/testing';
import { formatDate, layoutFairParticipation } from '../src/charts/fair-participation/fair-participation.layout.js';
import type { FairParticipationData } from '../src/charts/fair-participation/fair-participation.types.js';
import { textWidth } from '../src/core/measure.js';
import { clone, loadJson } from './helpers.js';

let fairs: FairParticipationData;
before(async () => {
  fairs = await loadJson('data-schemas/examples/fair-participation.json');
});

/** [key, barX, barY, barWidth, valueX, valueText] of every mark. */
const geometry = (l: ReturnType<typeof layoutFairParticipation>) =>
  l.marks.map((m) => [m.key, m.barX, m.barY, m.barWidth, m.valueX, m.valueText]);

describe('fair-participation layout', () => {
  it('puts the three 2023 fairs in two side-by-side panels with their own scales (1200 px)', () => {
    const l = layoutFairParticipation(fairs, 1200, 'vi', { sortBy: 'data', maxRows: 100 });
    expect(l.mode).to.equal('side');
    // Name column: 30% of 1200 capped at 300 px; panels start 16 px after it,
    // two panels of (1200 - 316 - 24) / 2 = 430 px with a 24 px gap.
    expect(l.panels.map(({ x, width, max }) => ({ x, width, max }))).to.deep.equal([
      { x: 316, width: 430, max: 250 },
      { x: 770, width: 430, max: 15 },
    ]);
    // Each panel's own scale: its largest value fills the panel less the room
    // of its widest value label ("250": 27 px + 8 → 395; "15": 18 px + 8 → 404).
    expect(geometry(l)).to.deep.equal([
      ['supporting-industries/booths', 316, 24, 395, 717, '250'],
      ['supporting-industries/countries', 770, 24, 269.3, 1045.3, '10'],
      ['machinery-automation/booths', 316, 54, 316, 638, '200'],
      ['machinery-automation/countries', 770, 54, 404, 1180, '15'],
      ['energy-environment/booths', 316, 102, 268.6, 590.6, '170'],
      ['energy-environment/countries', 770, 102, 269.3, 1045.3, '10'],
    ]);
    // The second name wraps to two lines, so the third row starts 36 + 12 px later.
    expect(l.texts.filter((t) => t.cls === 'name').map((t) => [t.y, t.lines])).to.deep.equal([
      [38, ['Hội chợ công nghiệp hỗ trợ']],
      [68, ['Hội chợ sản phẩm công nghiệp, máy', 'móc thiết bị và tự động hóa']],
      [116, ['Hội chợ năng lượng và môi trường 2023']],
    ]);
    expect(l.texts.filter((t) => t.cls === 'head').map((t) => [t.x, t.lines[0]])).to.deep.equal([
      [316, 'Gian hàng'],
      [770, 'Quốc gia tham gia'],
    ]);
    expect(l.axes).to.deep.equal([
      [316, 22, 120],
      [770, 22, 120],
    ]);
    expect(l.rules).to.deep.equal([48, 96]);
    expect(l.height).to.equal(120);
    // Keyboard order is row-major: event by event.
    expect(l.marks.map((m) => m.row)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it('stacks the panels at 360 px, repeating the event names, each panel with its own scale', () => {
    const l = layoutFairParticipation(fairs, 360, 'en', { sortBy: 'data', maxRows: 100 });
    expect(l.mode).to.equal('stacked');
    expect(geometry(l)).to.deep.equal([
      ['supporting-industries/booths', 0, 44, 325, 331, '250'],
      ['supporting-industries/countries', 0, 248, 222.7, 228.7, '10'],
      ['machinery-automation/booths', 0, 112, 260, 266, '200'],
      ['machinery-automation/countries', 0, 316, 334, 340, '15'],
      ['energy-environment/booths', 0, 162, 221, 227, '170'],
      ['energy-environment/countries', 0, 366, 222.7, 228.7, '10'],
    ]);
    expect(l.texts.map((t) => [t.cls, t.y, t.lines.join(' / ')])).to.deep.equal([
      ['head', 14, 'Booths'],
      ['name', 38, 'Supporting industries fair'],
      ['name', 88, 'Industrial products, machinery and automation / fair'],
      ['name', 156, 'Energy and environment fair 2023'],
      ['head', 218, 'Participating countries'],
      ['name', 242, 'Supporting industries fair'],
      ['name', 292, 'Industrial products, machinery and automation / fair'],
      ['name', 360, 'Energy and environment fair 2023'],
    ]);
    expect(l.height).to.equal(384);
    expect(l.axes).to.deep.equal([]);
    // Nothing is wider than the phone.
    for (const m of l.marks) expect(m.valueX + textWidth(m.valueText)).to.be.at.most(360);
  });

  it('names the largest fair on each measure, exactly, in vi and en', () => {
    expect(layoutFairParticipation(fairs, 800, 'vi').summary).to.equal(
      'Hội chợ công nghiệp hỗ trợ có nhiều gian hàng nhất (250\u00a0gian hàng); Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa có nhiều quốc gia tham gia nhất (15\u00a0quốc gia).',
    );
    expect(layoutFairParticipation(fairs, 800, 'en').summary).to.equal(
      'Supporting industries fair had the most booths (250\u00a0booths); Industrial products, machinery and automation fair had the most participating countries (15\u00a0countries).',
    );
  });

  it('names tied fairs together and says when a measure has no figures', () => {
    const data = clone(fairs);
    data.events[0].values.countries = 15;
    data.measures.push({ id: 'visitors', label: { vi: 'Lượt khách', en: 'Visitors' }, unit: { vi: 'lượt khách', en: 'visitors' } });
    expect(layoutFairParticipation(data, 800, 'en').summary).to.equal(
      'Supporting industries fair had the most booths (250\u00a0booths); Supporting industries fair and Industrial products, machinery and automation fair had the most participating countries (15\u00a0countries); no data on visitors.',
    );
  });

  it('labels each mark with the name, value and unit', () => {
    const l = layoutFairParticipation(fairs, 1200, 'vi');
    expect(l.marks[0].label).to.equal('Hội chợ công nghiệp hỗ trợ: 250\u00a0gian hàng');
    expect(l.marks[3].label).to.equal('Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 15\u00a0quốc gia');
    expect(l.marks[0].tooltip).to.deep.equal(['Hội chợ công nghiệp hỗ trợ', 'Gian hàng: 250\u00a0gian hàng']);
  });

  it('shows a missing value as missing: no bar, the missing text, not zero', () => {
    const data = clone(fairs);
    data.events[2].values.countries = null;
    delete (data.events[1].values as Record<string, unknown>).booths;
    for (const lang of ['vi', 'en']) {
      const l = layoutFairParticipation(data, 1200, lang);
      const missing = l.marks.filter((m) => m.missing).map((m) => [m.key, m.valueText, m.barWidth, m.valueX]);
      const text = lang === 'vi' ? 'không có số liệu' : 'no data';
      expect(missing).to.deep.equal([
        ['machinery-automation/booths', text, 0, 322],
        ['energy-environment/countries', text, 0, 776],
      ]);
      expect(l.table.rows.map((r) => r.slice(1))).to.deep.equal([
        ['250', '10'],
        [text, '15'],
        ['170', text],
      ]);
    }
    const l = layoutFairParticipation(data, 1200, 'en');
    expect(l.marks[2].label).to.equal('Industrial products, machinery and automation fair: no data (booths)');
    // The scale of a panel comes from the values there are.
    expect(l.marks[0].barWidth).to.equal(395);
  });

  it('sorts by a measure (largest first, missing last), by date, or keeps the data order', () => {
    const data = clone(fairs);
    data.events[0].values.countries = null;
    data.events[0].date = '2023-11-02';
    data.events[2].date = '2023-03';
    const rows = (sortBy: string) => layoutFairParticipation(data, 1200, 'en', { sortBy, maxRows: 100 }).table.rows.map((r) => r[0]);
    const [a, b, c] = data.events.map((e) => (e.name as Record<string, string>).en);
    expect(rows('countries')).to.deep.equal([b, c, a]);
    expect(rows('booths')).to.deep.equal([a, b, c]);
    expect(rows('date')).to.deep.equal([c, a, b]);
    expect(rows('data')).to.deep.equal([a, b, c]);
    expect(rows('nonsense')).to.deep.equal([a, b, c]);
    // The date column appears once an event has a date.
    const l = layoutFairParticipation(data, 1200, 'vi', { sortBy: 'date', maxRows: 100 });
    expect(l.table.columns.map((col) => col.label)).to.deep.equal(['Hội chợ', 'Thời gian', 'Gian hàng', 'Quốc gia tham gia']);
    expect(l.table.rows.map((r) => r[1])).to.deep.equal(['tháng 3/2023', '02/11/2023', '']);
  });

  it('formats dates in vi and en', () => {
    expect(formatDate('2023-10-05', 'vi')).to.equal('05/10/2023');
    expect(formatDate('2023-10', 'vi')).to.equal('tháng 10/2023');
    expect(formatDate('2023-10-05', 'en')).to.equal('Oct 5, 2023');
    expect(formatDate('2023-10', 'en')).to.equal('Oct 2023');
    expect(formatDate(undefined, 'en')).to.equal('');
  });

  it('puts the unit in a heading only when the label does not say it', () => {
    const data = clone(fairs);
    data.measures.push({ id: 'revenue', label: { vi: 'Doanh thu', en: 'Sales' }, unit: { vi: 'tỷ đồng', en: 'billion VND' } });
    const l = layoutFairParticipation(data, 1200, 'vi');
    expect(l.texts.filter((t) => t.cls === 'head').map((t) => t.lines.join(' '))).to.deep.equal([
      'Gian hàng',
      'Quốc gia tham gia',
      'Doanh thu (tỷ đồng)',
    ]);
  });

  it('draws at most max-rows events and says so; the table keeps every event', () => {
    const events = Array.from({ length: 10000 }, (_, i) => ({
      id: `e${i}`,
      name: `Fair ${i}`,
      values: { booths: i % 300, countries: i % 20 },
    }));
    const data = { ...fairs, events };
    const started = performance.now();
    const l = layoutFairParticipation(data, 1200, 'en', { sortBy: 'booths', maxRows: 100 });
    expect(performance.now() - started).to.be.below(1500);
    expect(l.shown).to.equal(100);
    expect(l.marks.length).to.equal(200);
    expect(l.marks[0].valueText).to.equal('299');
    expect(l.table.rows.length).to.equal(10000);
    expect(l.notices).to.deep.equal(['The chart draws 100 of 10,000 fairs; the data table lists all 10,000.']);
    expect(l.summary).to.contain('The chart draws 100 of 10,000 fairs');
    expect(layoutFairParticipation(data, 1200, 'vi', { sortBy: 'data', maxRows: 100 }).notices).to.deep.equal([
      'Biểu đồ chỉ vẽ 100 trên 10.000 hội chợ; bảng dữ liệu có đủ cả 10.000.',
    ]);
  });
});
