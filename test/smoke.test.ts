import { expect, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import type { CitystatSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.js';
import { loadJson, marks, mount } from './helpers.js';

describe('smoke', () => {
  it('renders the 2022 example', async () => {
    const data = await loadJson('data-schemas/examples/sector-breakdown.json');
    const el = await mount<CitystatSectorBreakdown>(html`<citystat-sector-breakdown lang="vi" .data=${data}></citystat-sector-breakdown>`);
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(8);
  });
});
