// The README's embed example (tag and JSON) is what editors paste: it must draw as it
// is, with no "does not add up" notice and no error.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AnyChart } from './helpers.js';

async function firstEmbed(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const at = readme.indexOf('## Embed');
  // The tag-and-JSON example (the table-first figure before it needs the site script).
  const block = [...readme.slice(at).matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('<citystat-'))!;
  // The CDN script is the page's; the element and its inline JSON are the example.
  return block.replace(/<script type="module"[^>]*><\/script>/, '');
}

describe('README embed example', () => {
  for (const lang of ['vi', 'en']) {
    it(`draws every item with no notice (${lang})`, async () => {
      const root = await fixture<HTMLElement>(html`<div></div>`);
      root.innerHTML = (await firstEmbed()).replace('lang="vi"', `lang="${lang}"`);
      const el = root.querySelector('citystat-sector-breakdown') as AnyChart;
      expect(await el.settled()).to.equal('ready');
      expect(el.layout!.notices).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('.notice').length).to.equal(0);
      expect(el.layout!.marks.length).to.equal(8);
    });
  }
});
