// A keyboard walk over every mark of every default example: the tooltip shown
// on focus never covers the focused mark's value label or the headline total.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { loadJson, widgetRegistry, type AnyChart } from './helpers.js';

type Rect = { left: number; right: number; top: number; bottom: number };
const meets = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const box = (e: Element) => e.getBoundingClientRect();

const cases = widgetRegistry()
  .filter((w) => w.name !== 'kpi') // cards: the figures are the text, no tooltip
  .flatMap((w) => w.examples.map((file) => ({ tag: w.tag, file, variant: '' })))
  .concat([{ tag: 'citystat-fdi-composition', file: 'fdi-composition.json', variant: 'donut' }]);

describe('tooltips on keyboard focus keep clear of what they describe', () => {
  for (const c of cases) {
    for (const width of [360, 800]) {
      for (const lang of ['vi', 'en']) {
        it(`${c.file}${c.variant ? ` (${c.variant})` : ''} at ${width} px (${lang})`, async () => {
          const data = await loadJson(`data-schemas/examples/${c.file}`);
          const root = await fixture<HTMLElement>(html`<div style="width:${width}px"><button id="before">before</button></div>`);
          const el = document.createElement(c.tag) as unknown as AnyChart;
          el.setAttribute('lang', lang);
          if (c.variant) el.setAttribute('variant', c.variant);
          el.data = data;
          root.append(el);
          await el.settled();
          (root.querySelector('#before') as HTMLButtonElement).focus();
          await sendKeys({ press: 'Tab' });
          const sr = el.shadowRoot!;
          const count = el.layout!.marks.length;
          for (let i = 0; i < count; i++) {
            if (i) await sendKeys({ press: 'ArrowDown' });
            await el.settled(); // the tooltip chunk loads with the first focused mark
            const tip = sr.querySelector('.tooltip rect');
            expect(tip, `tooltip of mark ${i}`).to.not.equal(null);
            const mark = sr.querySelector(`[data-index="${i}"]`)!;
            const labels = [...mark.querySelectorAll('.value, .missing-text, .fig'), ...sr.querySelectorAll('.total, .headline')];
            expect(labels.length, `value labels of mark ${i}`).to.be.greaterThan(0);
            for (const label of labels) {
              expect(meets(box(tip!), box(label)), `mark ${i}: tooltip meets "${label.textContent}"`).to.equal(false);
            }
          }
        });
      }
    }
  }
});
