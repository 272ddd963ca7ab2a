import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/fair-participation/define.js';
import type { CitystatFairParticipation } from '../src/charts/fair-participation/fair-participation.js';
import { expectLocatedMessage, expectNothingThrown } from './bad-input.js';
import { clone, loadJson, marks, mount, mountHtml, partText, recordEvents, openTable } from './helpers.js';

type Doc = Record<string, any>;
let example: Doc;

before(async () => {
  example = await loadJson('data-schemas/examples/fair-participation.json');
});

const vi = (s: string) => s.replace(/ (gian hàng|quốc gia)/g, '\u00a0$1');
const expectedLabels = [
  'Hội chợ công nghiệp hỗ trợ: 250 gian hàng',
  'Hội chợ công nghiệp hỗ trợ: 10 quốc gia',
  'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 200 gian hàng',
  'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 15 quốc gia',
  'Hội chợ năng lượng và môi trường 2023: 170 gian hàng',
  'Hội chợ năng lượng và môi trường 2023: 10 quốc gia',
].map(vi);

/** Waits until the widget has laid out at its real width (the ResizeObserver's first report). */
async function sized<T extends CitystatFairParticipation>(el: T, width: number): Promise<T> {
  for (let i = 0; i < 50 && el.layout?.width !== width; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.settled();
  }
  expect(el.layout?.width).to.equal(width);
  return el;
}

/** aria-label of every drawn mark, in DOM order. */
const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));
/** Bar widths as drawn, in DOM order ('' when a mark has no bar). */
const widths = (el: Element) => marks(el).map((m) => m.querySelector('rect.bar')?.getAttribute('width') ?? '');

describe('citystat-fair-participation: four sources, one chart', () => {
  it('from the data property', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" .data=${example}></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(expectedLabels);
  });

  it('from src', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" src="/data-schemas/examples/fair-participation.json"></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(expectedLabels);
  });

  it('from an inline JSON script', async () => {
    const el = await mountHtml(
      `<citystat-fair-participation lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-fair-participation>`,
    );
    expect(labels(el)).to.deep.equal(expectedLabels);
  });

  it('from a light-DOM table: first column the name, one column per measure', async () => {
    const rows = example.events
      .map((e: Doc) => `<tr><td>${e.name.vi}</td><td>${e.values.booths}</td><td>${e.values.countries}</td></tr>`)
      .join('');
    const root = await fixture<HTMLElement>(html`<div lang="vi" style="width: 1200px"></div>`);
    root.innerHTML = `<citystat-fair-participation><table><caption>Hội chợ 2023</caption><thead><tr><th>Hội chợ</th><th>Gian hàng</th><th>Quốc gia tham gia (quốc gia)</th></tr></thead><tbody>${rows}</tbody></table></citystat-fair-participation>`;
    const el = await sized(root.firstElementChild as CitystatFairParticipation, 1200);
    expect(el.status).to.equal('ready');
    expect(labels(el)).to.deep.equal(expectedLabels);
    // The exact bars of the layout test: each panel's largest value fills its panel.
    expect(widths(el)).to.deep.equal(['395', '269.3', '316', '404', '268.6', '269.3']);
    expect(partText(el, 'title')).to.equal('Hội chợ 2023');
    // A measure's id is its header label, so sort-by works on table data too.
    el.setAttribute('sort-by', 'Quốc gia tham gia');
    await el.settled();
    expect(labels(el)[0]).to.equal(vi('Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: 200 gian hàng'));
  });

  it('draws the same bars from every source', async () => {
    const at = (tpl: ReturnType<typeof html>) =>
      mount<CitystatFairParticipation>(html`<div style="width: 1200px">${tpl}</div>`, 'citystat-fair-participation').then((e) =>
        sized(e, 1200),
      );
    const a = await at(html`<citystat-fair-participation lang="vi" .data=${example}></citystat-fair-participation>`);
    const b = await at(
      html`<citystat-fair-participation lang="vi" src="/data-schemas/examples/fair-participation.json"></citystat-fair-participation>`,
    );
    const root = await fixture<HTMLElement>(html`<div style="width: 1200px"></div>`);
    root.innerHTML = `<citystat-fair-participation lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-fair-participation>`;
    const c = await sized(root.firstElementChild as CitystatFairParticipation, 1200);
    for (const el of [a, b, c]) expect(widths(el)).to.deep.equal(['395', '269.3', '316', '404', '268.6', '269.3']);
  });
});

describe('citystat-fair-participation: frame, language, accessibility', () => {
  it('shows title, source line, summary and a table of events × measures', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" .data=${example}></citystat-fair-participation>`,
    );
    expect(partText(el, 'title')).to.equal('Three trade promotion fairs in Hanoi, 2023');
    expect(partText(el, 'source')).to.equal('Source: Hanoi Department of Industry and Trade, 2023');
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Supporting industries fair had the most booths (250\u00a0booths); Industrial products, machinery and automation fair had the most participating countries (15\u00a0countries).',
    );
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    const table = await openTable(el);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Fair',
      'Booths',
      'Participating countries',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' | '))).to.deep.equal([
      'Supporting industries fair | 250 | 10',
      'Industrial products, machinery and automation fair | 200 | 15',
      'Energy and environment fair 2023 | 170 | 10',
    ]);
  });

  it('renders the summary in vi exactly', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" .data=${example}></citystat-fair-participation>`,
    );
    expect(el.layout!.summary).to.equal(
      'Hội chợ công nghiệp hỗ trợ có nhiều gian hàng nhất (250\u00a0gian hàng); Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa có nhiều quốc gia tham gia nhất (15\u00a0quốc gia).',
    );
  });

  it('renders a missing value as missing: the text, no bar', async () => {
    const data = clone(example);
    data.events[1].values.booths = null;
    delete data.events[2].values.countries;
    for (const lang of ['vi', 'en']) {
      const el = await mount<CitystatFairParticipation>(
        html`<citystat-fair-participation lang=${lang} .data=${data}></citystat-fair-participation>`,
      );
      const text = lang === 'vi' ? 'không có số liệu' : 'no data';
      const all = marks(el);
      for (const i of [2, 5]) {
        expect(all[i].querySelector('rect.bar'), `mark ${i}`).to.equal(null);
        expect(all[i].querySelector('.missing-text')!.textContent).to.equal(text);
      }
      expect(all.filter((m) => m.querySelector('rect.bar')).length).to.equal(4);
      expect(all[2].getAttribute('aria-label')).to.equal(
        lang === 'vi'
          ? 'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: không có số liệu (gian hàng)'
          : 'Industrial products, machinery and automation fair: no data (booths)',
      );
      await expect(el).to.be.accessible();
    }
  });

  it('stacks the panels in a 360 px column and sorts by the sort-by attribute', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<div style="width: 360px"><citystat-fair-participation lang="en" sort-by="countries" .data=${example}></citystat-fair-participation></div>`,
      'citystat-fair-participation',
    );
    await sized(el, 360);
    expect(el.layout!.mode).to.equal('stacked');
    expect(labels(el).slice(0, 2)).to.deep.equal([
      'Industrial products, machinery and automation fair: 200\u00a0booths',
      'Industrial products, machinery and automation fair: 15\u00a0countries',
    ]);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.equal(360);
    el.sortBy = 'data';
    await el.settled();
    expect(labels(el)[0]).to.equal('Supporting industries fair: 250\u00a0booths');
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}), wide and narrow, and in the error state`, async () => {
      const el = await mount<CitystatFairParticipation>(
        html`<citystat-fair-participation lang=${lang} .data=${example}></citystat-fair-participation>`,
      );
      await expect(el).to.be.accessible();
      const narrow = await mount<CitystatFairParticipation>(
        html`<div style="width: 360px"><citystat-fair-participation lang=${lang} .data=${example}></citystat-fair-participation></div>`,
        'citystat-fair-participation',
      );
      await sized(narrow, 360);
      expect(narrow.layout!.mode).to.equal('stacked');
      await expect(narrow).to.be.accessible();
      const bad = await mount<CitystatFairParticipation>(
        html`<citystat-fair-participation lang=${lang} .data=${{ measures: 3 }}></citystat-fair-participation>`,
      );
      expect(bad.status).to.equal('error');
      await expect(bad).to.be.accessible();
    });
  }

  it('is one tab stop; arrows move event by event (row-major); Enter selects', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" .data=${example}></citystat-fair-participation>`,
    );
    const events = recordEvents();
    const focusable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(focusable.length).to.equal(1);
    (focusable[0] as SVGElement).focus();
    const key = async (k: string) => {
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await el.updateComplete;
      await el.settled(); // and the tooltip chunk, loaded with the first focused mark
    };
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    await key('ArrowRight');
    expect(focused()).to.equal('Supporting industries fair: 10\u00a0countries');
    await key('ArrowDown');
    expect(focused()).to.equal('Industrial products, machinery and automation fair: 200\u00a0booths');
    const tip = el.shadowRoot!.querySelector('[part=tooltip]')!;
    // (core/measure.ts wrapText breaks at the no-break space too: compared with plain spaces.)
    expect(
      [...tip.querySelectorAll('tspan')]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/\u00a0/g, ' '),
    ).to.equal('Industrial products, machinery and automation fair Booths: 200 booths');
    await key('End');
    expect(focused()).to.equal('Energy and environment fair 2023: 10\u00a0countries');
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('energy-environment/countries');
    expect(events.selects.at(-1)!.detail.datum.event.id).to.equal('energy-environment');
    events.stop();
  });
});

interface BadCase {
  name: string;
  data: () => unknown;
  vi: string;
  en: string;
}

const withEvent = (over: Doc, values?: Doc): Doc => {
  const doc = clone(example);
  Object.assign(doc.events[1], over);
  if (values) Object.assign(doc.events[1].values, values);
  return doc;
};

const badCases: BadCase[] = [
  {
    name: 'negative booths',
    data: () => withEvent({}, { booths: -200 }),
    vi: 'events[1].values.booths phải lớn hơn hoặc bằng 0.',
    en: 'events[1].values.booths must be at least 0.',
  },
  {
    name: 'countries not an integer',
    data: () => withEvent({}, { countries: 12.5 }),
    vi: 'events[1].values.countries phải là một số nguyên, nhưng đang là một số.',
    en: 'events[1].values.countries must be a whole number, but is a number.',
  },
  {
    name: 'an event without a name',
    data: () => {
      const d = clone(example);
      delete d.events[1].name;
      return d;
    },
    vi: 'events[1] thiếu trường bắt buộc "name".',
    en: 'events[1] is missing the required field "name".',
  },
  {
    name: 'a measure unknown to the measure list',
    data: () => withEvent({}, { visitors: 12000 }),
    vi: 'events[1].values.visitors: "visitors" không phải mã của chỉ số nào trong measures.',
    en: 'events[1].values.visitors: "visitors" is not the id of any measure in measures.',
  },
  {
    name: 'a value of the wrong type',
    data: () => withEvent({}, { booths: '200' }),
    vi: 'events[1].values.booths phải là null hoặc một số, nhưng đang là một chuỗi văn bản.',
    en: 'events[1].values.booths must be null or a number, but is a text.',
  },
  {
    name: 'values that are not an object',
    data: () => withEvent({ values: [200, 15] }),
    vi: 'events[1].values phải là một đối tượng {…}, nhưng đang là một danh sách.',
    en: 'events[1].values must be an object {…}, but is a list.',
  },
  {
    name: 'events that are not a list',
    data: () => ({ ...example, events: 'three fairs' }),
    vi: 'events phải là một danh sách […], nhưng đang là một chuỗi văn bản.',
    en: 'events must be a list […], but is a text.',
  },
  {
    name: 'a measure without a unit',
    data: () => {
      const d = clone(example);
      delete d.measures[0].unit;
      return d;
    },
    vi: 'measures[0] thiếu trường bắt buộc "unit".',
    en: 'measures[0] is missing the required field "unit".',
  },
  {
    name: 'no measures',
    data: () => ({ ...example, measures: [] }),
    vi: 'measures phải có ít nhất 1 mục.',
    en: 'measures must have at least 1 item(s).',
  },
  {
    name: 'duplicate event ids',
    data: () => withEvent({ id: 'supporting-industries' }),
    vi: 'events[1].id: mã "supporting-industries" bị trùng với events[0].',
    en: 'events[1].id: id "supporting-industries" is already used by events[0].',
  },
  {
    name: 'a date in the wrong format',
    data: () => withEvent({ date: '12/10/2023' }),
    vi: 'events[1].date không đúng định dạng.',
    en: 'events[1].date is not in the expected format.',
  },
  {
    name: 'a date that does not exist',
    data: () => withEvent({ date: '2023-02-30' }),
    vi: 'events[1].date không đúng định dạng.',
    en: 'events[1].date is not in the expected format.',
  },
  {
    name: 'a javascript: link on an event',
    data: () => withEvent({ url: 'javascript:alert(1)' }),
    vi: 'events[1].url phải là địa chỉ web bắt đầu bằng http:// hoặc https://.',
    en: 'events[1].url must be a web address starting with http:// or https://.',
  },
  {
    name: 'a name of the wrong shape',
    data: () => withEvent({ name: 42 }),
    vi: 'events[1].name phải là một chuỗi văn bản hoặc bản dịch dạng {"vi": "…", "en": "…"}.',
    en: 'events[1].name must be a text or translations like {"vi": "…", "en": "…"}.',
  },
];

describe('citystat-fair-participation: bad input', () => {
  for (const c of badCases) {
    it(`${c.name}: a located message in vi and en, an event, nothing thrown`, () =>
      expectNothingThrown(async (events) => {
        const el = await mountHtml('<citystat-fair-participation lang="vi"></citystat-fair-participation>', { data: c.data() });
        await expectLocatedMessage(el, events.errors, c);
      }));
  }

  it('a table cell that is not a number', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    root.innerHTML =
      '<citystat-fair-participation><table><tr><th>Fair</th><th>Booths</th></tr><tr><td>A</td><td>250</td></tr><tr><td>B</td><td>many</td></tr></table></citystat-fair-participation>';
    const el = root.firstElementChild as CitystatFairParticipation;
    await el.settled();
    expect(el.status).to.equal('error');
    expect(partText(el, 'error')).to.contain('Data table, row 2, column 2: "many" is not a number.');
  });

  it('renders 50 events', async () => {
    const data = clone(example);
    data.events = Array.from({ length: 50 }, (_, i) => ({
      id: `e${i}`,
      name: { vi: `Hội chợ chuyên ngành số ${i + 1} về sản phẩm công nghiệp`, en: `Industry fair no. ${i + 1}` },
      values: { booths: 10 + i * 5, countries: i % 5 ? i % 16 : null },
    }));
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" sort-by="booths" .data=${data}></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(100);
    expect(el.layout!.notices).to.deep.equal([]);
    expect(labels(el)[0]).to.equal('Hội chợ chuyên ngành số 50 về sản phẩm công nghiệp: 255\u00a0gian hàng');
    expect(el.shadowRoot!.querySelectorAll('.missing-text').length).to.equal(10);
    expect((await openTable(el)).querySelectorAll('tbody tr').length).to.equal(50);
  });

  it('does not hang on 10,000 events: draws max-rows of them, says so, lists all in the table', async () => {
    const data = clone(example);
    data.events = Array.from({ length: 10000 }, (_, i) => ({
      id: `e${i}`,
      name: `Fair ${i}`,
      values: { booths: i % 251, countries: i % 16 },
    }));
    const started = performance.now();
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" sort-by="booths" .data=${data}></citystat-fair-participation>`,
    );
    expect(performance.now() - started).to.be.below(8000);
    expect(marks(el).length).to.equal(200);
    expect(partText(el, 'notice')).to.equal('The chart draws 100 of 10,000 fairs; the data table lists all 10,000.');
    expect((await openTable(el)).querySelectorAll('tbody tr').length).to.equal(10000);
    el.setAttribute('max-rows', '5');
    await el.settled();
    expect(marks(el).length).to.equal(10);
  });

  it('max-rows="0" draws every event', async () => {
    const data = clone(example);
    data.events = Array.from({ length: 150 }, (_, i) => ({ id: `e${i}`, name: `Fair ${i}`, values: { booths: i, countries: 1 } }));
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" max-rows="0" .data=${data}></citystat-fair-participation>`,
    );
    expect(marks(el).length).to.equal(300);
    expect(el.layout!.notices).to.deep.equal([]);
  });

  it('an empty event list is the empty state', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" .data=${{ ...example, events: [] }}></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('empty');
    expect(el.shadowRoot!.textContent).to.contain('Chưa có số liệu để hiển thị.');
  });

  it('shows hostile text as text, never as HTML', async () => {
    const label = '<img src=x onerror="window.__pwnedFair=1"><script>window.__pwnedFair=2</script>';
    const data = clone(example);
    data.title = label;
    data.events[0].name = label;
    data.events[0].place = label;
    data.measures[0].label = label;
    data.measures[0].unit = label;
    data.source = { name: label };
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" .data=${data}></citystat-fair-participation>`,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as any).__pwnedFair).to.equal(undefined);
    expect(partText(el, 'title')).to.equal(label);
    expect(marks(el)[0].getAttribute('aria-label')).to.equal(`${label}: 250\u00a0${label}`);
  });

  it('does not read inherited properties as measure values', async () => {
    const data = clone(example);
    data.measures.push({ id: 'constructor', label: 'C', unit: 'c' });
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" .data=${data}></citystat-fair-participation>`,
    );
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('.missing-text').length).to.equal(3);
  });
});
