// <citystat-sector-breakdown> from each of its four sources: the same chart.
import { expect, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import type { CitystatSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.js';
import { marks, mount, partText, mountHtml } from './helpers.js';
import { example, type Doc } from './sector-breakdown-support.js';

/** label → value text of every drawn mark, in order. */
function drawn(el: CitystatSectorBreakdown): string[] {
  return (el.layout?.marks ?? []).map((m) => `${m.lines.join(' ')}=${m.valueText}`);
}

describe('citystat-sector-breakdown: four sources, one chart', () => {
  const expected = [
    'Dệt may, da giầy=8 (24,2%)',
    'Cơ khí, chế tạo=6 (18,2%)',
    'Công nghệ thông tin=5 (15,2%)',
    'Điện, điện tử=4 (12,1%)',
    'Chế biến nông sản, thực phẩm=4 (12,1%)',
    'Hóa chất, cao su, nhựa, dược phẩm=3 (9,1%)',
    'Vật liệu xây dựng=2 (6,1%)',
    'Thủ công mỹ nghệ=1 (3,0%)',
  ];

  it('from the data property', async () => {
    const el = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown lang="vi" .data=${example}></citystat-sector-breakdown>`,
    );
    expect(drawn(el)).to.deep.equal(expected);
    expect(marks(el).length).to.equal(8);
  });

  it('from src', async () => {
    const el = await mount<CitystatSectorBreakdown>(
      html`<citystat-sector-breakdown lang="vi" src="/data-schemas/examples/sector-breakdown.json"></citystat-sector-breakdown>`,
    );
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
  });

  it('from an inline JSON script', async () => {
    const el = await mountHtml<CitystatSectorBreakdown>(
      `<citystat-sector-breakdown lang="vi"><script type="application/json">${JSON.stringify(example)}</script></citystat-sector-breakdown>`,
    );
    expect(drawn(el)).to.deep.equal(expected);
  });

  it('from a light-DOM table, numbers read in the table language', async () => {
    const rows = example.items.map((i: Doc) => `<tr><td>${i.label.vi}</td><td>${i.value}</td></tr>`).join('');
    const el = await mountHtml<CitystatSectorBreakdown>(
      `<citystat-sector-breakdown><table><caption>Sản phẩm 2022</caption><thead><tr><th>Nhóm</th><th>Số sản phẩm</th></tr></thead><tbody>${rows}</tbody></table></citystat-sector-breakdown>`,
      { lang: 'vi' },
    );
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
    expect(partText(el, 'title')).to.equal('Sản phẩm 2022');
  });

  it('prefers the data property over src, script and table', async () => {
    const el = await mountHtml<CitystatSectorBreakdown>(
      `<citystat-sector-breakdown lang="en" src="/__fault/status/404"><script type="application/json">{"items":[]}</script></citystat-sector-breakdown>`,
      { data: example },
    );
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(8);
  });
});
