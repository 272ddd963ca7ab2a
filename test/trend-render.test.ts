// The trend layout places every text with 12 px estimates (trend.layout.ts):
// the drawn texts must be 12 px and stay inside the chart, at phone and
// desktop widths, in vi and en (the base's `svg.plot text` is 14 px, which
// once made the latest value and the last period label spill out).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/trend/define.js';
import type { CitystatTrend } from '../src/charts/trend/trend.js';
import type { TrendData } from '../src/charts/trend/trend.types.js';
import { loadJson } from './helpers.js';

const months = Array.from({ length: 24 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
/** 24 months of columns ending in a bold latest estimate, a Tết band: the widest labels at the right edge. */
const monthly: TrendData = {
  series: [
    {
      id: 'yoy',
      label: 'So với cùng kỳ',
      kind: 'change-year',
      decimals: 1,
      points: months.map((period, i) => ({ period, value: 1.8 + (i % 6), estimate: i === 23 })),
    },
  ],
  annotations: [{ period: '2023-01', label: 'Tết' }],
};

describe('citystat-trend: drawn texts fit the layout', () => {
  for (const [name, load] of [
    ['the example (quarters, columns)', () => loadJson<TrendData>('data-schemas/examples/trend.json')],
    ['24 months', async () => monthly],
  ] as const) {
    for (const width of [360, 800, 1200]) {
      for (const lang of ['vi', 'en']) {
        it(`${name} at ${width} px (${lang}): 12 px texts, muted axis, none outside the chart`, async () => {
          const data = await load();
          const root = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}></div>`);
          const el = document.createElement('citystat-trend') as CitystatTrend;
          el.setAttribute('lang', lang);
          el.data = data;
          root.append(el);
          await el.settled();
          const svg = el.shadowRoot!.querySelector('svg.plot')!;
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')];
          expect(texts.length).to.be.greaterThan(8);
          for (const t of texts) {
            expect(getComputedStyle(t).fontSize, t.textContent!).to.equal('12px');
            const r = t.getBoundingClientRect();
            expect(r.left, `${t.textContent} starts inside`).to.be.at.least(box.left - 0.5);
            expect(r.right, `${t.textContent} ends inside`).to.be.at.most(box.right + 0.5);
          }
          const axis = svg.querySelector('text.axis')!;
          const label = svg.querySelector('[part~=label]')!;
          expect(getComputedStyle(axis).fill).to.not.equal(getComputedStyle(label).fill);
        });
      }
    }
  }
});
