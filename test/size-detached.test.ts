// A widget given new data while detached, whose data needs a chunk that has not
// loaded yet, re-renders twice while detached (first only its sizer, then the
// chart with a new sizer element). Once attached it must draw the chart at
// its real width, once: a sizer observed while detached measures 0 px, and
// a chart laid out at the fallback width, then redrawn at the measured width,
// is a flash and a second citystat-render. This file's page loads the sector
// extras for the first time inside the test, so the order is certain.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import { clone, loadJson, type AnyChart } from './helpers.js';

const frames = (n: number) =>
  new Promise<void>((r) =>
    (function next() {
      n-- ? requestAnimationFrame(next) : r();
    })(),
  );

describe('width of a widget changed while detached', () => {
  it('is measured once it is attached: one citystat-render, at the width it is given', async () => {
    const example = await loadJson('data-schemas/examples/sector-breakdown.json');
    const page = await fixture<HTMLElement>(html`<div style="width:480px"></div>`);
    const el = document.createElement('citystat-sector-breakdown') as AnyChart;
    el.data = clone(example);
    page.append(el);
    expect(await el.settled()).to.equal('ready');
    const widthBefore = el.shadowRoot!.querySelector('svg')!.getAttribute('width');

    el.remove();
    // No stated total: the layout needs the extras chunk, not loaded yet in this page.
    el.data = { ...clone(example), total: undefined, items: example.items.slice(0, 3) };
    await el.updateComplete;
    await import('../src/charts/sector-breakdown/sector-breakdown.extras.js');
    await frames(4);

    const renders: CustomEvent[] = [];
    el.addEventListener('citystat-render', (e) => renders.push(e as CustomEvent));
    page.append(el);
    expect(await el.settled()).to.equal('ready');
    await frames(4);
    expect(renders, 'one citystat-render once attached').to.have.length(1);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width'), 'drawn at the width of its place').to.equal(widthBefore);
  });
});
