// Bad input to <citystat-fdi-composition>: a located message in vi and en, hostile text
// shown as text, a broken widget next to a working one.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/fdi-composition/define.js';
import type { CitystatFdiComposition } from '../src/charts/fdi-composition/fdi-composition.js';
import { clone, marks, mount, mountHtml, partText, recordEvents, watchUncaught } from './helpers.js';
import { NB, example, inDiv, type Doc } from './fdi-composition-support.js';

interface BadCase {
  name: string;
  data?: unknown;
  setup?: () => Promise<CitystatFdiComposition>;
  vi: string;
  en: string;
}

const part = (over: Doc) => ({
  unit: 'triệu USD',
  components: [
    { id: 'a', label: 'A', capital: 1, ...over },
    { id: 'b', label: 'B', capital: 2 },
  ],
});

const badCases: BadCase[] = [
  {
    name: 'negative capital',
    data: part({ capital: -270 }),
    vi: 'components[0].capital phải lớn hơn hoặc bằng 0.',
    en: 'components[0].capital must be at least 0.',
  },
  {
    name: 'count not an integer',
    data: part({ count: 30.5 }),
    vi: 'components[0].count phải là một số nguyên, nhưng đang là một số.',
    en: 'components[0].count must be a whole number, but is a number.',
  },
  {
    name: 'negative count',
    data: part({ count: -1 }),
    vi: 'components[0].count phải lớn hơn hoặc bằng 0.',
    en: 'components[0].count must be at least 0.',
  },
  {
    name: 'zero components',
    data: { unit: 'triệu USD', components: [] },
    vi: 'components phải có ít nhất 1 mục.',
    // The shared English message says "1 items"; the start of it is what this widget owns.
    en: 'components must have at least 1 item',
  },
  {
    name: 'a component with capital but no label',
    data: { components: [{ id: 'a', capital: 270 }] },
    vi: 'components[0] thiếu trường bắt buộc "label".',
    en: 'components[0] is missing the required field "label".',
  },
  {
    name: 'capital given as text',
    data: part({ capital: '270' }),
    vi: 'components[0].capital phải là một số, nhưng đang là một chuỗi văn bản.',
    en: 'components[0].capital must be a number, but is a text.',
  },
  {
    name: 'components not a list',
    data: { components: { a: 1 } },
    vi: 'components phải là một danh sách […], nhưng đang là một đối tượng.',
    en: 'components must be a list […], but is an object.',
  },
  {
    name: 'total given as text',
    data: { ...part({}), total: '2.526' },
    vi: 'total phải là một số, nhưng đang là một chuỗi văn bản.',
    en: 'total must be a number, but is a text.',
  },
  {
    name: 'a label of the wrong shape',
    data: part({ label: 42 }),
    vi: 'components[0].label phải là một chuỗi văn bản hoặc bản dịch dạng {"vi": "…", "en": "…"}.',
    en: 'components[0].label must be a text or translations like {"vi": "…", "en": "…"}.',
  },
  {
    name: 'missing components',
    data: { unit: 'triệu USD', total: 2526 },
    vi: '(dữ liệu) thiếu trường bắt buộc "components".',
    en: '(data) is missing the required field "components".',
  },
  {
    name: 'an unknown field in a component',
    data: part({ projects: 305 }),
    vi: 'components[0] có trường không được hỗ trợ "projects".',
    en: 'components[0] has an unknown field "projects".',
  },
  {
    name: 'duplicate ids',
    data: {
      components: [
        { id: 'a', label: 'A', capital: 1 },
        { id: 'a', label: 'B', capital: 2 },
      ],
    },
    vi: 'components[1].id: mã "a" bị trùng với components[0].',
    en: 'components[1].id: id "a" is already used by components[0].',
  },
  {
    name: 'non-finite capital',
    data: part({ capital: Infinity }),
    vi: 'components[0].capital phải là một số hữu hạn.',
    en: 'components[0].capital must be a finite number.',
  },
  {
    name: 'a table cell that is not a number',
    setup: () =>
      inDiv(
        `<citystat-fdi-composition><table><tr><th>Hình thức</th><th>Vốn (triệu USD)</th><th>Số lượng</th></tr><tr><td>A</td><td>270</td><td>305 dự án</td></tr><tr><td>B</td><td>hai trăm</td><td></td></tr></table></citystat-fdi-composition>`,
      ),
    vi: 'Bảng dữ liệu, hàng 2, cột 2: "hai trăm" không phải là một số.',
    en: 'Data table, row 2, column 2: "hai trăm" is not a number.',
  },
  {
    name: 'a table count that is not a number',
    setup: () =>
      inDiv(
        `<citystat-fdi-composition><table><tr><th>Hình thức</th><th>Vốn (triệu USD)</th><th>Số lượng</th></tr><tr><td>A</td><td>270</td><td>nhiều dự án</td></tr></table></citystat-fdi-composition>`,
      ),
    vi: 'Bảng dữ liệu, hàng 1, cột 3: "nhiều dự án" không phải là một số.',
    en: 'Data table, row 1, column 3: "nhiều dự án" is not a number.',
  },
];

describe('citystat-fdi-composition: bad input', () => {
  for (const c of badCases) {
    it(`${c.name}: a located message in vi and en, an event, nothing thrown`, async () => {
      const events = recordEvents();
      const uncaught = watchUncaught();
      const el = c.setup
        ? await c.setup()
        : await mountHtml<CitystatFdiComposition>('<citystat-fdi-composition></citystat-fdi-composition>', { lang: 'vi', data: c.data });
      expect(el.status).to.equal('error');
      expect(events.errors.length).to.be.greaterThan(0);
      expect(events.errors[0].detail.issues.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.querySelector('svg.plot')).to.equal(null);
      for (const lang of ['vi', 'en'] as const) {
        el.setAttribute('lang', lang);
        await el.settled();
        expect(partText(el, 'error')).to.contain(c[lang]);
      }
      uncaught.stop();
      events.stop();
      expect(uncaught.errors).to.deep.equal([]);
    });
  }

  it('shows a hostile label as text, never as HTML', async () => {
    const label = '<img src=x onerror="window.__fdiPwned=1"><script>window.__fdiPwned=2</script>';
    const uncaught = watchUncaught();
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition
        lang="en"
        .data=${{ title: label, unit: label, components: [{ id: 'a', label, capital: 1, countUnit: label, count: 1 }], source: { name: label } }}
      ></citystat-fdi-composition>`,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as any).__fdiPwned).to.equal(undefined);
    expect(partText(el, 'title')).to.equal(label);
    expect(marks(el)[0].getAttribute('aria-label')).to.equal(`${label}: 1${NB}${label}, 100.0%, 1${NB}${label}`);
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('keeps a sibling widget working when one is broken', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en">
      <citystat-fdi-composition id="bad" .data=${{ components: [] }}></citystat-fdi-composition>
      <citystat-fdi-composition id="good" .data=${clone(example)}></citystat-fdi-composition>
    </div>`);
    const bad = root.querySelector('#bad') as CitystatFdiComposition;
    const good = root.querySelector('#good') as CitystatFdiComposition;
    await Promise.all([bad.settled(), good.settled()]);
    expect(bad.status).to.equal('error');
    expect(good.status).to.equal('ready');
    expect(marks(good).length).to.equal(3);
  });
});
