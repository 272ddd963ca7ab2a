// A table reader that throws, or whose chunk fails to load, must not leave the widget "loading" with an
// uncaught error (issue: no exception escapes the data pipeline): the error state, a message, citystat-error.
import { expect } from '@open-wc/testing';
import { CitystatSectorBreakdown } from '../src/index.js';
import { partText, recordEvents } from './helpers.js';

class ThrowingReader extends CitystatSectorBreakdown {
  protected override tableReader(): any {
    return Promise.resolve({
      fromTable() {
        throw new TypeError('reader bug');
      },
    });
  }
}
class MissingReaderChunk extends CitystatSectorBreakdown {
  protected override tableReader(): any {
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
}
customElements.define('test-throwing-reader', ThrowingReader);
customElements.define('test-missing-reader-chunk', MissingReaderChunk);

describe('a table reader that fails', () => {
  for (const tag of ['test-throwing-reader', 'test-missing-reader-chunk']) {
    for (const input of ['csv', 'table'] as const) {
      it(`${tag}, ${input}: the error state with a message in the widget's language, one citystat-error, no uncaught rejection`, async () => {
        const uncaught: unknown[] = [];
        const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
        window.addEventListener('unhandledrejection', onRejection);
        const events = recordEvents();
        const el = document.createElement(tag) as any;
        el.setAttribute('lang', 'vi');
        if (input === 'csv') {
          const script = document.createElement('script');
          script.type = 'text/csv';
          script.textContent = 'Ngành;Giá trị\nA;1\nB;2';
          el.append(script);
        } else {
          el.innerHTML = '<table><tr><th>Ngành</th><th>Giá trị</th></tr><tr><td>A</td><td>1</td></tr></table>';
        }
        document.body.append(el);
        await el.settled();
        await new Promise((r) => setTimeout(r, 50));
        window.removeEventListener('unhandledrejection', onRejection);
        events.stop();
        expect(el.status).to.equal('error');
        expect(partText(el, 'error')).to.contain('Không đọc được bảng dữ liệu hoặc tệp CSV này.');
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(partText(el, 'error')).to.contain('This data table or CSV file could not be read.');
        expect(events.errors.length).to.equal(1);
        expect(uncaught).to.deep.equal([]);
        el.remove();
      });
    }
  }
});
