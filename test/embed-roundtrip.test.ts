// Each example's table-first snippet, upgraded by the site script, shows the
// same marks, labels and values as the widget given the JSON (vi and en).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson, type AnyChart } from './helpers.js';
import { EXAMPLES, shown, upgraded } from './embed-support.js';

describe('table-first embeds: snippet → upgraded widget = JSON widget', () => {
  for (const [widget, file] of EXAMPLES) {
    for (const lang of ['vi', 'en']) {
      it(`${file} (${lang})`, async () => {
        const data = await loadJson(`data-schemas/examples/${file}`);
        const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
        root.innerHTML = tableFirstSnippet(widget, data, lang);
        const figure = root.querySelector('figure')!;
        figure.style.margin = '0'; // the same width as the widget it is compared with
        const el = await upgraded(figure);
        expect(el.localName).to.equal(`citystat-${widget}`);
        expect(el.status).to.equal('ready');
        const fromJson = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
        const ref = document.createElement(`citystat-${widget}`) as AnyChart;
        ref.setAttribute('lang', lang);
        ref.data = data;
        fromJson.append(ref);
        await ref.settled();
        expect(shown(el)).to.deep.equal(shown(ref));
        expect(figure.getAttribute('data-citystat-state')).to.equal('ready');
      });
    }
  }
});
