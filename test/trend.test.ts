import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/charts/trend/define.js';
import type { CitystatTrend } from '../src/charts/trend/trend.js';
import { checkSchema } from '../src/core/schema-errors.js';
import type { SchemaNode } from '../src/core/schema.js';
import { expectLocatedMessage, expectNothingThrown } from './bad-input.js';
import { clone, loadJson, marks, mount, mountHtml, openTable, partText, recordEvents } from './helpers.js';
import { strip, undocumented } from './schema-support.js';

type Doc = Record<string, any>;
let example: Doc;

before(async () => {
  example = await loadJson('data-schemas/examples/trend.json');
});

const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));
const expectedVi = [
  'Quý 1/2023, IIP so với cùng kỳ: +0,9%',
  'Quý 2/2023, IIP so với cùng kỳ: +3,7%',
  'Quý 3/2023, IIP so với cùng kỳ: +3,0%',
  'Quý 4/2023, IIP so với cùng kỳ: +4,3%, ước tính',
];

describe('citystat-trend: four sources, one chart', () => {
  it('from the data property, src and an inline script', async () => {
    const el = await mount<CitystatTrend>(html`<citystat-trend lang="vi" .data=${example}></citystat-trend>`);
    expect(labels(el)).to.deep.equal(expectedVi);
    const fromSrc = await mount<CitystatTrend>(html`<citystat-trend lang="vi" src="/data-schemas/examples/trend.json"></citystat-trend>`);
    expect(fromSrc.status).to.equal('ready');
    expect(labels(fromSrc)).to.deep.equal(expectedVi);
    const fromScript = await mountHtml<CitystatTrend>(
      `<citystat-trend lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-trend>`,
    );
    expect(labels(fromScript)).to.deep.equal(expectedVi);
  });

  it('from a light-DOM table: period names and numbers in the table language, % a change, * an estimate', async () => {
    const el = await mountHtml<CitystatTrend>(
      `<citystat-trend><table><caption>IIP 2023</caption><thead><tr><th>Kỳ</th><th>IIP so với cùng kỳ</th></tr></thead><tbody>
      <tr><td>Quý 1/2023</td><td>0,9%</td></tr><tr><td>Quý 2/2023</td><td>3,7%</td></tr>
      <tr><td>Quý 3/2023</td><td>3,0%</td></tr><tr><td>Quý 4/2023</td><td>4,3%*</td></tr></tbody></table></citystat-trend>`,
      { lang: 'vi' },
    );
    expect(el.status).to.equal('ready');
    expect(partText(el, 'title')).to.equal('IIP 2023');
    // "3,0": every figure of the column is written with one decimal, so the column keeps it (+3,0%, not +3%).
    expect(labels(el)).to.deep.equal(expectedVi);
  });

  it('from a CSV script (months in English, a gap)', async () => {
    const csv = ['Month,Index', '2023-10,101.2', 'Nov 2023,', 'Dec 2023,103.5*'].join('\n');
    const el = await mountHtml<CitystatTrend>(`<citystat-trend><script type="text/csv">${csv}</script></citystat-trend>`, { lang: 'en' });
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(['Oct 2023, Index: 101.2', 'Nov 2023, Index: no data', 'Dec 2023, Index: 103.5, estimate']);
  });
});

describe('citystat-trend: frame, language and accessibility', () => {
  it('shows title, note, source line, summary and a data table', async () => {
    const el = await mount<CitystatTrend>(html`<citystat-trend lang="en" .data=${example}></citystat-trend>`);
    expect(partText(el, 'title')).to.equal("Hanoi's industrial production index in 2023, by quarter");
    expect(partText(el, 'source')).to.equal(
      'Source: Hanoi Statistics Office, via Pháp luật & Xã hội (kinhtedothi.vn): "Năm 2023, chỉ số sản xuất công nghiệp Thủ đô tăng 3%", 2023',
    );
    expect(partText(el, 'notice')).to.equal('Estimates are drawn lighter.');
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(el.layout!.summary);
    const table = await openTable(el);
    expect([...table.querySelectorAll('th')].map((th) => th.textContent!.trim()).slice(0, 2)).to.deep.equal([
      'Period',
      'IIP, year on year (%)',
    ]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(4);
    // The latest column is emphasised; the estimate is drawn lighter.
    const last = marks(el)[3];
    expect(last.classList.contains('latest')).to.equal(true);
    expect(last.classList.contains('estimate')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('rect.col').length).to.equal(4);
  });

  it('writes a series source of its own under the chart, and lines with their names at the ends', async () => {
    const doc = {
      series: [
        {
          id: 'm',
          label: 'Tháng trước',
          kind: 'change-previous',
          source: { name: 'Hànộimới' },
          points: [
            { period: '2023-11', value: 0.3 },
            { period: '2023-12', value: 1.7, estimate: true },
          ],
        },
        {
          id: 'y',
          label: 'Cùng kỳ',
          kind: 'change-year',
          points: [
            { period: '2023-11', value: 4.6 },
            { period: '2023-12', value: 4.4, estimate: true },
          ],
        },
      ],
    };
    const el = await mount<CitystatTrend>(html`<citystat-trend lang="vi" .data=${doc}></citystat-trend>`);
    expect(el.layout!.mode).to.equal('lines');
    const texts = [...el.shadowRoot!.querySelectorAll('svg.plot text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts).to.include('Nguồn (Tháng trước): Hànộimới');
    expect(texts).to.include('+1,7%Tháng trước');
    expect(texts).to.include('+4,4%Cùng kỳ');
    expect(el.layout!.summary).to.contain('Nguồn: Hànộimới.');
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}): columns, lines with a gap and annotations, dark, error`, async () => {
      const el = await mount<CitystatTrend>(html`<citystat-trend lang=${lang} .data=${example}></citystat-trend>`);
      await expect(el).to.be.accessible();
      const more = clone(example);
      more.series[0].points[1].value = null;
      more.series.push({
        id: 'b',
        label: 'B',
        kind: 'change-previous',
        points: [
          { period: '2023-Q3', value: -0.4 },
          { period: '2023-Q4', value: 1.2 },
        ],
      });
      more.annotations = [{ period: '2023-Q1', label: { vi: 'Tết', en: 'Lunar New Year' } }];
      const el2 = await mount<CitystatTrend>(html`<citystat-trend lang=${lang} theme="dark" .data=${more}></citystat-trend>`);
      expect(el2.layout!.mode).to.equal('lines');
      await expect(el2).to.be.accessible();
      const bad = await mount<CitystatTrend>(html`<citystat-trend lang=${lang} .data=${{ series: [] }}></citystat-trend>`);
      expect(bad.status).to.equal('error');
      await expect(bad).to.be.accessible();
    });
  }

  it('is one tab stop; arrows, Home/End, Enter and Escape move through the points; tooltips follow', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <citystat-trend lang="en" .data=${example}></citystat-trend>
    </div>`);
    const el = root.querySelector('citystat-trend') as CitystatTrend;
    await el.settled();
    const events = recordEvents();
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    (root.querySelector('#before') as HTMLElement).focus();
    const key = async (press: string) => {
      await sendKeys({ press });
      await el.settled(); // the key and tooltip chunks load with the first focused point
    };
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await key('Tab');
    expect(focused()!.getAttribute('data-index')).to.equal('0');
    await key('ArrowRight');
    expect(focused()!.getAttribute('data-index')).to.equal('1');
    const tooltip = [...el.shadowRoot!.querySelectorAll('[part=tooltip] tspan')].map((t) => t.textContent).join(' | ');
    expect(tooltip).to.equal('Q2 2023 | IIP, year on year: +3.7%');
    await key('End');
    expect(focused()!.getAttribute('data-index')).to.equal('3');
    await key('Home');
    expect(focused()!.getAttribute('data-index')).to.equal('0');
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('iip-yoy:2023-Q1');
    await key('Escape');
    expect(events.selects.at(-1)!.detail.key).to.equal(null);
    await key('Tab');
    expect(focused()?.getAttribute('data-index') ?? null).to.equal(null);
    events.stop();
  });
});

const series = (points: unknown[], over: Doc = {}) => ({ series: [{ id: 's', label: 'S', kind: 'change-year', points, ...over }] });
const badCases = [
  {
    name: 'unsorted periods',
    data: () =>
      series([
        { period: '2023-Q2', value: 1 },
        { period: '2023-Q1', value: 2 },
      ]),
    vi: 'series[0].points[1].period: kỳ "2023-Q1" sớm hơn kỳ "2023-Q2" đứng trước nó (các kỳ theo thứ tự thời gian).',
    en: 'series[0].points[1].period: period "2023-Q1" is earlier than "2023-Q2" before it (periods in time order).',
  },
  {
    name: 'a repeated period',
    data: () =>
      series([
        { period: '2023-11', value: 1 },
        { period: '2023-11', value: 2 },
      ]),
    vi: 'series[0].points[1].period: kỳ "2023-11" bị lặp lại (đã có ở series[0].points[0]).',
    en: 'series[0].points[1].period: period "2023-11" is repeated (already at series[0].points[0]).',
  },
  {
    name: 'months and quarters mixed',
    data: () =>
      series([
        { period: '2023-Q1', value: 1 },
        { period: '2023-05', value: 2 },
      ]),
    vi: 'series[0].points[1].period: "2023-05" không cùng loại kỳ với "2023-Q1" (không trộn tháng, quý và năm).',
    en: 'series[0].points[1].period: "2023-05" is not the same kind of period as "2023-Q1" (months, quarters and years are not mixed).',
  },
  {
    name: 'a period that is not one',
    data: () => series([{ period: 'Q1 2023', value: 1 }]),
    vi: 'series[0].points[0].period không đúng định dạng.',
    en: 'series[0].points[0].period is not in the expected format.',
  },
  {
    name: 'a level and a change in one chart',
    data: () => ({
      series: [
        ...series([{ period: '2023', value: 1 }]).series,
        { id: 'l', label: 'L', kind: 'level', points: [{ period: '2023', value: 100 }] },
      ],
    }),
    vi: 'series[1].kind: một mức chỉ số và một tốc độ thay đổi không vẽ chung một trục được.',
    en: 'series[1].kind: a level and a change cannot share one axis.',
  },
  {
    name: 'an unknown kind',
    data: () => series([{ period: '2023', value: 1 }], { kind: 'growth' }),
    vi: 'series[0].kind phải là một trong: "change-previous", "change-year", "change-year-to-date", "level".',
    en: 'series[0].kind must be one of: "change-previous", "change-year", "change-year-to-date", "level".',
  },
  {
    name: 'a value as text',
    data: () => series([{ period: '2023', value: '3,7%' }]),
    vi: 'series[0].points[0].value phải là null hoặc một số, nhưng đang là một chuỗi văn bản.',
    en: 'series[0].points[0].value must be null or a number, but is a text.',
  },
  {
    name: 'no series',
    data: () => ({ series: [] }),
    vi: 'series phải có ít nhất 1 mục.',
    en: 'series must have at least 1 item(s).',
  },
];

describe('citystat-trend: bad input and states', () => {
  for (const c of badCases) {
    it(`${c.name}: a located message in vi and en, an event, nothing thrown`, () =>
      expectNothingThrown(async (events) => {
        const el = await mountHtml('<citystat-trend lang="vi"></citystat-trend>', { data: c.data() });
        await expectLocatedMessage(el, events.errors, c);
        expect(marks(el).length).to.equal(0);
      }));
  }

  it('a series with no figure at all is the empty state; loading says so', async () => {
    const empty = await mountHtml<CitystatTrend>('<citystat-trend lang="en"></citystat-trend>', {
      data: series([{ period: '2023', value: null }]),
    });
    expect(empty.status).to.equal('empty');
    expect(empty.shadowRoot!.textContent).to.contain('No figures to show yet.');
    const root = await fixture<HTMLElement>(html`<citystat-trend lang="vi" src="/__fault/hang?ms=2000"></citystat-trend>`);
    await (root as CitystatTrend).updateComplete;
    expect((root as CitystatTrend).status).to.equal('loading');
    expect(root.shadowRoot!.textContent).to.contain('Đang tải dữ liệu…');
  });

  it('draws 10,000 monthly points as a line with every point reachable and in the table', async () => {
    const points = Array.from({ length: 10000 }, (_, i) => ({
      period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i % 7 === 0 ? null : (i % 13) - 6,
    }));
    const el = await mountHtml<CitystatTrend>('<citystat-trend lang="vi"></citystat-trend>', { data: series(points) });
    expect(el.status).to.equal('ready');
    expect(el.layout!.mode).to.equal('lines');
    expect(marks(el).length).to.equal(10000);
    expect(el.layout!.xLabels.length).to.be.lessThan(12);
    expect(el.layout!.xLabels[0].text).to.equal('Tháng 1/1200');
    expect(el.layout!.xLabels.at(-1)!.text).to.equal('Tháng 4/2033');
    expect((await openTable(el)).querySelectorAll('tbody tr').length).to.equal(10000);
  });
});

describe('citystat-trend: schema', () => {
  it('documents every property, and the example validates with the runtime checker and with ajv', async () => {
    const schema = await loadJson('data-schemas/trend.schema.json');
    expect(undocumented(schema)).to.deep.equal([]);
    expect(checkSchema(strip(schema) as SchemaNode, example)).to.deep.equal([]);
    const { validate } = await import('/data-schemas/validators/trend.js' as string);
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    for (const c of badCases.filter((b) => /not one|unknown kind|as text|no series/.test(b.name))) {
      expect(validate(c.data()), c.name).to.equal(false);
      expect(checkSchema(strip(schema) as SchemaNode, c.data()).length, c.name).to.be.greaterThan(0);
    }
  });
});
