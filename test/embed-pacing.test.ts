// The first drawing of an upgraded figure's chart is spread over tasks
// (src/embed/pace.ts); a widget given data as a property is still drawn in the
// task that sets it, in one commit; and table-first figures replace their
// tables one per frame.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import '../src/charts/sector-breakdown/define.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson, widgetRegistry, type AnyChart } from './helpers.js';
import { until, upgraded } from './embed-support.js';

type Hooks = { willUpdate: (c: unknown) => void; computeLayout: (...args: unknown[]) => unknown };

describe('an upgraded figure: the first drawing over several tasks', () => {
  it('reads and validates, lays out and draws in three tasks, with one citystat-render', async () => {
    const doc = await loadJson('data-schemas/examples/sector-breakdown.json');
    const root = await fixture<HTMLElement>(html`<div style="width: 480px"></div>`);
    // `epoch` counts the tasks that ran after a marked moment: a marked setTimeout is queued before the
    // widget schedules its next piece, so it runs in a task of its own before that piece.
    let epoch = 0;
    const mark = () => setTimeout(() => epoch++);
    const at = { ready: -1, layout: -1, render: -1 };
    let renders = 0;
    const proto = customElements.get('citystat-sector-breakdown')!.prototype as Hooks;
    const { willUpdate, computeLayout } = proto;
    proto.willUpdate = function (this: AnyChart, c) {
      if (this.status === 'ready' && at.ready < 0) {
        at.ready = epoch; // the update right after the table was read and validated
        mark();
      }
      willUpdate.call(this, c);
    };
    proto.computeLayout = function (this: AnyChart, ...args) {
      at.layout = epoch;
      mark();
      return computeLayout.apply(this, args);
    };
    try {
      root.addEventListener('citystat-render', () => {
        at.render = epoch;
        renders++;
      });
      root.innerHTML = tableFirstSnippet('sector-breakdown', doc, 'vi');
      const el = await upgraded(root.querySelector('figure')!);
      expect(at.layout, 'the layout in a later task than the reading').to.be.greaterThan(at.ready);
      expect(at.render, 'the drawing in a later task than the layout').to.be.greaterThan(at.layout);
      expect(renders).to.equal(1);
      expect(el.layout!.marks.length).to.equal((doc as { items: unknown[] }).items.length);
    } finally {
      Object.assign(proto, { willUpdate, computeLayout });
    }
  });

  it('draws a widget given its data as a property in the task that sets it, in one commit', async () => {
    const doc = await loadJson('data-schemas/examples/sector-breakdown.json');
    const root = await fixture<HTMLElement>(html`<div style="width: 480px"></div>`);
    const el = document.createElement('citystat-sector-breakdown') as AnyChart;
    el.data = doc;
    let tasks = 0;
    setTimeout(() => tasks++); // runs in the next task
    let renderedInTask = -1;
    let updates = 0;
    el.addEventListener('citystat-render', () => (renderedInTask = tasks));
    const update = (el as unknown as { update: (c: unknown) => void }).update.bind(el);
    (el as unknown as { update: (c: unknown) => void }).update = (c) => {
      updates++;
      update(c);
    };
    root.append(el);
    await el.settled();
    expect(renderedInTask, 'the task the chart was drawn in').to.equal(0);
    // The first update holds only the sizer (not measured yet); the second draws the chart, once.
    expect(updates).to.equal(2);
  });
});

describe('table-first figures replace their tables one per frame', () => {
  it('swaps each of five figures (one per widget) in a frame of its own', async () => {
    const files = widgetRegistry().map((w) => w.name);
    const docs = await Promise.all(files.map((f) => loadJson(`data-schemas/examples/${f}.json`)));
    const root = await fixture<HTMLElement>(html`<div style="width: 390px"></div>`);
    let frame = 0;
    let counting = true;
    const tick = () => {
      frame++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const frames: number[] = [];
    new MutationObserver((records) => {
      for (const r of records) if ((r.target as Element).getAttribute('data-citystat-state') === 'ready') frames.push(frame);
    }).observe(root, { attributes: true, subtree: true, attributeFilter: ['data-citystat-state'] });
    root.innerHTML = files.map((f, i) => `<p>Đoạn ${i}.</p>${tableFirstSnippet(f, docs[i], 'vi')}`).join('');
    const figures = [...root.querySelectorAll('figure')];
    await Promise.all(figures.map((f) => upgraded(f)));
    await until(() => frames.length === files.length, 8000, 'every figure ready');
    counting = false;
    expect(new Set(frames).size, frames.join(', ')).to.equal(files.length);
    // The figure's own table held its place; the widget read a copy, which it keeps unseen.
    for (const figure of figures) {
      expect([...figure.children].map((c) => c.localName)).to.deep.equal([figure.firstElementChild!.localName]);
      expect(figure.firstElementChild!.querySelector(':scope > table')!.getClientRects().length).to.equal(0);
    }
  });
});
