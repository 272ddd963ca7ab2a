// Bad and unusual input to <citystat-fair-participation>: located messages in vi and en,
// many events, the empty state, hostile text shown as text.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/fair-participation/define.js';
import type { CitystatFairParticipation } from '../src/charts/fair-participation/fair-participation.js';
import { expectLocatedMessage, expectNothingThrown } from './bad-input.js';
import { clone, marks, mount, mountHtml, partText, openTable } from './helpers.js';
import { example, labels, type Doc } from './fair-participation-support.js';

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
