// What readers of <citystat-fdi-composition> see and hear: frame, languages, variants,
// the sum-check notice, accessibility and the keyboard.
import { expect, html } from '@open-wc/testing';
import '../src/charts/fdi-composition/define.js';
import type { CitystatFdiComposition } from '../src/charts/fdi-composition/fdi-composition.js';
import { marks, mount, partText, recordEvents, openTable } from './helpers.js';
import { keyPresser } from './keys.js';
import { NB, drawn, example } from './fdi-composition-support.js';

describe('citystat-fdi-composition: what readers see', () => {
  it('shows title, period, total, rows, source line and a data table (en)', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="en" .data=${example}></citystat-fdi-composition>`);
    expect(partText(el, 'title')).to.equal('Foreign direct investment (FDI) attracted to Hanoi');
    expect(partText(el, 'subtitle')).to.equal('By form of investment');
    expect(partText(el, 'source')).to.equal('Source: Hanoi Department of Industry and Trade, 2023');
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(svg.querySelector('.muted')!.textContent).to.equal('Total, first 9 months of 2023');
    expect(svg.querySelector('.total')!.textContent).to.equal(`2,526${NB}million USD`);
    expect(svg.querySelectorAll('rect[part=segment]').length).to.equal(3);
    expect(marks(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      `New registrations: 270${NB}million USD, 10.7%, 305${NB}projects`,
      `Capital increases to existing projects: 215${NB}million USD, 8.5%, 130${NB}projects`,
      `Capital contributions and share purchases: 2,041${NB}million USD, 80.8%, 252${NB}transactions`,
    ]);
    const table = await openTable(el);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Component',
      'Capital (million USD)',
      'Share',
      'Count',
    ]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(4);
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(el.layout!.summary);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('shows the same in Vietnamese', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="vi" .data=${example}></citystat-fdi-composition>`);
    expect(partText(el, 'source')).to.equal('Nguồn: Sở Công Thương Hà Nội, 2023');
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(svg.querySelector('.total')!.textContent).to.equal(`2.526${NB}triệu USD`);
    expect(el.layout!.summary).to.match(
      /^Vốn đầu tư trực tiếp nước ngoài \(FDI\) thu hút vào Hà Nội, 9 tháng đầu năm 2023: tổng 2\.526\u00a0triệu USD, gồm 3 phần\. Lớn nhất là Góp vốn, mua cổ phần: 2\.041\u00a0triệu USD \(80,8%\)/,
    );
  });

  it('draws a donut with the total in its centre on request', async () => {
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" variant="donut" .data=${example}></citystat-fdi-composition>`,
    );
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(svg.querySelectorAll('path[part=segment]').length).to.equal(3);
    expect(svg.querySelectorAll('rect[part=segment]').length).to.equal(0);
    expect(svg.querySelector('.total')!.textContent).to.equal('2.526');
    expect(svg.querySelector('.unit')!.textContent).to.equal('triệu USD');
    expect(drawn(el)[2]).to.equal(`Góp vốn, mua cổ phần=2.041${NB}triệu USD|80,8%|252${NB}lượt`);
    el.variant = 'bar';
    await el.settled();
    expect(svg.isConnected && el.shadowRoot!.querySelectorAll('rect[part=segment]').length).to.equal(3);
  });

  it('shows the sum-check notice when the total does not add up, drawing the parts as given', async () => {
    const el = await mount<CitystatFdiComposition>(
      html`<citystat-fdi-composition lang="vi" .data=${{ ...example, total: 2600 }}></citystat-fdi-composition>`,
    );
    expect(el.status).to.equal('ready');
    // (partText collapses white space, the no-break space between number and unit included)
    expect(partText(el, 'notice')).to.equal(
      'Lưu ý: tổng các phần (2.526 triệu USD) khác tổng công bố (2.600 triệu USD). Số liệu được thể hiện đúng như công bố.',
    );
    expect(el.layout!.marks.map((m) => m.cells[0])).to.deep.equal([`270${NB}triệu USD`, `215${NB}triệu USD`, `2.041${NB}triệu USD`]);
    expect(el.shadowRoot!.querySelector('rect.track')).to.not.equal(null);
    el.setAttribute('lang', 'en');
    await el.settled();
    expect(partText(el, 'notice')).to.equal(
      'Note: the parts add up to 2,526 million USD, not the stated total of 2,600 million USD. Figures are shown as published.',
    );
  });

  it('stays quiet within rounding (parts 179.05, total 179.04)', async () => {
    const data = {
      unit: 'triệu USD',
      total: 179.04,
      components: [
        { id: 'a', label: 'A', capital: 100.02 },
        { id: 'b', label: 'B', capital: 79.03 },
      ],
    };
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="vi" .data=${data}></citystat-fdi-composition>`);
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('renders one component sensibly: a full bar, 100%, one row', async () => {
    const data = { unit: 'triệu USD', components: [{ id: 'a', label: 'Đăng ký cấp mới', capital: 270, count: 305, countUnit: 'dự án' }] };
    for (const variant of ['bar', 'donut']) {
      const el = await mount<CitystatFdiComposition>(
        html`<citystat-fdi-composition lang="vi" variant=${variant} .data=${data}></citystat-fdi-composition>`,
      );
      expect(el.status).to.equal('ready');
      expect(drawn(el)).to.deep.equal([`Đăng ký cấp mới=270${NB}triệu USD|100,0%|305${NB}dự án`]);
      expect(el.shadowRoot!.querySelectorAll('[part=segment]').length).to.equal(1);
      expect(el.layout!.summary).to.equal(
        `Biểu đồ: tổng 270${NB}triệu USD, chỉ gồm một phần là Đăng ký cấp mới: 270${NB}triệu USD (100,0%), 305${NB}dự án.`,
      );
      await expect(el).to.be.accessible();
    }
  });

  for (const lang of ['vi', 'en']) {
    for (const variant of ['bar', 'donut']) {
      it(`has no axe violations (${lang}, ${variant}; also with a notice and in the error state)`, async () => {
        const el = await mount<CitystatFdiComposition>(
          html`<citystat-fdi-composition lang=${lang} variant=${variant} .data=${example}></citystat-fdi-composition>`,
        );
        await expect(el).to.be.accessible();
        const dark = await mount<CitystatFdiComposition>(
          html`<citystat-fdi-composition lang=${lang} theme="dark" variant=${variant} .data=${{ ...example, total: 2600 }}></citystat-fdi-composition>`,
        );
        await expect(dark).to.be.accessible();
        const bad = await mount<CitystatFdiComposition>(
          html`<citystat-fdi-composition lang=${lang} variant=${variant} .data=${{ components: [] }}></citystat-fdi-composition>`,
        );
        expect(bad.status).to.equal('error');
        await expect(bad).to.be.accessible();
      });
    }
  }

  it('is one tab stop; arrows move between parts and show the tooltip; Enter selects', async () => {
    const el = await mount<CitystatFdiComposition>(html`<citystat-fdi-composition lang="en" .data=${example}></citystat-fdi-composition>`);
    const events = recordEvents();
    const focusable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(focusable.length).to.equal(1);
    (focusable[0] as SVGElement).focus();
    const key = keyPresser(el);
    await key('ArrowRight');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-index')).to.equal('1');
    expect(el.layout!.marks[1].tooltip).to.deep.equal([
      'Capital increases to existing projects',
      `215${NB}million USD · 8.5% · 130${NB}projects`,
    ]);
    const tip = el.shadowRoot!.querySelector('[part=tooltip]')!;
    // The bold first line may wrap: read every bold line.
    expect([...tip.querySelectorAll('tspan.strong')].map((t) => t.textContent).join(' ')).to.equal(
      'Capital increases to existing projects',
    );
    expect(tip.textContent).to.contain('8.5%');
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('increase');
    expect(events.selects.at(-1)!.detail.datum.capital).to.equal(215);
    events.stop();
  });
});
