// The elements and schemas with partial breakdowns, counts and decimals (issue 18).
// TEST DATA of an invented city (test/partial-data.ts), never Hanoi's.
import { expect } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/fdi-composition/define.js';
import { schemaValidator } from '../src/core/schema.js';
import { schema as sectorSchema } from '../src/generated/sector-breakdown.schema.js';
import { schema as fdiSchema } from '../src/generated/fdi-composition.schema.js';
import { marks, type AnyChart } from './helpers.js';
import { PARTIAL_FDI, PARTIAL_SECTOR } from './partial-data.js';

const NB = '\u00a0';

async function widget(tag: string, data: unknown, lang: string): Promise<AnyChart> {
  const el = document.createElement(tag) as AnyChart;
  el.setAttribute('lang', lang);
  el.style.width = '600px';
  el.data = data as AnyChart['data'];
  document.body.append(el);
  await el.settled();
  return el;
}

describe('partial breakdowns in the elements', () => {
  afterEach(() => document.querySelectorAll('citystat-sector-breakdown, citystat-fdi-composition').forEach((e) => e.remove()));

  it('sector: the rest is a mark read with its value and share; no notice', async () => {
    const el = await widget('citystat-sector-breakdown', PARTIAL_SECTOR, 'vi');
    expect(el.status).to.equal('ready');
    const all = marks(el);
    expect(all.length).to.equal(5);
    expect(all[4].getAttribute('aria-label')).to.equal(`Phần còn lại (không nêu chi tiết): 218,0${NB}triệu USD, 21,8%`);
    expect(all[2].getAttribute('aria-label')).to.equal(`Bán buôn, bán lẻ: 140,2${NB}triệu USD, 14,0%, 230${NB}dự án. Gồm sửa chữa ô tô`);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('FDI: the rest is a dashed segment and key, labelled; no track, no notice', async () => {
    const el = await widget('citystat-fdi-composition', PARTIAL_FDI, 'en');
    const rest = marks(el).at(-1)!;
    expect(rest.getAttribute('aria-label')).to.equal(`Rest (not specified): 130.9${NB}million USD, 26.2%`);
    expect(rest.querySelector('rect.track[part=segment]')).to.not.equal(null);
    expect(rest.querySelector('rect.track[part=key]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('rect.track').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('renders once, complete, when its extras chunk has arrived: settled() waits for it', async () => {
    const el = document.createElement('citystat-sector-breakdown') as AnyChart;
    const rendered: number[] = [];
    el.addEventListener('citystat-render', (e) => rendered.push((e as CustomEvent).detail.marks));
    el.data = { ...PARTIAL_SECTOR, title: 'Another partial breakdown' } as AnyChart['data'];
    document.body.append(el);
    expect(await el.settled()).to.equal('ready');
    expect(rendered).to.deep.equal([5]);
    expect(el.layout!.marks.at(-1)!.key).to.equal('__rest');
  });

  it('parts above their total still show the notice', async () => {
    const el = await widget('citystat-sector-breakdown', { ...PARTIAL_SECTOR, total: 700 }, 'en');
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('not the stated total of 700.0');
  });
});

describe('schemas: rest, decimals, counts', () => {
  const sector = schemaValidator(sectorSchema);
  const fdi = schemaValidator(fdiSchema);
  it('accept the new fields', () => {
    expect(sector(PARTIAL_SECTOR)).to.equal(true);
    expect(fdi(PARTIAL_FDI)).to.equal(true);
    expect(sector({ ...PARTIAL_SECTOR, rest: 'other' })).to.equal(true);
  });
  it('refuse a wrong rest, decimals out of range and a fractional count', () => {
    expect(sector({ ...PARTIAL_SECTOR, rest: 'some' })).to.equal(false);
    expect(fdi({ ...PARTIAL_FDI, decimals: 7 })).to.equal(false);
    expect(sector({ ...PARTIAL_SECTOR, decimals: 1.5 })).to.equal(false);
    expect(sector({ ...PARTIAL_SECTOR, items: [{ ...PARTIAL_SECTOR.items[0], count: 2.5 }] })).to.equal(false);
  });
});
