import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/fdi-composition/define.js';
import type { CitystatFdiComposition } from '../src/charts/fdi-composition/fdi-composition.js';
import { checkSchema } from '../src/core/schema.js';
import { schema } from '../src/generated/fdi-composition.schema.js';
import { clone, loadJson, marks, mount, mountHtml, partText, recordEvents, watchUncaught, openTable } from './helpers.js';

type Doc = Record<string, any>;
let example: Doc;
const NB = '\u00a0';

before(async () => {
  example = await loadJson('data-schemas/examples/fdi-composition.json');
});

/** label = capital | share | count of every drawn part, in order. */
function drawn(el: CitystatFdiComposition): string[] {
  return (el.layout?.marks ?? []).map((m) => `${m.lines.join(' ')}=${m.cells.join('|')}`);
}

/** The text drawn in the chart for each part (label and figures), as a reader sees it. */
function shownRows(el: CitystatFdiComposition): string[] {
  return marks(el).map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim()).join(' | '));
}

const inDiv = (markup: string, lang = 'vi') => mountHtml<CitystatFdiComposition>(markup, { lang });

describe('citystat-fdi-composition: schema', () => {
  it('the example validates with the runtime checker and the ajv standalone validator', async () => {
    expect(checkSchema(schema, example)).to.deep.equal([]);
    const { validate } = await import(`/data-schemas/validators/${'fdi-composition'}.js`);
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    const negative = clone(example);
    negative.components[0].capital = -1;
    expect(validate(negative)).to.equal(false);
    expect(checkSchema(schema, negative).map((e) => e.instancePath)).to.deep.equal(['/components/0/capital']);
  });

  it('documents every property', async () => {
    const doc = await loadJson('data-schemas/fdi-composition.schema.json');
    const missing: string[] = [];
    const visit = (node: any, path: string) => {
      for (const [k, v] of Object.entries<any>(node?.properties ?? {})) {
        if (!v.description) missing.push(`${path}.${k}`);
        visit(v, `${path}.${k}`);
      }
      for (const [k, v] of Object.entries<any>(node?.definitions ?? {})) visit(v, `#${k}`);
    };
    visit(doc, '');
    expect(missing).to.deep.equal([]);
  });
});

describe('citystat-fdi-composition: four sources, one chart', () => {
  const expected = [
    `Đăng ký cấp mới=270${NB}triệu USD|10,7%|305${NB}dự án`,
    `Bổ sung tăng vốn=215${NB}triệu USD|8,5%|130${NB}dự án`,
    `Góp vốn, mua cổ phần=2.041${NB}triệu USD|80,8%|252${NB}lượt`,
  ];

  it('from the data property', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="vi" .data=${example}></citystat-fdi-composition>`);
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
    expect(marks(el).length).to.equal(3);
  });

  it('from src', async () => {
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" src="/data-schemas/examples/fdi-composition.json"></citystat-fdi-composition>`,
    );
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
  });

  it('from an inline JSON script', async () => {
    const el = await inDiv(
      `<citystat-fdi-composition><script type="application/json">${JSON.stringify(example)}</script></citystat-fdi-composition>`,
    );
    expect(drawn(el)).to.deep.equal(expected);
  });

  it('from a light-DOM table (label, capital, count), numbers read in the table language', async () => {
    const rows = example.components
      .map((c: Doc) => `<tr><td>${c.label.vi}</td><td>${c.capital.toLocaleString('vi-VN')}</td><td>${c.count} ${c.countUnit.vi}</td></tr>`)
      .join('');
    const el = await inDiv(
      `<citystat-fdi-composition><table><caption>Vốn FDI vào Hà Nội</caption><thead><tr><th>Hình thức</th><th>Vốn (triệu USD)</th><th>Số lượng</th></tr></thead><tbody>${rows}</tbody></table></citystat-fdi-composition>`,
    );
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
    expect(partText(el, 'title')).to.equal('Vốn FDI vào Hà Nội');
    // The same chart: identical text in every drawn row as from the data property.
    const fromData = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" .data=${example}></citystat-fdi-composition>`,
    );
    expect(shownRows(el)).to.deep.equal(shownRows(fromData));
  });

  it('reads an English table (2,041; "252 transactions") and data-value cells', async () => {
    const el = await inDiv(
      `<citystat-fdi-composition><table><tr><th>Form</th><th>Capital (million USD)</th><th>Count</th></tr>` +
        `<tr><td>New registrations</td><td>270</td><td>305 projects</td></tr>` +
        `<tr><td>Capital increases</td><td data-value="215">two hundred fifteen</td><td></td></tr>` +
        `<tr><td>Share purchases</td><td>2,041</td><td>252 transactions</td></tr></table></citystat-fdi-composition>`,
      'en',
    );
    expect(drawn(el)).to.deep.equal([
      `New registrations=270${NB}million USD|10.7%|305${NB}projects`,
      `Capital increases=215${NB}million USD|8.5%|no data`,
      `Share purchases=2,041${NB}million USD|80.8%|252${NB}transactions`,
    ]);
  });

  it('prefers the data property over src, script and table', async () => {
    const el = await mountHtml<CitystatFdiComposition>(
      `<citystat-fdi-composition lang="en" src="/__fault/status/404"><script type="application/json">{"components":[]}</script></citystat-fdi-composition>`,
      { data: example },
    );
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(3);
  });
});

describe('citystat-fdi-composition: what readers see', () => {
  it('shows title, period, total, rows, source line and a data table (en)', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="en" .data=${example}></citystat-fdi-composition>`);
    expect(partText(el, 'title')).to.equal('Foreign direct investment (FDI) attracted to Hanoi');
    expect(partText(el, 'subtitle')).to.equal('By form of investment');
    expect(partText(el, 'source')).to.equal('Source: Hanoi Department of Industry and Trade, 2023');
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(svg.querySelector('.muted')!.textContent).to.equal('Total, first 9 months of 2023');
    expect(svg.querySelector('.total')!.textContent).to.equal(`2,526${NB}million USD`);
    expect(svg.querySelectorAll('rect[part=segment]').length).to.equal(3);
    expect(marks(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      `New registrations: 270${NB}million USD, 10.7%, 305${NB}projects`,
      `Capital increases to existing projects: 215${NB}million USD, 8.5%, 130${NB}projects`,
      `Capital contributions and share purchases: 2,041${NB}million USD, 80.8%, 252${NB}transactions`,
    ]);
    const table = await openTable(el);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Component',
      'Capital (million USD)',
      'Share',
      'Count',
    ]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(4);
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(el.layout!.summary);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('shows the same in Vietnamese', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="vi" .data=${example}></citystat-fdi-composition>`);
    expect(partText(el, 'source')).to.equal('Nguồn: Sở Công Thương Hà Nội, 2023');
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(svg.querySelector('.total')!.textContent).to.equal(`2.526${NB}triệu USD`);
    expect(el.layout!.summary).to.match(
      /^Vốn đầu tư trực tiếp nước ngoài \(FDI\) thu hút vào Hà Nội, 9 tháng đầu năm 2023: tổng 2\.526\u00a0triệu USD, gồm 3 phần\. Lớn nhất là Góp vốn, mua cổ phần: 2\.041\u00a0triệu USD \(80,8%\)/,
    );
  });

  it('draws a donut with the total in its centre on request', async () => {
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" variant="donut" .data=${example}></citystat-fdi-composition>`,
    );
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(svg.querySelectorAll('path[part=segment]').length).to.equal(3);
    expect(svg.querySelectorAll('rect[part=segment]').length).to.equal(0);
    expect(svg.querySelector('.total')!.textContent).to.equal('2.526');
    expect(svg.querySelector('.unit')!.textContent).to.equal('triệu USD');
    expect(drawn(el)[2]).to.equal(`Góp vốn, mua cổ phần=2.041${NB}triệu USD|80,8%|252${NB}lượt`);
    el.variant = 'bar';
    await el.settled();
    expect(svg.isConnected && el.shadowRoot!.querySelectorAll('rect[part=segment]').length).to.equal(3);
  });

  it('shows the sum-check notice when the total does not add up, drawing the parts as given', async () => {
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" .data=${{ ...example, total: 2600 }}></citystat-fdi-composition>`,
    );
    expect(el.status).to.equal('ready');
    // (partText collapses white space, the no-break space between number and unit included)
    expect(partText(el, 'notice')).to.equal(
      'Lưu ý: tổng các phần (2.526 triệu USD) khác tổng công bố (2.600 triệu USD). Số liệu được thể hiện đúng như công bố.',
    );
    expect(el.layout!.marks.map((m) => m.cells[0])).to.deep.equal([`270${NB}triệu USD`, `215${NB}triệu USD`, `2.041${NB}triệu USD`]);
    expect(el.shadowRoot!.querySelector('rect.track')).to.not.equal(null);
    el.setAttribute('lang', 'en');
    await el.settled();
    expect(partText(el, 'notice')).to.equal(
      'Note: the parts add up to 2,526 million USD, not the stated total of 2,600 million USD. Figures are shown as published.',
    );
  });

  it('stays quiet within rounding (parts 179.05, total 179.04)', async () => {
    const data = {
      unit: 'triệu USD',
      total: 179.04,
      components: [
        { id: 'a', label: 'A', capital: 100.02 },
        { id: 'b', label: 'B', capital: 79.03 },
      ],
    };
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="vi" .data=${data}></citystat-fdi-composition>`);
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('renders one component sensibly: a full bar, 100%, one row', async () => {
    const data = { unit: 'triệu USD', components: [{ id: 'a', label: 'Đăng ký cấp mới', capital: 270, count: 305, countUnit: 'dự án' }] };
    for (const variant of ['bar', 'donut']) {
      const el = await mount<CitystatFdiComposition>(
        html`<citystat-fdi-composition lang="vi" variant=${variant} .data=${data}></citystat-fdi-composition>`,
      );
      expect(el.status).to.equal('ready');
      expect(drawn(el)).to.deep.equal([`Đăng ký cấp mới=270${NB}triệu USD|100,0%|305${NB}dự án`]);
      expect(el.shadowRoot!.querySelectorAll('[part=segment]').length).to.equal(1);
      expect(el.layout!.summary).to.equal(
        `Biểu đồ: tổng 270${NB}triệu USD, chỉ gồm một phần là Đăng ký cấp mới: 270${NB}triệu USD (100,0%), 305${NB}dự án.`,
      );
      await expect(el).to.be.accessible();
    }
  });

  for (const lang of ['vi', 'en']) {
    for (const variant of ['bar', 'donut']) {
      it(`has no axe violations (${lang}, ${variant}; also with a notice and in the error state)`, async () => {
        const el = await mount<CitystatFdiComposition>(
          html`<citystat-fdi-composition lang=${lang} variant=${variant} .data=${example}></citystat-fdi-composition>`,
        );
        await expect(el).to.be.accessible();
        const dark = await mount<CitystatFdiComposition>(
          html`<citystat-fdi-composition lang=${lang} theme="dark" variant=${variant} .data=${{ ...example, total: 2600 }}></citystat-fdi-composition>`,
        );
        await expect(dark).to.be.accessible();
        const bad = await mount<CitystatFdiComposition>(
          html`<citystat-fdi-composition lang=${lang} variant=${variant} .data=${{ components: [] }}></citystat-fdi-composition>`,
        );
        expect(bad.status).to.equal('error');
        await expect(bad).to.be.accessible();
      });
    }
  }

  it('is one tab stop; arrows move between parts and show the tooltip; Enter selects', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="en" .data=${example}></citystat-fdi-composition>`);
    const events = recordEvents();
    const focusable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(focusable.length).to.equal(1);
    (focusable[0] as SVGElement).focus();
    const key = async (k: string) => {
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await el.updateComplete;
      await el.settled(); // and the tooltip chunk, loaded with the first focused mark
    };
    await key('ArrowRight');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-index')).to.equal('1');
    expect(el.layout!.marks[1].tooltip).to.deep.equal([
      'Capital increases to existing projects',
      `215${NB}million USD · 8.5% · 130${NB}projects`,
    ]);
    const tip = el.shadowRoot!.querySelector('[part=tooltip]')!;
    // The bold first line may wrap: read every bold line.
    expect([...tip.querySelectorAll('tspan.strong')].map((t) => t.textContent).join(' ')).to.equal(
      'Capital increases to existing projects',
    );
    expect(tip.textContent).to.contain('8.5%');
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('increase');
    expect(events.selects.at(-1)!.detail.datum.capital).to.equal(215);
    events.stop();
  });
});

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
