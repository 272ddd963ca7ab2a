// Titles are headings (readers who jump by headings find every chart), at the
// level the page asks for with `heading-level`; the title is heard once.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { loadJson, widgetRegistry, type AnyChart } from './helpers.js';

const title = (el: Element) => el.shadowRoot!.querySelector('[part=title]')!;
const plot = (el: Element) => el.shadowRoot!.querySelector('[role=list]')!;

describe('titles as headings', () => {
  for (const w of widgetRegistry()) {
    it(`${w.tag}: the title is a level-2 heading by default, heading-level sets it, the plot is not named by it again`, async () => {
      const data = await loadJson(`data-schemas/examples/${w.examples[0]}`);
      const root = await fixture<HTMLElement>(html`<div></div>`);
      root.innerHTML = `<${w.tag} lang="en"></${w.tag}><${w.tag} lang="en" heading-level="4"></${w.tag}><${w.tag} lang="en" heading-level="9"></${w.tag}>`;
      const [plain, four, bad] = [...root.children] as AnyChart[];
      for (const el of [plain, four, bad]) el.data = data;
      await Promise.all([plain, four, bad].map((el) => el.settled()));
      expect(title(plain).getAttribute('role')).to.equal('heading');
      expect(title(plain).textContent).to.equal(data.title.en);
      expect([plain, four, bad].map((el) => title(el).getAttribute('aria-level'))).to.deep.equal(['2', '4', '2']);
      expect(plot(plain).hasAttribute('aria-labelledby')).to.equal(false);
      expect(plot(plain).hasAttribute('aria-label')).to.equal(false);
      await expect(plain).to.be.accessible();
    });

    it(`${w.tag}: without a title, no heading; the plot is named by its summary`, async () => {
      const { title: _t, ...data } = await loadJson(`data-schemas/examples/${w.examples[0]}`);
      const root = await fixture<HTMLElement>(html`<div></div>`);
      root.innerHTML = `<${w.tag} lang="en"></${w.tag}>`;
      const el = root.firstElementChild as AnyChart;
      el.data = data;
      await el.settled();
      expect(el.shadowRoot!.querySelector('[part=title]')).to.equal(null);
      expect(plot(el).getAttribute('aria-label')).to.equal(el.layout!.summary);
    });
  }
});
