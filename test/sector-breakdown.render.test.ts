// What readers of <citystat-sector-breakdown> see and hear: frame, language, accessibility,
// a breakdown not published, the keyboard.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import type { CitystatSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.js';
import { loadJson, marks, mount, partText, recordEvents, openTable } from './helpers.js';
import { keyPresser } from './keys.js';
import { example } from './sector-breakdown-support.js';

describe('citystat-sector-breakdown: frame, language and accessibility', () => {
  it('shows title, source line, note, summary and a data table', async () => {
    const el = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown lang="en" .data=${example}></citystat-sector-breakdown>`,
    );
    expect(partText(el, 'title')).to.equal("Hanoi's key industrial products recognised in 2022, by industry group");
    expect(partText(el, 'source')).to.equal('Source: Hanoi Department of Industry and Trade, via Hànộimới, 13/12/2022');
    expect(partText(el, 'note')).to.contain('29 enterprises registered 42 products');
    const button = el.shadowRoot!.querySelector('[part=table-toggle]')!;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null); // built only when asked for
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const table = await openTable(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide data table');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.contains(table)).to.equal(true);
    expect(table.querySelectorAll('tbody tr').length).to.equal(9);
    expect(table.caption!.textContent).to.equal(partText(el, 'title'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    // The title is a heading just above the plot: not heard again as the plot's name.
    expect(el.shadowRoot!.querySelector('[part=title]')!.getAttribute('role')).to.equal('heading');
    expect(svg.hasAttribute('aria-labelledby')).to.equal(false);
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(el.layout!.summary);
    expect(marks(el)[0].getAttribute('aria-label')).to.equal('Textiles, garments, leather and footwear: 8\u00a0products, 24.2%');
  });

  it('follows the nearest lang, then the data locale, then vi', async () => {
    const root = await fixture<HTMLElement>(
      html`<div lang="en"><citystat-sector-breakdown .data=${example}></citystat-sector-breakdown></div>`,
    );
    const el = root.querySelector('citystat-sector-breakdown') as CitystatSectorBreakdown;
    await el.settled();
    expect(el.effectiveLang).to.equal('en');
    root.setAttribute('lang', 'vi-VN');
    await el.updateComplete;
    await el.settled();
    expect(el.effectiveLang).to.equal('vi');
    expect(partText(el, 'source')).to.match(/^Nguồn: /);
    const noLang = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown .data=${{ ...example, locale: 'en' }}></citystat-sector-breakdown>`,
    );
    // the test page's <html> has no lang: the data's locale decides
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(noLang.effectiveLang).to.equal('en');
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang})`, async () => {
      const el = await mount<CitystatSectorBreakdown>(
        html`<citystat-sector-breakdown lang=${lang} .data=${example}></citystat-sector-breakdown>`,
      );
      await expect(el).to.be.accessible();
      const cumulative = await loadJson('data-schemas/examples/sector-breakdown-cumulative.json');
      const el2 = await mount<CitystatSectorBreakdown>(
        html`<citystat-sector-breakdown lang=${lang} .data=${cumulative}></citystat-sector-breakdown>`,
      );
      await expect(el2).to.be.accessible();
      const bad = await mount<CitystatSectorBreakdown>(
        html`<citystat-sector-breakdown lang=${lang} .data=${{ items: 3 }}></citystat-sector-breakdown>`,
      );
      await expect(bad).to.be.accessible();
    });
  }

  it('draws a not-published breakdown as one label a group, saying "not published" once, yet in every mark name', async () => {
    const cumulative = await loadJson('data-schemas/examples/sector-breakdown-cumulative.json');
    const el = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown lang="en" .data=${cumulative}></citystat-sector-breakdown>`,
    );
    expect(marks(el)).to.have.length(8);
    expect(el.shadowRoot!.querySelectorAll('.missing-text, .missing-line')).to.have.length(0);
    expect(marks(el).every((m) => m.getAttribute('aria-label')!.endsWith(': not published'))).to.equal(true);
  });

  it('styles a missing value and a not-published headline with the styles the extras bring', async () => {
    const el = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown
        lang="en"
        .data=${{
          title: 'T',
          unit: 'sp',
          total: 4,
          items: [
            { id: 'a', label: 'A', value: 4 },
            { id: 'b', label: 'B', value: null },
          ],
        }}
      ></citystat-sector-breakdown>`,
    );
    const text = el.shadowRoot!.querySelector('.missing-text')!;
    expect(getComputedStyle(text).fontStyle).to.equal('italic');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.missing-line')!).strokeDasharray).to.equal('3px, 3px');
    const cumulative = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown lang="en" .data=${await loadJson('data-schemas/examples/sector-breakdown-cumulative.json')}></citystat-sector-breakdown>`,
    );
    const headline = getComputedStyle(cumulative.shadowRoot!.querySelector('.headline')!);
    expect([headline.fontSize, headline.fontWeight]).to.deep.equal(['24px', '700']);
    // Plain data neither loads nor adopts them.
    const plain = await mount<CitystatSectorBreakdown>(html`<citystat-sector-breakdown .data=${example}></citystat-sector-breakdown>`);
    expect(plain.shadowRoot!.adoptedStyleSheets.length).to.be.below(el.shadowRoot!.adoptedStyleSheets.length);
  });

  it('is one tab stop; arrows, Home/End, Enter and Escape work', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <citystat-sector-breakdown lang="en" .data=${example}></citystat-sector-breakdown>
      <button id="after">after</button>
    </div>`);
    const el = root.querySelector('citystat-sector-breakdown') as CitystatSectorBreakdown;
    await el.settled();
    const events = recordEvents();
    const focusable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(focusable.length).to.equal(1);
    (focusable[0] as SVGElement).focus();
    const key = keyPresser(el);
    const focusedIndex = () => Number(el.shadowRoot!.activeElement?.getAttribute('data-index'));
    await key('ArrowDown');
    expect(focusedIndex()).to.equal(1);
    const tooltip = [...el.shadowRoot!.querySelectorAll('[part=tooltip] tspan')].map((t) => t.textContent).join(' ');
    expect(tooltip).to.equal('Mechanical engineering and manufacturing 6\u00a0products · 18.2%');
    await key('End');
    expect(focusedIndex()).to.equal(7);
    await key('Home');
    expect(focusedIndex()).to.equal(0);
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('textiles');
    await key('Escape');
    expect(events.selects.at(-1)!.detail.key).to.equal(null);
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    events.stop();
  });
});
