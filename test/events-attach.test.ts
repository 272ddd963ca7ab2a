// citystat-render and citystat-error follow the element into the document (docs/design.md, "Decisions"): nothing
// while detached, one event once attached, nothing again when an unchanged widget is moved.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { clone, loadJson, recordEvents, type AnyChart } from './helpers.js';

const frames = (n = 2) =>
  new Promise<void>((r) =>
    (function next() {
      n-- ? requestAnimationFrame(next) : r();
    })(),
  );

describe('events and attachment', () => {
  let example: any;
  before(async () => (example = await loadJson('data-schemas/examples/sector-breakdown.json')));

  async function attachedOnce(): Promise<{ el: AnyChart; page: HTMLElement; events: ReturnType<typeof recordEvents> }> {
    const page = await fixture<HTMLElement>(html`<div style="width:480px"></div>`);
    const events = recordEvents();
    const el = document.createElement('citystat-sector-breakdown') as AnyChart;
    el.data = clone(example);
    page.append(el);
    await el.settled();
    return { el, page, events };
  }

  it('an element drawn, then given new data while detached, reports nothing until it is attached, then once', async () => {
    const { el, page, events } = await attachedOnce();
    const renders: Event[] = [];
    el.addEventListener('citystat-render', (e) => renders.push(e));
    el.remove();
    el.data = { ...clone(example), total: undefined, items: example.items.slice(0, 3) };
    await el.updateComplete;
    await frames();
    expect(renders, 'no citystat-render while detached').to.have.length(0);
    page.append(el);
    expect(await el.settled()).to.equal('ready');
    await frames();
    expect(renders, 'one citystat-render once attached').to.have.length(1);
    expect(renders[0].composed && (renders[0] as CustomEvent).detail.marks).to.equal(3);
    events.stop();
  });

  it('an error found while detached is reported once on attaching', async () => {
    const { el, page, events } = await attachedOnce();
    const errors: Event[] = [];
    el.addEventListener('citystat-error', (e) => errors.push(e));
    el.remove();
    el.data = { items: 'nope' };
    await el.updateComplete;
    await frames(4);
    expect(errors, 'no citystat-error while detached').to.have.length(0);
    page.append(el);
    expect(await el.settled()).to.equal('error');
    await frames();
    expect(errors).to.have.length(1);
    events.stop();
  });

  it('moving an unchanged widget (detach, re-attach elsewhere) sends no second citystat-render', async () => {
    const { el, page, events } = await attachedOnce();
    expect(events.renders.filter((e) => e.target === el)).to.have.length(1);
    el.remove();
    await frames();
    const other = document.createElement('div');
    other.style.width = '480px';
    page.append(other);
    other.append(el);
    expect(await el.settled()).to.equal('ready');
    await frames();
    expect(
      events.renders.filter((e) => e.target === el),
      'still one',
    ).to.have.length(1);
    events.stop();
  });

  it('an element created with data and never attached sends nothing', async () => {
    const events = recordEvents();
    const el = document.createElement('citystat-sector-breakdown') as AnyChart;
    const renders: Event[] = [];
    el.addEventListener('citystat-render', (e) => renders.push(e));
    el.data = clone(example);
    await frames(4);
    expect(renders).to.have.length(0);
    events.stop();
  });
});
