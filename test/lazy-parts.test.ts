// Parts of a layout that only some data needs are chunks of their own: the
// KPI sparklines (kpi.spark.ts). (The trend widget draws its lines,
// annotations and series sources from its own chunk; it is held to the same
// rule here.) A widget whose data needs one draws nothing until it has
// loaded, then everything at once: one render event, with the whole chart
// drawn, the same layout as the package's layout function. Each widget runs
// once in this file's page, so its parts are not loaded before.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/kpi/define.js';
import { layoutKpi } from '../src/charts/kpi/kpi.layout.js';
import type { KpiData } from '../src/charts/kpi/kpi.types.js';
import '../src/charts/trend/define.js';
import { layoutTrend } from '../src/charts/trend/trend.layout.js';
import type { TrendData } from '../src/charts/trend/trend.types.js';
import { recordEvents, type AnyChart } from './helpers.js';

const levels: TrendData = {
  series: [
    {
      id: 'a',
      label: 'IIP',
      kind: 'level',
      unit: 'điểm',
      source: { name: 'Cục Thống kê Hà Nội' },
      // Four months, the second an estimate, the third without a figure.
      points: [100, 103, null, 101].map((value, i) => ({ period: `2023-0${i + 1}`, value, estimate: i === 1 })),
    },
  ],
  annotations: [{ period: '2023-02', label: 'Tết' }],
};

const cards: KpiData = { figures: [{ id: 'a', label: 'A', value: 1, trend: [1, 3, 2] }] };

/** Mounts `tag` with `data` and returns what was drawn when each render event came, and the events. */
async function firstRender(tag: string, data: unknown, drawn: (root: ShadowRoot) => number[]) {
  const events = recordEvents();
  const root = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement(tag) as AnyChart;
  const atRender: number[][] = [];
  el.addEventListener('citystat-render', () => atRender.push(drawn(el.shadowRoot!)));
  el.setAttribute('lang', 'vi');
  el.data = data;
  root.append(el);
  const status = await el.settled();
  events.stop();
  return { el, status, atRender, renders: events.renders.length };
}

describe('layout parts loaded on demand', () => {
  it('trend: levels with an annotation and their own source render once, lines, dots, band and source drawn', async () => {
    const { el, status, atRender, renders } = await firstRender('citystat-trend', levels, (r) => [
      r.querySelectorAll('path.line[d]').length,
      r.querySelectorAll('circle.dot').length,
      r.querySelectorAll('rect.band').length,
      r.querySelectorAll('text.axis > tspan').length,
    ]);
    expect(status).to.equal('ready');
    expect(renders).to.equal(1);
    // The solid and the dashed path, a dot per known figure, one band, the source on one line.
    expect(atRender).to.deep.equal([[2, 3, 1, 1]]);
    expect(el.layout).to.deep.equal(layoutTrend(levels, el.layout!.width, 'vi'));
  });

  it('KPI: a figure with a trend renders once, its sparkline drawn', async () => {
    const { el, status, atRender, renders } = await firstRender('citystat-kpi', cards, (r) => [
      r.querySelectorAll('svg.spark path[d]').length,
      r.querySelectorAll('svg.spark circle').length,
    ]);
    expect(status).to.equal('ready');
    expect(renders).to.equal(1);
    expect(atRender).to.deep.equal([[1, 1]]);
    expect(el.layout).to.deep.equal(layoutKpi(cards, el.layout!.width, 'vi'));
  });
});
