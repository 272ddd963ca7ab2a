// A layout that throws on data the checks passed (a fault of ours, or a hostile object the checks did not foresee)
// must not leave a blank widget whose settled() never resolves: the error state, a message in the widget's
// language, one citystat-error, and the next good data draws again.
import { expect } from '@open-wc/testing';
import * as citystat from '../src/index.js';
import { clone, loadJson, partText, recordEvents, watchUncaught, widgetRegistry } from './helpers.js';

describe('a layout that throws', () => {
  for (const w of widgetRegistry()) {
    const Widget = (citystat as unknown as Record<string, new () => HTMLElement>)[w.className];
    const tag = `test-throwing-layout-${w.name}`;
    let fail = true;
    class Throwing extends (Widget as any) {
      computeLayout(...args: unknown[]) {
        if (fail) throw new TypeError('layout bug');
        return super.computeLayout(...args);
      }
    }
    customElements.define(tag, Throwing as unknown as CustomElementConstructor);

    it(`${w.name}: the error state and message in vi and en, one citystat-error, then a good layout draws`, async () => {
      const example = await loadJson(`data-schemas/examples/${w.examples[0]}`);
      const uncaught = watchUncaught();
      const events = recordEvents();
      const el = document.createElement(tag) as any;
      el.setAttribute('lang', 'vi');
      el.data = clone(example);
      document.body.append(el);
      expect(await el.settled()).to.equal('error');
      expect(partText(el, 'error')).to.contain('Không vẽ được biểu đồ từ các số liệu này.');
      // The data is valid: the heading does not blame it.
      expect(partText(el, 'error')).to.contain('Không hiển thị được biểu đồ:').and.not.contain('dữ liệu có lỗi');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(partText(el, 'error')).to.contain('This chart could not be drawn from these figures.');
      expect(partText(el, 'error')).to.contain('This chart cannot be shown:').and.not.contain('has errors');
      expect(events.errors.map((e) => e.detail.issues.map((i: { code: string }) => i.code))).to.deep.equal([['errLayout']]);
      fail = false;
      el.data = clone(example);
      expect(await el.settled()).to.equal('ready');
      expect(el.layout.marks.length).to.be.greaterThan(0);
      expect(events.renders.length).to.equal(1);
      events.stop();
      uncaught.stop();
      expect(uncaught.errors).to.deep.equal([]);
      el.remove();
    });
  }
});
