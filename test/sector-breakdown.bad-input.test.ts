// Bad input to <citystat-sector-breakdown> (data, inline script, src): a located message in
// vi and en; the empty state, hostile text, 10,000 items, a broken sibling, src changing.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import type { CitystatSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.js';
import { clone, marks, partText, recordEvents, watchUncaught, openTable, mountHtml } from './helpers.js';
import { example, type Doc } from './sector-breakdown-support.js';

interface BadCase {
  name: string;
  setup: () => Promise<CitystatSectorBreakdown>;
  vi?: string;
  en?: string;
}

const withData = (data: unknown, attrs = ''): Promise<CitystatSectorBreakdown> =>
  mountHtml<CitystatSectorBreakdown>(`<citystat-sector-breakdown ${attrs}></citystat-sector-breakdown>`, { data });

const withSrc = (src: string, attrs = ''): Promise<CitystatSectorBreakdown> =>
  mountHtml<CitystatSectorBreakdown>(`<citystat-sector-breakdown src="${src}" ${attrs}></citystat-sector-breakdown>`);

const withScript = (text: string): Promise<CitystatSectorBreakdown> =>
  mountHtml<CitystatSectorBreakdown>(
    `<citystat-sector-breakdown><script type="application/json">${text}</script></citystat-sector-breakdown>`,
  );

const item = (over: Doc) => ({ items: [{ id: 'a', label: 'A', value: 1, ...over }] });

const badCases: BadCase[] = [
  {
    name: 'wrong type',
    setup: () => withData(item({ value: 'six' })),
    vi: 'items[0].value phải là null hoặc một số, nhưng đang là một chuỗi văn bản.',
    en: 'items[0].value must be null or a number, but is a text.',
  },
  {
    name: 'missing required field',
    setup: () => withData({ title: 'x' }),
    vi: '(dữ liệu) thiếu trường bắt buộc "items".',
    en: '(data) is missing the required field "items".',
  },
  {
    name: 'missing label in an item',
    setup: () => withData({ items: [{ id: 'a', value: 1 }] }),
    vi: 'items[0] thiếu trường bắt buộc "label".',
    en: 'items[0] is missing the required field "label".',
  },
  {
    name: 'unknown field',
    setup: () => withData({ ...item({}), colour: 'red' }),
    vi: '(dữ liệu) có trường không được hỗ trợ "colour".',
    en: '(data) has an unknown field "colour".',
  },
  {
    name: 'negative value',
    setup: () => withData(item({ value: -3 })),
    vi: 'items[0].value phải lớn hơn hoặc bằng 0.',
    en: 'items[0].value must be at least 0.',
  },
  {
    name: 'non-finite value',
    setup: () => withData(item({ value: Infinity })),
    vi: 'items[0].value phải là một số hữu hạn.',
    en: 'items[0].value must be a finite number.',
  },
  {
    name: 'NaN value',
    setup: () => withData(item({ value: NaN })),
    vi: 'items[0].value phải là một số hữu hạn.',
    en: 'items[0].value must be a finite number.',
  },
  {
    name: 'malformed JSON',
    setup: () => withScript('{"items": [ {"id": "a", } ]}'),
    vi: 'Dữ liệu không phải JSON hợp lệ: lỗi ở dòng 1, cột 25.',
    en: 'The data is not valid JSON: error at line 1, column 25 (Expected double-quoted property name).',
  },
  {
    name: 'JSON that is not an object',
    setup: () => withScript('[1, 2, 3]'),
    vi: 'Dữ liệu phải là một đối tượng JSON {…}, nhưng đang là một danh sách.',
    en: 'The data must be a JSON object {…}, but is a list.',
  },
  {
    name: 'a JSON string at the top',
    setup: () => withScript('"items"'),
    vi: 'Dữ liệu phải là một đối tượng JSON {…}, nhưng đang là một chuỗi văn bản.',
    en: 'The data must be a JSON object {…}, but is a text.',
  },
  {
    name: 'src 404',
    setup: () => withSrc('/__fault/status/404'),
    vi: 'Không tải được dữ liệu từ /__fault/status/404: máy chủ trả lời mã 404 (không tìm thấy tệp).',
    en: 'Could not load data from /__fault/status/404: the server answered 404 (file not found).',
  },
  {
    name: 'src 500',
    setup: () => withSrc('/__fault/status/500'),
    en: 'Could not load data from /__fault/status/500: the server answered 500 (the server had an error).',
  },
  {
    name: 'src returning HTML',
    setup: () => withSrc('/__fault/html'),
    vi: 'Không tải được dữ liệu từ /__fault/html: nhận được một trang web (HTML) thay vì dữ liệu JSON.',
    en: 'Could not load data from /__fault/html: received a web page (HTML) instead of JSON data.',
  },
  {
    name: 'src that never answers',
    setup: () => withSrc('/__fault/hang?ms=3000', 'timeout="400"'),
    en: 'Could not load data from /__fault/hang?ms=3000: no answer within 0.4 seconds.',
  },
  {
    name: 'duplicate category ids',
    setup: () =>
      withData({
        items: [
          { id: 'a', label: 'A', value: 1 },
          { id: 'a', label: 'B', value: 2 },
        ],
      }),
    vi: 'items[1].id: mã "a" bị trùng với items[0].',
    en: 'items[1].id: id "a" is already used by items[0].',
  },
  {
    name: 'a javascript: source link',
    setup: () => withData({ ...item({}), source: { name: 'x', url: 'javascript:alert(1)' } }),
    vi: 'source.url phải là địa chỉ web bắt đầu bằng http:// hoặc https://.',
    en: 'source.url must be a web address starting with http:// or https://.',
  },
  {
    name: 'a label of the wrong shape',
    setup: () => withData(item({ label: 42 })),
    en: 'items[0].label must be a text or translations like {"vi": "…", "en": "…"}.',
  },
  {
    name: 'a table cell that is not a number',
    setup: () =>
      mountHtml<CitystatSectorBreakdown>(
        `<citystat-sector-breakdown><table><tr><th>Nhóm</th><th>Số</th></tr><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>hai</td></tr></table></citystat-sector-breakdown>`,
        { lang: 'vi' },
      ),
    vi: 'Bảng dữ liệu, hàng 2, cột 2: "hai" không phải là một số.',
    en: 'Data table, row 2, column 2: "hai" is not a number.',
  },
];

describe('citystat-sector-breakdown: bad input', () => {
  for (const c of badCases) {
    it(`${c.name}: a located message in vi and en, an event, nothing thrown`, async () => {
      const events = recordEvents();
      const uncaught = watchUncaught();
      const el = await c.setup();
      expect(el.status).to.equal('error');
      expect(events.errors.length).to.be.greaterThan(0);
      const detail = events.errors[0].detail;
      expect(detail.issues.length).to.be.greaterThan(0);
      const error = el.shadowRoot!.querySelector('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      for (const lang of ['vi', 'en'] as const) {
        const expected = c[lang];
        if (!expected) continue;
        el.setAttribute('lang', lang);
        await el.updateComplete;
        expect(partText(el, 'error')).to.contain(expected);
      }
      uncaught.stop();
      events.stop();
      expect(uncaught.errors).to.deep.equal([]);
    });
  }

  it('an empty list is the empty state, not an error', async () => {
    const events = recordEvents();
    const el = await withData({ items: [] }, 'lang="en"');
    expect(el.status).to.equal('empty');
    expect(el.shadowRoot!.textContent).to.contain('No figures to show yet.');
    expect(events.errors.length).to.equal(0);
    events.stop();
  });

  it('shows a hostile label as text, never as HTML', async () => {
    const label = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = await withData({ title: label, items: [{ id: 'a', label, value: 1 }], source: { name: label } }, 'lang="en"');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as any).__pwned).to.equal(undefined);
    expect(partText(el, 'title')).to.equal(label);
    expect(marks(el)[0].getAttribute('aria-label')).to.contain(label);
  });

  it('draws 10,000 items, grouping beyond max-bars, with every item in the table', async () => {
    const items = Array.from({ length: 10000 }, (_, i) => ({ id: `i${i}`, label: `Nhóm ${i}`, value: (i % 97) + 1 }));
    const el = await withData({ items }, 'lang="vi"');
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(30);
    expect(el.layout!.marks.at(-1)!.lines.join(' ')).to.equal('Khác (9.971 nhóm)');
    expect((await openTable(el)).querySelectorAll('tbody tr').length).to.equal(10001);
  });

  it('keeps a sibling widget working when one is broken', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en">
      <citystat-sector-breakdown id="bad" src="/__fault/status/500"></citystat-sector-breakdown>
      <citystat-sector-breakdown id="good" .data=${example}></citystat-sector-breakdown>
    </div>`);
    const bad = root.querySelector('#bad') as CitystatSectorBreakdown;
    const good = root.querySelector('#good') as CitystatSectorBreakdown;
    await Promise.all([bad.settled(), good.settled()]);
    expect(bad.status).to.equal('error');
    expect(good.status).to.equal('ready');
    expect(marks(good).length).to.equal(8);
  });

  it('shows only the last src when src changes quickly, and aborts on removal', async () => {
    const el = await withSrc('/__fault/slow?ms=400&file=data-schemas/examples/sector-breakdown-cumulative.json', 'lang="en"');
    el.src = '/__fault/slow?ms=300&file=data-schemas/examples/sector-breakdown-cumulative.json';
    await el.updateComplete;
    el.src = '/data-schemas/examples/sector-breakdown.json';
    await el.settled();
    await new Promise((r) => setTimeout(r, 600));
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(8);
    expect(el.layout!.headline).to.equal(undefined);
    const copy = clone(example);
    expect(copy.items.length).to.equal(8);
  });
});
