/**
 * Keyboard paths for every widget, with real key presses (the browser's own
 * Tab order): tab in, arrows through every mark, Home/End, select with Enter,
 * clear with Escape, tab out of the chart and out of the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { AnyChart } from './helpers.js';
import { loadJson, recordEvents, widgetRegistry } from './helpers.js';

/** Every widget of the registry (src/widgets.json) with its first example. */
const widgets = widgetRegistry().map((w) => [w.tag, w.examples[0]] as const);

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

for (const [tag, file] of widgets) {
  describe(`keyboard: <${tag}>`, () => {
    it('tab in, arrows through every mark, Home/End, Enter, Escape, tab out', async () => {
      const data = await loadJson(`data-schemas/examples/${file}`);
      const root = await fixture<HTMLElement>(html`<div lang="en">
        <button id="before">before</button>
        <div class="host"></div>
        <button id="after">after</button>
      </div>`);
      const el = document.createElement(tag) as unknown as AnyChart;
      el.data = data;
      root.querySelector('.host')!.append(el);
      await el.settled();
      const count = el.layout!.marks.length;
      expect(count).to.be.greaterThan(2);
      const events = recordEvents();
      (root.querySelector('#before') as HTMLButtonElement).focus();

      await sendKeys({ press: 'Tab' });
      await el.settled(); // the interaction chunk, loaded with the first focus
      expect(document.activeElement).to.equal(el);
      // The first mark, not the <svg> around the marks (Chromium made it a tab stop of its own).
      expect(deepActive()!.getAttribute('data-index')).to.equal('0');
      // a visible focus indicator
      const mark = deepActive()!;
      expect(mark.matches(':focus-visible')).to.equal(true);

      for (let i = 1; i < count; i++) {
        await sendKeys({ press: i % 2 ? 'ArrowDown' : 'ArrowRight' });
        await el.updateComplete;
        expect(deepActive()!.getAttribute('data-index'), `after ${i} arrows`).to.equal(String(i));
      }
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()!.getAttribute('data-index')).to.equal(String(count - 1));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(deepActive()!.getAttribute('data-index')).to.equal('0');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(deepActive()!.getAttribute('data-index')).to.equal(String(count - 1));

      await sendKeys({ press: 'Enter' });
      expect(events.selects.at(-1)!.detail.index).to.equal(count - 1);
      expect(events.selects.at(-1)!.detail.key).to.equal(el.layout!.marks[count - 1].key);
      await sendKeys({ press: 'Escape' });
      expect(events.selects.at(-1)!.detail.index).to.equal(-1);

      // One tab stop for the marks: the next Tab leaves them.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()!.hasAttribute('data-index')).to.equal(false);
      let presses = 1;
      while (document.activeElement !== root.querySelector('#after') && presses < 8) {
        await sendKeys({ press: 'Tab' });
        presses++;
      }
      expect(document.activeElement).to.equal(root.querySelector('#after'));
      // Shift+Tab back into the widget lands on the last control, not on a mark list.
      events.stop();
    });
  });
}
