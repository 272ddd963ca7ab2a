// Without the site script (RSS, newsletters, reader mode, crawlers) a
// table-first figure is a readable table with its title and source; the
// snippet writes data as text, never as markup.
import { expect, fixture, html } from '@open-wc/testing';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson } from './helpers.js';
import { EXAMPLES } from './embed-support.js';

const docs = new Map<string, Record<string, any>>();
before(async () => {
  for (const [, file] of EXAMPLES) docs.set(file, await loadJson(`data-schemas/examples/${file}`));
});

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('table-first embeds without the site script', () => {
  for (const [widget, file] of EXAMPLES) {
    for (const lang of ['vi', 'en']) {
      it(`${file} (${lang}) is a table with its title, headers, figures and source`, async () => {
        const doc = docs.get(file)!;
        const root = await fixture<HTMLElement>(html`<div></div>`);
        root.innerHTML = tableFirstSnippet(widget, doc, lang);
        const figure = root.querySelector('figure')!;
        expect(figure.getAttribute('lang')).to.equal(lang);
        const table = figure.querySelector('table')!;
        expect(text(table.caption)).to.contain(doc.title[lang]);
        if (doc.subtitle) expect(text(table.caption!.querySelector('small'))).to.equal(doc.subtitle[lang]);
        expect(table.tHead!.rows[0].cells.length).to.be.greaterThan(1);
        expect(table.tBodies[0].rows.length).to.be.greaterThan(0);
        expect(text(figure.querySelector('figcaption p'))).to.match(lang === 'vi' ? /^Nguồn: / : /^Source: /);
        expect(text(figure.querySelector('figcaption'))).to.contain(doc.source.name[lang]);
        if (doc.note) expect(text(figure.querySelector('figcaption'))).to.contain(doc.note[lang]);
        if (typeof doc.total === 'number') expect(table.tFoot!.rows[0].cells.length).to.be.greaterThan(1);
        // No JSON, no script, no custom element: only what sanitizers keep.
        expect(root.innerHTML).to.not.match(/[{}]|<script|<citystat-|<svg|<iframe/i);
        expect(table.getBoundingClientRect().height).to.be.greaterThan(50);
      });
    }
  }

  it('writes figures as the widgets do: vi 2.041, en 2,041, units in the headers, the total in tfoot', async () => {
    const fdi = docs.get('fdi-composition.json');
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = tableFirstSnippet('fdi-composition', fdi, 'vi') + tableFirstSnippet('citystat-fdi-composition', fdi, 'en');
    const [vi, en] = [...root.querySelectorAll('table')];
    expect([...vi.tHead!.rows[0].cells].map(text)).to.deep.equal(['Thành phần', 'Vốn (triệu USD)', 'Số lượng']);
    expect([...en.tHead!.rows[0].cells].map(text)).to.deep.equal(['Component', 'Capital (million USD)', 'Count']);
    const cells = (row: HTMLTableRowElement) => [...row.cells].map(text);
    expect(cells(vi.tBodies[0].rows[2])).to.deep.equal(['Góp vốn, mua cổ phần', '2.041', '252 lượt']);
    expect(cells(en.tBodies[0].rows[2])).to.deep.equal(['Capital contributions and share purchases', '2,041', '252 transactions']);
    expect(cells(vi.tFoot!.rows[0])).to.deep.equal(['Tổng 9 tháng đầu năm 2023', '2.526', '']);
    expect(cells(en.tFoot!.rows[0])).to.deep.equal(['Total, first 9 months of 2023', '2,526', '']);
  });

  it('writes data strings as text: markup, quotes and unsafe links do nothing', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">"\'&';
    const doc = {
      title: evil,
      subtitle: '</caption></table><script>window.__pwned=2</script>',
      items: [{ id: 'a"><b>', label: evil, value: 1, note: '<i>n</i>' }],
      unit: '"><svg onload=alert(1)>',
      note: '<a href="javascript:alert(1)">x</a>',
      source: { name: 'S <b>bold</b>', url: 'javascript:alert(1)', date: '<u>2023</u>' },
    };
    const out = tableFirstSnippet('sector-breakdown', doc, 'en', { variant: '"><script>x</script>', 'bad name': 'x', citystat: 'kpi' });
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = out;
    expect(root.querySelectorAll('img, script, svg, b, i, u, a[href^="javascript"]').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const figure = root.querySelector('figure')!;
    expect(figure.getAttribute('data-citystat')).to.equal('sector-breakdown');
    expect(figure.getAttribute('data-variant')).to.equal('"><script>x</script>');
    expect(figure.querySelector('a')).to.equal(null); // the javascript: link is dropped, the name kept as text
    expect(text(figure.querySelector('figcaption p'))).to.equal('Source: S <b>bold</b>, <u>2023</u>');
    expect(text(figure.querySelector('caption'))).to.contain(evil);
    expect(figure.querySelector('tbody tr')!.getAttribute('data-id')).to.equal('a"><b>');
    // http(s) and same-site links are kept.
    root.innerHTML = tableFirstSnippet('sector-breakdown', { ...doc, source: { name: 'S', url: 'https://example.org/a?b=1&c=2' } }, 'en');
    expect(root.querySelector('figcaption a')!.getAttribute('href')).to.equal('https://example.org/a?b=1&c=2');
  });

  it('refuses an unknown widget or data that is not an object', () => {
    expect(() => tableFirstSnippet('pie', {}, 'vi')).to.throw(/unknown widget/);
    expect(() => tableFirstSnippet('kpi', '[]', 'vi')).to.throw(/object/);
  });

  it('an article with figures and no site script has no axe violations', async () => {
    const root = await fixture<HTMLElement>(html`<main lang="vi"><h1>Công nghiệp Hà Nội</h1><div class="body"></div></main>`);
    root.querySelector('.body')!.innerHTML = EXAMPLES.map(([w, f]) => `<p>Đoạn văn.</p>${tableFirstSnippet(w, docs.get(f), 'vi')}`).join(
      '',
    );
    expect(root.querySelectorAll('figure table')).to.have.length(EXAMPLES.length);
    await expect(root).to.be.accessible();
  });
});
