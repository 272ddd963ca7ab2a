/**
 * A long sector chart (more than 50 drawn rows) is drawn in bands of 20 rows,
 * each an <svg> the browser lays out only near the screen
 * (sector-breakdown.bands.ts): the exact cuts, the heights the skipped bands
 * keep, the keyboard and tooltip across bands, axe, and the downloads offered.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { layoutSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.layout-all.js';
import { sectorBands } from '../src/charts/sector-breakdown/sector-breakdown.bands.js';
import type { SectorBreakdownData } from '../src/charts/sector-breakdown/sector-breakdown.types.js';
import type { AnyChart } from './helpers.js';

/** `n` items with short labels (one line at 600 px), largest first. */
const long = (n: number): SectorBreakdownData => {
  const items = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, label: { vi: `Ngành ${i}`, en: `Industry ${i}` }, value: 1000 - i }));
  return {
    title: { vi: 'Cơ cấu', en: 'Breakdown' },
    unit: { vi: 'tỷ đồng', en: 'billion VND' },
    items,
    total: items.reduce((s, i) => s + i.value, 0),
  };
};

describe('sector-breakdown bands: where they are cut', () => {
  it('cuts 60 rows into three bands halfway between rows, with room for the focus ring at both ends', () => {
    const l = layoutSectorBreakdown(long(60), 600, 'en', { order: 'value', maxBars: 0 });
    const bands = sectorBands(l.marks, l.height);
    // Rows of 18 px, 12 px apart: row i starts at 30·i; the chart ends at the last row's bottom, 59·30 + 18.
    expect(l.marks[20].rowY).to.equal(600);
    expect(l.height).to.equal(1788);
    expect(bands).to.deep.equal([
      { from: 0, to: 20, y: -6, height: 600 },
      { from: 20, to: 40, y: 594, height: 600 },
      { from: 40, to: 60, y: 1194, height: 600 },
    ]);
  });

  it('cuts a phone chart of wrapped labels between rows, the bands end to end', () => {
    const data = long(75);
    data.items[25].label = 'A label long enough to wrap over two lines on a phone';
    const l = layoutSectorBreakdown(data, 360, 'en', { order: 'data', maxBars: 0 });
    const bands = sectorBands(l.marks, l.height)!;
    expect(bands.map((b) => [b.from, b.to])).to.deep.equal([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 75],
    ]);
    bands.slice(1).forEach((b, k) => expect(b.y).to.equal(bands[k].y + bands[k].height));
    for (const b of bands.slice(1)) {
      const above = l.marks[b.from - 1];
      expect(b.y).to.equal((above.rowY + above.rowHeight + l.marks[b.from].rowY) / 2);
    }
    expect(bands[3].y + bands[3].height).to.equal(l.height + 6);
  });

  it('draws 50 rows in one svg', () => {
    const l = layoutSectorBreakdown(long(50), 600, 'en', { order: 'value', maxBars: 0 });
    expect(sectorBands(l.marks, l.height)).to.equal(undefined);
  });
});

describe('sector-breakdown bands: in the page', () => {
  async function mountLong(n: number, lang = 'en', attrs = ''): Promise<AnyChart> {
    const root = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 600px"></div>`);
    root.innerHTML = `<citystat-sector-breakdown max-bars="0" ${attrs}></citystat-sector-breakdown>`;
    const el = root.firstElementChild as unknown as AnyChart;
    el.data = long(n);
    await el.settled();
    return el;
  }

  it('draws every row in bands of 20, each skipped far from the screen at the height it will have', async () => {
    const el = await mountLong(120);
    const r = el.shadowRoot!;
    const bands = [...r.querySelectorAll<HTMLElement>('.bar-band')];
    expect(bands).to.have.length(6);
    expect(r.querySelectorAll('[data-index]')).to.have.length(120);
    expect(bands.map((b) => b.querySelectorAll('[data-index]').length)).to.deep.equal([20, 20, 20, 20, 20, 20]);
    expect(bands.every((b) => getComputedStyle(b).contentVisibility === 'auto')).to.equal(true);
    // The list and its items: one list around the bands, each band's svg without a role of its own.
    expect(r.querySelector('.plot-html')!.getAttribute('role')).to.equal('list');
    expect(bands.every((b) => b.querySelector('svg')!.getAttribute('role') === 'none')).to.equal(true);
    const heights = () => bands.map((b) => b.getBoundingClientRect().height);
    expect(heights()).to.deep.equal(el.layout!.bands!.map((b) => b.height));
    // The test page is shorter than the chart: the last band is not drawn until it is near the screen.
    window.scrollTo(0, 0);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const last = r.querySelector('[data-index="119"]')!;
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
    const before = el.getBoundingClientRect().height;
    last.scrollIntoView();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    // No layout shift: each band kept its height while skipped.
    expect(heights()).to.deep.equal(el.layout!.bands!.map((b) => b.height));
    expect(el.getBoundingClientRect().height).to.equal(before);
    window.scrollTo(0, 0);
  });

  it('End moves the focus to the last row, which is drawn, with its tooltip on the layer over the bands', async () => {
    const el = await mountLong(120, 'vi');
    const r = el.shadowRoot!;
    (r.querySelector('[data-index="0"]') as SVGElement).focus();
    await el.settled();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(r.activeElement?.getAttribute('data-index')).to.equal('119');
    expect(r.activeElement!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    const tip = r.querySelector('svg.tips .tooltip');
    expect(tip?.textContent).to.contain('Ngành 119');
    expect(tip?.textContent).to.match(/881\stỷ đồng/); // a no-break space before the unit
    // The ring is drawn whole inside the last band (6 px room below the chart).
    const ring = r.activeElement!.querySelector('.focus-ring')!.getBoundingClientRect();
    const band = r.activeElement!.closest('.bar-band')!.getBoundingClientRect();
    expect(ring.bottom).to.be.at.most(band.bottom);
    window.scrollTo(0, 0);
  });

  it('bands from the 51st drawn row (the element loads the extras at the same count as the bands start)', async () => {
    expect((await mountLong(51)).shadowRoot!.querySelectorAll('.bar-band')).to.have.length(3);
    expect((await mountLong(50)).shadowRoot!.querySelectorAll('.bar-band')).to.have.length(0);
    const capped = await mountLong(51, 'en', '');
    capped.setAttribute('max-bars', '60');
    await capped.settled();
    expect(capped.shadowRoot!.querySelectorAll('.bar-band')).to.have.length(3);
  });

  it('goes from bands to one svg and back as the data changes, and re-cuts the bands at a new width', async () => {
    const el = await mountLong(120);
    const r = el.shadowRoot!;
    el.data = long(10);
    await el.settled();
    expect(r.querySelectorAll('.bar-band')).to.have.length(0);
    expect(r.querySelectorAll('svg.plot')).to.have.length(1);
    expect(r.querySelectorAll('[data-index]')).to.have.length(10);
    el.data = long(70);
    await el.settled();
    expect(r.querySelectorAll('.bar-band')).to.have.length(4);
    expect(r.querySelectorAll('[data-index]')).to.have.length(70);
    // A phone's width: labels above the bars, taller rows, the bands' heights again the layout's.
    (el.parentElement as HTMLElement).style.width = '360px';
    await new Promise((done) => setTimeout(done, 100));
    await el.settled();
    expect(el.layout!.width).to.equal(360);
    const heights = [...r.querySelectorAll('.bar-band')].map((b) => b.getBoundingClientRect().height);
    expect(heights).to.deep.equal(el.layout!.bands!.map((b) => b.height));
    expect(heights[0]).to.be.greaterThan(600);
  });

  it('draws every band on paper', async () => {
    const el = await mountLong(120);
    const last = el.shadowRoot!.querySelector('[data-index="119"]')!;
    window.scrollTo(0, 0);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      const bands = [...el.shadowRoot!.querySelectorAll('.bar-band')];
      expect(bands.every((b) => getComputedStyle(b).contentVisibility === 'visible')).to.equal(true);
      expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('groups beyond the default max-bars in one svg, however many items', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('citystat-sector-breakdown') as unknown as AnyChart;
    el.data = long(500);
    root.append(el);
    await el.settled();
    expect(el.shadowRoot!.querySelectorAll('svg.plot')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.bar-band')).to.have.length(0);
    expect(el.layout!.marks).to.have.length(30);
  });

  it('offers the CSV only (no image of a chart in bands), and has no axe violations in vi and en', async () => {
    for (const lang of ['vi', 'en']) {
      const el = await mountLong(80, lang, 'actions="csv png svg"');
      const buttons = [...el.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.textContent!.trim());
      expect(buttons).to.have.length(1);
      expect(buttons[0]).to.contain('CSV');
      await expect(el).to.be.accessible();
    }
  });
});
