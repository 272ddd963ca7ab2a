// The site script upgrades table-first figures: late ones, many at once, bad
// tables (located message, the table still readable), options, accessibility.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson, type AnyChart } from './helpers.js';
import { EXAMPLES, until, upgraded } from './embed-support.js';

type Doc = Record<string, unknown>;
const docs = new Map<string, Doc>();
before(async () => {
  for (const [, file] of EXAMPLES) docs.set(file, await loadJson(`data-schemas/examples/${file}`));
});
const snippet = (file: string, lang = 'vi', options?: Record<string, string>) =>
  tableFirstSnippet(EXAMPLES.find(([, f]) => f === file)![0], docs.get(file), lang, options);

describe('table-first embeds: the site script', () => {
  it('upgrades a figure added 2 s after load', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    setTimeout(() => (root.innerHTML = snippet('fdi-composition.json')), 2000);
    await until(() => !!root.querySelector('figure'), 4000, 'the late figure');
    const el = await upgraded(root.querySelector('figure')!);
    expect(el.localName).to.equal('citystat-fdi-composition');
    expect(el.status).to.equal('ready');
  }).timeout(15000);

  it('upgrades 200 figures on one page', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const t0 = performance.now();
    root.innerHTML = Array.from({ length: 200 }, (_, i) => snippet(EXAMPLES[i % EXAMPLES.length][1], i % 2 ? 'en' : 'vi')).join('');
    const figures = [...root.querySelectorAll('figure')];
    expect(figures).to.have.length(200);
    await until(() => figures.every((f) => f.getAttribute('data-citystat-state') === 'ready'), 60000, '200 upgrades');
    console.log(`200 figures upgraded in ${Math.round(performance.now() - t0)} ms`);
    for (const f of figures) expect((f.firstElementChild as AnyChart).status).to.equal('ready');
  }).timeout(70000);

  for (const [lang, where, missing] of [
    ['vi', 'hàng 3, cột 2', 'hàng 2: thiếu cột 2 (Vốn (triệu USD))'],
    ['en', 'row 3, column 2', 'row 2: column 2 (Capital (million USD)) is missing'],
  ]) {
    it(`a malformed table shows a message located by row and column (${lang}) and stays readable`, async () => {
      const root = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const good = snippet('fdi-composition.json', lang);
      const bad = good.replace(lang === 'vi' ? '<td>2.041</td>' : '<td>2,041</td>', '<td>hai nghìn</td>');
      expect(bad).to.not.equal(good);
      root.innerHTML = bad;
      const figure = root.querySelector('figure')!;
      const el = await upgraded(figure);
      expect(el.status).to.equal('error');
      await until(() => figure.getAttribute('data-citystat-state') === 'error', 4000, 'the error state');
      const message = el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ');
      expect(message).to.contain(where);
      expect(message).to.contain('hai nghìn');
      // The table is still there to read, below the message, with its title and source.
      const copy = figure.querySelector<HTMLTableElement>(':scope > table')!;
      expect(copy.caption!.textContent).to.contain(lang === 'vi' ? 'Vốn đầu tư trực tiếp' : 'Foreign direct investment');
      expect(copy.getBoundingClientRect().height).to.be.greaterThan(50);
      expect(figure.querySelector(':scope > figcaption')!.textContent).to.contain(lang === 'vi' ? 'Nguồn:' : 'Source:');
      await expect(figure).to.be.accessible();

      // A row without its capital cell.
      const root2 = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      root2.innerHTML = good.replace(/(<tr data-id="increase"><th scope="row">[^<]*<\/th>)<td>215<\/td><td>[^<]*<\/td>/, '$1');
      const el2 = await upgraded(root2.querySelector('figure')!);
      expect(el2.status).to.equal('error');
      await until(() => !!el2.shadowRoot!.querySelector('[part=error] li'), 4000, 'the message');
      expect(el2.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ')).to.contain(missing);
    });
  }

  it('leaves a figure of an unknown widget as a table', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = snippet('kpi.json').replace('data-citystat="kpi"', 'data-citystat="pie"');
    const figure = root.querySelector('figure')!;
    await until(() => figure.hasAttribute('data-citystat-state'), 4000, 'the figure state');
    expect(figure.getAttribute('data-citystat-state')).to.equal('skipped');
    expect(figure.firstElementChild!.localName).to.equal('table');
  });

  it('gives the widget the options the figure carries, and no others', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = snippet('fdi-composition.json', 'vi', { variant: 'donut', onclick: 'alert(1)', src: '/x.json' }).replace(
      '<figure',
      '<figure data-onmouseover="alert(2)" data-theme="dark"',
    );
    const el = await upgraded(root.querySelector('figure')!);
    expect(el.getAttribute('variant')).to.equal('donut');
    expect(el.getAttribute('theme')).to.equal('dark');
    for (const a of ['onclick', 'onmouseover', 'src']) expect(el.hasAttribute(a), a).to.equal(false);
    expect(el.status).to.equal('ready');
  });

  it('an upgraded article has no axe violations, and each figure is met once', async () => {
    const root = await fixture<HTMLElement>(html`<main lang="vi"><h1>Công nghiệp Hà Nội</h1><div class="body"></div></main>`);
    root.querySelector('.body')!.innerHTML = `<p>Đoạn mở đầu.</p>${snippet('kpi.json')}<p>Đoạn giữa.</p>${snippet('fdi-composition.json')}`;
    const figures = [...root.querySelectorAll('figure')];
    const widgets = await Promise.all(figures.map((f) => upgraded(f)));
    await expect(root).to.be.accessible();

    // Each figure is met once: the table and figcaption are light-DOM children
    // of the widget that no <slot> shows, so neither drawn nor in the accessibility tree.
    for (const [i, figure] of figures.entries()) {
      const el = widgets[i];
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect([...figure.children].map((c) => c.localName)).to.deep.equal([el.localName]);
      for (const hidden of el.querySelectorAll(':scope > table, :scope > figcaption')) {
        expect(hidden.getClientRects().length, hidden.localName).to.equal(0);
        expect(hidden.checkVisibility(), hidden.localName).to.equal(false);
      }
      // What the reader meets instead: the widget's title, chart and source line.
      expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(
        figure.querySelector('caption')!.childNodes[0].textContent,
      );
      expect(el.shadowRoot!.querySelector('[part=source]')!.getClientRects().length).to.be.greaterThan(0);
    }
  });
});
