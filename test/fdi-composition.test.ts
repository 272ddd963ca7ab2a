// <citystat-fdi-composition> from each of its four sources: the same chart.
import { expect, html } from '@open-wc/testing';
import '../src/charts/fdi-composition/define.js';
import type { CitystatFdiComposition } from '../src/charts/fdi-composition/fdi-composition.js';
import { marks, mount, mountHtml, partText } from './helpers.js';
import { NB, drawn, example, inDiv, type Doc } from './fdi-composition-support.js';

/** The text drawn in the chart for each part (label and figures), as a reader sees it. */
function shownRows(el: CitystatFdiComposition): string[] {
  return marks(el).map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim()).join(' | '));
}

describe('citystat-fdi-composition: four sources, one chart', () => {
  const expected = [
    `Đăng ký cấp mới=270${NB}triệu USD|10,7%|305${NB}dự án`,
    `Bổ sung tăng vốn=215${NB}triệu USD|8,5%|130${NB}dự án`,
    `Góp vốn, mua cổ phần=2.041${NB}triệu USD|80,8%|252${NB}lượt`,
  ];

  it('from the data property', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="vi" .data=${example}></citystat-fdi-composition>`);
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
    expect(marks(el).length).to.equal(3);
  });

  it('from src', async () => {
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" src="/data-schemas/examples/fdi-composition.json"></citystat-fdi-composition>`,
    );
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
  });

  it('from an inline JSON script', async () => {
    const el = await inDiv(
      `<citystat-fdi-composition><script type="application/json">${JSON.stringify(example)}</script></citystat-fdi-composition>`,
    );
    expect(drawn(el)).to.deep.equal(expected);
  });

  it('from a light-DOM table (label, capital, count), numbers read in the table language', async () => {
    const rows = example.components
      .map((c: Doc) => `<tr><td>${c.label.vi}</td><td>${c.capital.toLocaleString('vi-VN')}</td><td>${c.count} ${c.countUnit.vi}</td></tr>`)
      .join('');
    const el = await inDiv(
      `<citystat-fdi-composition><table><caption>Vốn FDI vào Hà Nội</caption><thead><tr><th>Hình thức</th><th>Vốn (triệu USD)</th><th>Số lượng</th></tr></thead><tbody>${rows}</tbody></table></citystat-fdi-composition>`,
    );
    expect(el.status).to.equal('ready');
    expect(drawn(el)).to.deep.equal(expected);
    expect(partText(el, 'title')).to.equal('Vốn FDI vào Hà Nội');
    // The same chart: identical text in every drawn row as from the data property.
    const fromData = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" .data=${example}></citystat-fdi-composition>`,
    );
    expect(shownRows(el)).to.deep.equal(shownRows(fromData));
  });

  it('reads an English table (2,041; "252 transactions") and data-value cells', async () => {
    const el = await inDiv(
      `<citystat-fdi-composition><table><tr><th>Form</th><th>Capital (million USD)</th><th>Count</th></tr>` +
        `<tr><td>New registrations</td><td>270</td><td>305 projects</td></tr>` +
        `<tr><td>Capital increases</td><td data-value="215">two hundred fifteen</td><td></td></tr>` +
        `<tr><td>Share purchases</td><td>2,041</td><td>252 transactions</td></tr></table></citystat-fdi-composition>`,
      'en',
    );
    expect(drawn(el)).to.deep.equal([
      `New registrations=270${NB}million USD|10.7%|305${NB}projects`,
      `Capital increases=215${NB}million USD|8.5%|no data`,
      `Share purchases=2,041${NB}million USD|80.8%|252${NB}transactions`,
    ]);
  });

  it('prefers the data property over src, script and table', async () => {
    const el = await mountHtml<CitystatFdiComposition>(
      `<citystat-fdi-composition lang="en" src="/__fault/status/404"><script type="application/json">{"components":[]}</script></citystat-fdi-composition>`,
      { data: example },
    );
    expect(el.status).to.equal('ready');
    expect(marks(el).length).to.equal(3);
  });
});
