// While the site script upgrades a table-first figure, the article around it
// moves once: a copy of the table holds the figure's place, at its height,
// until the chart is drawn (issue 16: layout shift of the upgrade).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cdn.js';
import { tableFirstSnippet } from '../src/embed/snippet.js';
import { loadJson } from './helpers.js';
import { upgraded, until } from './embed-support.js';

describe('table-first embeds: layout while upgrading', () => {
  it('keeps the table at its height until the chart is drawn, then shows the chart alone', async () => {
    const doc = await loadJson('data-schemas/examples/fair-participation.json');
    const root = await fixture<HTMLElement>(html`<div style="width: 390px"></div>`);
    root.innerHTML = `<p>Trước.</p>${tableFirstSnippet('fair-participation', doc, 'vi')}<p>Sau.</p>`;
    const figure = root.querySelector('figure')!;
    const after = root.querySelector('p:last-child')!;
    const tableHeight = figure.getBoundingClientRect().height;
    expect(tableHeight).to.be.greaterThan(100);

    // The moment the widget goes in (before its first render): the figure is as tall as
    // before, the widget takes no height and is not seen, a table is shown in its place.
    let atSwap: { figure: number; widget: number; visible: boolean; table: boolean } | undefined;
    new MutationObserver((_, observer) => {
      observer.disconnect();
      const widget = figure.firstElementChild as HTMLElement;
      atSwap = {
        figure: figure.getBoundingClientRect().height,
        widget: widget.getBoundingClientRect().height,
        visible: widget.checkVisibility({ visibilityProperty: true }),
        table: !!figure.querySelector(':scope > table')?.checkVisibility(),
      };
    }).observe(figure, { childList: true });
    // Where the paragraph after the figure is, at each frame until the chart is on screen.
    const tops = new Set<number>();
    let sampling = true;
    const sample = () => {
      tops.add(Math.round(after.getBoundingClientRect().top));
      if (sampling) requestAnimationFrame(sample);
    };
    sample();

    const el = await upgraded(figure);
    await until(() => figure.getAttribute('data-citystat-state') === 'ready', 8000, 'the ready state');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    sampling = false;
    sample();

    expect(atSwap).to.deep.equal({ figure: tableHeight, widget: 0, visible: false, table: true });
    // Drawn: only the chart, at its own height, and nothing else in the figure.
    expect([...figure.children]).to.deep.equal([el]);
    expect(el.style.cssText, 'inline style').to.equal('');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(figure.getBoundingClientRect().height).to.equal(el.getBoundingClientRect().height);
    // The paragraph below moved once: from under the table to under the chart.
    expect(tops.size, [...tops].join(', ')).to.be.at.most(2);
  });
});
