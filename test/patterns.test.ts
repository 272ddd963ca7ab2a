// The `patterns` attribute: marks that carry a palette colour also get a texture.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { clone, loadJson, type AnyChart } from './helpers.js';

type Doc = Record<string, any>;
let fdi: Doc;
let fair: Doc;
let sector: Doc;

before(async () => {
  fdi = await loadJson('data-schemas/examples/fdi-composition.json');
  fair = await loadJson('data-schemas/examples/fair-participation.json');
  sector = await loadJson('data-schemas/examples/sector-breakdown.json');
});

const eightParts = () => ({
  unit: 'triệu USD',
  components: [120, 95, 80, 64, 40, 22, 9, 3].map((capital, i) => ({ id: `p${i + 1}`, label: `Phần ${i + 1}`, capital })),
});

/** Mounts widgets side by side in one page and waits for all of them. */
async function page(...els: Array<[string, unknown, boolean]>): Promise<AnyChart[]> {
  const root = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
  const out = els.map(([tag, data, patterns]) => {
    const el = document.createElement(tag) as AnyChart;
    el.data = data;
    if (patterns) el.setAttribute('patterns', '');
    root.append(el);
    return el;
  });
  await Promise.all(out.map((el) => el.settled()));
  return out;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** The pattern id each element's fill points at, checking that it exists in the same shadow root. */
function patternOf(el: Element, mark: Element): string {
  const fill = mark.getAttribute('fill') ?? '';
  const m = /^url\(#([\w-]+)\)$/.exec(fill);
  expect(m, `fill ${fill}`).to.not.equal(null);
  const target = el.shadowRoot!.getElementById(m![1]);
  expect(target?.localName, `#${m![1]}`).to.equal('pattern');
  expect(getComputedStyle(mark).fill).to.contain(m![1]);
  return m![1];
}

/** rgb(…) of a hex colour as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const LIGHT = ['#1d5fa8', '#4b5563', '#a16207', '#be185d', '#7e3fa0', '#0f7b5f', '#c2410c', '#0e7490'];

describe('patterns', () => {
  it("FDI: every segment and key is filled with its slot's pattern; ids are unique per widget", async () => {
    const [a, b] = await page(['citystat-fdi-composition', eightParts(), true], ['citystat-fdi-composition', eightParts(), true]);
    const ids = (el: AnyChart) => {
      const segs = all(el, '[part~="segment"]');
      const keys = all(el, '[part~="key"]');
      expect(segs).to.have.length(8);
      expect(keys).to.have.length(8);
      const seg = segs.map((s) => patternOf(el, s));
      expect(keys.map((k) => patternOf(el, k))).to.deep.equal(seg);
      return seg;
    };
    const idsA = ids(a);
    const idsB = ids(b);
    // one pattern per slot, each defined once, and none shared between the two widgets
    expect(new Set(idsA).size).to.equal(8);
    expect(all(a, 'pattern')).to.have.length(8);
    expect(idsA.filter((id) => idsB.includes(id))).to.deep.equal([]);
    expect(all(a, 'pattern').map((p) => p.id)).to.have.members(idsA);
    // each pattern draws in its palette colour
    all(a, 'pattern').forEach((p, i) => expect(getComputedStyle(p).color).to.equal(rgb(LIGHT[i])));
    // the textures differ: no two patterns have the same tile and rotation
    const tiles = all(a, 'pattern').map((p) => `${p.getAttribute('patternTransform')}|${p.querySelector('path')!.getAttribute('d')}`);
    expect(new Set(tiles).size).to.equal(8);
  });

  it('FDI: the distinct patterns are the distinct slots used (three parts, donut too)', async () => {
    const [bar] = await page(['citystat-fdi-composition', fdi, true]);
    expect(new Set(all(bar, '[part~="segment"]').map((s) => patternOf(bar, s))).size).to.equal(3);
    expect(all(bar, 'pattern')).to.have.length(3);
    bar.setAttribute('variant', 'donut');
    await bar.settled();
    expect(all(bar, 'path[part~="segment"]').map((s) => patternOf(bar, s))).to.have.length(3);
    expect(all(bar, 'pattern')).to.have.length(3);
  });

  it('FDI without patterns: colours, no fill attribute, no pattern; switching it off restores them', async () => {
    const [plain, patterned] = await page(['citystat-fdi-composition', fdi, false], ['citystat-fdi-composition', clone(fdi), true]);
    expect(all(plain, 'pattern')).to.have.length(0);
    all(plain, '[part~="segment"]').forEach((s, i) => {
      expect(s.hasAttribute('fill')).to.equal(false);
      expect(getComputedStyle(s).fill).to.equal(rgb(LIGHT[i]));
    });
    (patterned as AnyChart & { patterns: boolean }).patterns = false;
    await patterned.settled();
    expect(all(patterned, 'pattern')).to.have.length(0);
    expect(all(patterned, '[part~="segment"]').map((s) => getComputedStyle(s).fill)).to.deep.equal(LIGHT.slice(0, 3).map(rgb));
  });

  it('fair participation: each measure gets its own pattern; without it, the bar colour', async () => {
    const [a, b, plain] = await page(
      ['citystat-fair-participation', fair, true],
      ['citystat-fair-participation', fair, true],
      ['citystat-fair-participation', fair, false],
    );
    const byMeasure = (el: AnyChart) => {
      const bars = all(el, 'rect[part~="bar"]');
      expect(bars).to.have.length(6); // 3 fairs × 2 measures
      const ids = bars.map((r) => patternOf(el, r));
      const marks = el.layout!.marks as unknown as Array<{ panel: number; missing: boolean }>;
      const drawn = marks.filter((m) => !m.missing);
      drawn.forEach((m, i) => expect(ids[i]).to.equal(ids[drawn.findIndex((o) => o.panel === m.panel)]));
      return ids;
    };
    const idsA = byMeasure(a);
    expect(new Set(idsA).size).to.equal(2);
    expect(all(a, 'pattern')).to.have.length(2);
    expect(byMeasure(b).filter((id) => idsA.includes(id))).to.deep.equal([]);
    expect(all(plain, 'pattern')).to.have.length(0);
    for (const r of all(plain, 'rect[part~="bar"]')) {
      expect(r.hasAttribute('fill')).to.equal(false);
      expect(getComputedStyle(r).fill).to.equal(rgb('#1d5fa8'));
    }
  });

  it('a hovered, focused or selected mark keeps its texture and gets an outline (fair and FDI)', async () => {
    const [fairEl, fdiEl] = await page(['citystat-fair-participation', fair, true], ['citystat-fdi-composition', fdi, true]);
    const cases: Array<[AnyChart, string]> = [
      [fairEl, 'rect[part~="bar"]'],
      [fdiEl, '[part~="segment"]'],
    ];
    for (const [el, selector] of cases) {
      const mark = all(el, '[part~="mark"]').find((m) => m.querySelector(selector))!;
      const shape = mark.querySelector(selector)!;
      const before = getComputedStyle(shape).stroke;
      // keyboard focus, then selection (Enter)
      (mark as SVGGElement).focus();
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.settled();
      const now = el.shadowRoot!.querySelector(`[part~="mark"][data-index="${mark.getAttribute('data-index')}"] ${selector}`)!;
      expect(now.closest('.mark')!.classList.contains('selected'), el.localName).to.equal(true);
      expect(getComputedStyle(now).fill, el.localName).to.match(/^url\(/);
      expect(getComputedStyle(now).stroke, el.localName).to.not.equal(before);
    }
  });

  it('in dark theme the patterns take the dark palette', async () => {
    const [el] = await page(['citystat-fdi-composition', fdi, true]);
    el.setAttribute('theme', 'dark');
    await el.settled();
    expect(all(el, 'pattern').map((p) => getComputedStyle(p).color)).to.deep.equal(['#6fa8f0', '#9ca3af', '#facc15'].map(rgb));
  });

  it('the sector breakdown has no palette colours: the attribute changes nothing there', async () => {
    const [el] = await page(['citystat-sector-breakdown', sector, true]);
    expect(el.hasAttribute('patterns')).to.equal(true);
    expect(all(el, 'pattern')).to.have.length(0);
    expect(all(el, 'rect.bar').every((r) => !r.hasAttribute('fill'))).to.equal(true);
  });
});
