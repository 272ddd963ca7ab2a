// Bad input to <citystat-kpi>: a located message in vi and en for each case; a bad table
// cell, hostile text, a broken sibling, 1,000 figures.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/kpi/define.js';
import type { CitystatKpi } from '../src/charts/kpi/kpi.js';
import { expectLocatedMessage, expectNothingThrown } from './bad-input.js';
import { marks, mount, mountHtml, partText } from './helpers.js';
import { badCases } from './kpi-bad-cases.js';
import { example, NB } from './kpi-support.js';

describe('citystat-kpi: bad input', () => {
  for (const c of badCases) {
    it(`${c.name}: a located message in vi and en, an event, nothing thrown`, () =>
      expectNothingThrown(async (events) => {
        const el = await mountHtml('<citystat-kpi lang="vi"></citystat-kpi>', { data: c.data() });
        await expectLocatedMessage(el, events.errors, c);
        expect(marks(el).length).to.equal(0);
      }));
  }

  it('a table cell that is not a number is located by row and column', async () => {
    const el = await mountHtml<CitystatKpi>(
      `<citystat-kpi><table><tr><th>Figure</th><th>Value</th></tr><tr><td>A</td><td>22.9 thousand</td></tr><tr><td>B</td><td>many</td></tr></table></citystat-kpi>`,
      { lang: 'en' },
    );
    expect(el.status).to.equal('error');
    expect(partText(el, 'error')).to.contain('Data table, row 2, column 2: "many" is not a number.');
  });

  it('shows hostile text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__kpiPwned=1"><script>window.__kpiPwned=2</script>';
    const data = {
      title: evil,
      figures: [
        {
          id: 'a',
          label: evil,
          value: 1,
          unit: evil,
          detail: evil,
          period: evil,
          change: { value: 1, kind: 'absolute', comparison: evil, direction: 'up-good' },
          progress: { value: 1, total: 2, label: evil, target: { min: 1, max: 2, label: evil } },
        },
      ],
      source: { name: evil, url: 'javascript:alert(1)' },
    };
    const ok = { ...data, source: { name: evil } };
    const el = await mount<CitystatKpi>(html`<citystat-kpi lang="en" .data=${ok}></citystat-kpi>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as any).__kpiPwned).to.equal(undefined);
    expect(partText(el, 'title')).to.equal(evil);
    expect(marks(el)[0].getAttribute('aria-label')).to.equal(
      `${evil}: 1${NB}${evil} ${evil}, up 1${NB}${evil} ${evil}, 1 of 2${NB}${evil}, target 1–2 ${evil}, ${evil}`,
    );
    const bad = await mount<CitystatKpi>(html`<citystat-kpi lang="en" .data=${data}></citystat-kpi>`);
    expect(bad.status).to.equal('error');
    expect(partText(bad, 'error')).to.contain('source.url must be a web address');
  });

  it('keeps a sibling widget working when one is broken', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en">
      <citystat-kpi id="bad" .data=${{ figures: [] }}></citystat-kpi>
      <citystat-kpi id="good" .data=${example}></citystat-kpi>
    </div>`);
    const bad = root.querySelector('#bad') as CitystatKpi;
    const good = root.querySelector('#good') as CitystatKpi;
    await Promise.all([bad.settled(), good.settled()]);
    expect(bad.status).to.equal('error');
    expect(good.status).to.equal('ready');
    expect(marks(good).length).to.equal(5);
  });

  it('draws 1,000 figures (the schema limit)', async () => {
    const figures = Array.from({ length: 1000 }, (_, i) => ({
      id: `f${i}`,
      label: `Chỉ số ${i}`,
      value: i * 1000,
      compact: true,
      trend: [i, i + 1, i - 1],
    }));
    const el = await mount<CitystatKpi>(html`<citystat-kpi lang="vi" .data=${{ figures }}></citystat-kpi>`);
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(1000);
    expect(marks(el)[999].getAttribute('aria-label')).to.equal('Chỉ số 999: 999 nghìn');
  });
});
