// Where a CMS strips `class`, `data-*` and `lang` (sanitize-html's defaults,
// some headless CMSs), the site's <meta name="citystat-figures"> names the
// figures, and the widget is told from the table's headers.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson, type AnyChart } from './helpers.js';
import { EXAMPLES, until, upgraded } from './embed-support.js';

/** What sanitize-html keeps by default: the tags, and no attribute but a link's href. */
function strip(markup: string): string {
  const t = document.createElement('template');
  t.innerHTML = markup;
  for (const el of t.content.querySelectorAll('*')) {
    for (const a of [...el.attributes]) if (!(el.localName === 'a' && a.name === 'href')) el.removeAttribute(a.name);
  }
  return t.innerHTML;
}

const labels = (el: AnyChart) => [...el.shadowRoot!.querySelectorAll('[part~=mark]')].map((m) => m.getAttribute('aria-label'));

describe('table-first embeds with stripped markup and the site setting', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.name = 'citystat-figures';
    meta.content = '.article-body figure';
    document.head.append(meta);
  });

  for (const lang of ['vi', 'en']) {
    it(`upgrades each example's stripped figure to the right widget with the same marks (${lang})`, async () => {
      const root = await fixture<HTMLElement>(html`<div class="article-body" lang=${lang}></div>`);
      const docs = await Promise.all(EXAMPLES.map(([, f]) => loadJson(`data-schemas/examples/${f}`)));
      root.innerHTML =
        EXAMPLES.map(([w], i) => strip(tableFirstSnippet(w, docs[i], lang))).join('') +
        '<figure><p>Ảnh</p><figcaption>Không phải biểu đồ</figcaption></figure>';
      expect(root.querySelector('[data-citystat], [class], [lang]')).to.equal(null);
      const figures = [...root.querySelectorAll('figure')];
      for (const [i, [widget]] of EXAMPLES.entries()) {
        const el = await upgraded(figures[i]);
        expect(el.localName).to.equal(`citystat-${widget}`);
        expect(el.status).to.equal('ready');
        expect(el.effectiveLang).to.equal(lang);
        const ref = document.createElement(el.localName) as AnyChart;
        ref.setAttribute('lang', lang);
        ref.data = docs[i];
        figures[i].after(ref);
        await ref.settled();
        // Without data-direction a KPI change is neutral: its words, not its colour, are compared.
        expect(labels(el)).to.deep.equal(labels(ref));
        expect(el.layout!.summary).to.equal(ref.layout!.summary);
        ref.remove();
      }
      await until(() => figures[EXAMPLES.length].hasAttribute('data-citystat-state'), 4000, 'the photo figure');
      expect(figures[EXAMPLES.length].getAttribute('data-citystat-state')).to.equal('skipped');
      expect(figures[EXAMPLES.length].querySelector('p')!.textContent).to.equal('Ảnh');
    });
  }

  it('leaves stripped figures outside the selector as tables', async () => {
    const root = await fixture<HTMLElement>(html`<div class="sidebar"></div>`);
    root.innerHTML = strip(tableFirstSnippet('kpi', await loadJson('data-schemas/examples/kpi.json'), 'vi'));
    await new Promise((r) => setTimeout(r, 500));
    expect(root.querySelector('figure > table')).to.not.equal(null);
    expect(root.querySelector('figure')!.hasAttribute('data-citystat-state')).to.equal(false);
  });
});
