// What readers of <citystat-fair-participation> see and hear: frame, languages, missing
// values, the narrow layout, accessibility and the keyboard.
import { expect, html } from '@open-wc/testing';
import '../src/charts/fair-participation/define.js';
import type { CitystatFairParticipation } from '../src/charts/fair-participation/fair-participation.js';
import { clone, marks, mount, partText, recordEvents, openTable } from './helpers.js';
import { keyPresser } from './keys.js';
import { example, labels, sized } from './fair-participation-support.js';

describe('citystat-fair-participation: frame, language, accessibility', () => {
  it('shows title, source line, summary and a table of events × measures', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" .data=${example}></citystat-fair-participation>`,
    );
    expect(partText(el, 'title')).to.equal('Three trade promotion fairs in Hanoi, 2023');
    expect(partText(el, 'source')).to.equal('Source: Hanoi Department of Industry and Trade, 2023');
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Supporting industries fair had the most booths (250\u00a0booths); Industrial products, machinery and automation fair had the most participating countries (15\u00a0countries).',
    );
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    const table = await openTable(el);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Fair',
      'Booths',
      'Participating countries',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' | '))).to.deep.equal([
      'Supporting industries fair | 250 | 10',
      'Industrial products, machinery and automation fair | 200 | 15',
      'Energy and environment fair 2023 | 170 | 10',
    ]);
  });

  it('renders the summary in vi exactly', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="vi" .data=${example}></citystat-fair-participation>`,
    );
    expect(el.layout!.summary).to.equal(
      'Hội chợ công nghiệp hỗ trợ có nhiều gian hàng nhất (250\u00a0gian hàng); Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa có nhiều quốc gia tham gia nhất (15\u00a0quốc gia).',
    );
  });

  it('renders a missing value as missing: the text, no bar', async () => {
    const data = clone(example);
    data.events[1].values.booths = null;
    delete data.events[2].values.countries;
    for (const lang of ['vi', 'en']) {
      const el = await mount<CitystatFairParticipation>(
        html`<citystat-fair-participation lang=${lang} .data=${data}></citystat-fair-participation>`,
      );
      const text = lang === 'vi' ? 'không có số liệu' : 'no data';
      const all = marks(el);
      for (const i of [2, 5]) {
        expect(all[i].querySelector('rect.bar'), `mark ${i}`).to.equal(null);
        expect(all[i].querySelector('.missing-text')!.textContent).to.equal(text);
      }
      expect(all.filter((m) => m.querySelector('rect.bar')).length).to.equal(4);
      expect(all[2].getAttribute('aria-label')).to.equal(
        lang === 'vi'
          ? 'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa: không có số liệu (gian hàng)'
          : 'Industrial products, machinery and automation fair: no data (booths)',
      );
      await expect(el).to.be.accessible();
    }
  });

  it('stacks the panels in a 360 px column and sorts by the sort-by attribute', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<div style="width: 360px"><citystat-fair-participation lang="en" sort-by="countries" .data=${example}></citystat-fair-participation></div>`,
      'citystat-fair-participation',
    );
    await sized(el, 360);
    expect(el.layout!.mode).to.equal('stacked');
    expect(labels(el).slice(0, 2)).to.deep.equal([
      'Industrial products, machinery and automation fair: 200\u00a0booths',
      'Industrial products, machinery and automation fair: 15\u00a0countries',
    ]);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.equal(360);
    el.sortBy = 'data';
    await el.settled();
    expect(labels(el)[0]).to.equal('Supporting industries fair: 250\u00a0booths');
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}), wide and narrow, and in the error state`, async () => {
      const el = await mount<CitystatFairParticipation>(
        html`<citystat-fair-participation lang=${lang} .data=${example}></citystat-fair-participation>`,
      );
      await expect(el).to.be.accessible();
      const narrow = await mount<CitystatFairParticipation>(
        html`<div style="width: 360px"><citystat-fair-participation lang=${lang} .data=${example}></citystat-fair-participation></div>`,
        'citystat-fair-participation',
      );
      await sized(narrow, 360);
      expect(narrow.layout!.mode).to.equal('stacked');
      await expect(narrow).to.be.accessible();
      const bad = await mount<CitystatFairParticipation>(
        html`<citystat-fair-participation lang=${lang} .data=${{ measures: 3 }}></citystat-fair-participation>`,
      );
      expect(bad.status).to.equal('error');
      await expect(bad).to.be.accessible();
    });
  }

  it('is one tab stop; arrows move event by event (row-major); Enter selects', async () => {
    const el = await mount<CitystatFairParticipation>(
      html`<citystat-fair-participation lang="en" .data=${example}></citystat-fair-participation>`,
    );
    const events = recordEvents();
    const focusable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(focusable.length).to.equal(1);
    (focusable[0] as SVGElement).focus();
    const key = keyPresser(el);
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    await key('ArrowRight');
    expect(focused()).to.equal('Supporting industries fair: 10\u00a0countries');
    await key('ArrowDown');
    expect(focused()).to.equal('Industrial products, machinery and automation fair: 200\u00a0booths');
    const tip = el.shadowRoot!.querySelector('[part=tooltip]')!;
    // (core/measure.ts wrapText breaks at the no-break space too: compared with plain spaces.)
    expect(
      [...tip.querySelectorAll('tspan')]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/\u00a0/g, ' '),
    ).to.equal('Industrial products, machinery and automation fair Booths: 200 booths');
    await key('End');
    expect(focused()).to.equal('Energy and environment fair 2023: 10\u00a0countries');
    await key('Enter');
    expect(events.selects.at(-1)!.detail.key).to.equal('energy-environment/countries');
    expect(events.selects.at(-1)!.detail.datum.event.id).to.equal('energy-environment');
    events.stop();
  });
});
