/**
 * Colour and contrast, measured on the rendered widget's own custom properties
 * in both themes: text ≥ 4.5:1, marks ≥ 3:1 against the background, and the
 * categorical palette's adjacent colours stay apart (CIE ΔE76 ≥ 15) under
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
 * severity 1).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/kpi/define.js';
import type { CitystatSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.js';

type RGB = [number, number, number];
const parse = (css: string): RGB => {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = css.trim();
  const v = ctx.fillStyle; // #rrggbb
  return [1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16) / 255) as RGB;
};
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (c: RGB) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
export const contrast = (a: RGB, b: RGB) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: RGB, m: number[][] | null): number[] => {
  const l = c.map(lin);
  return m ? m.map((r) => Math.min(1, Math.max(0, r[0] * l[0] + r[1] * l[1] + r[2] * l[2]))) : l;
};
const lab = (l: number[]) => {
  const X = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
  const Y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  const Z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
};
const deltaE = (a: RGB, b: RGB, m: number[][] | null) => {
  const [p, q] = [lab(simulate(a, m)), lab(simulate(b, m))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

async function tokens(theme: string) {
  const el = await fixture<CitystatSectorBreakdown>(
    html`<citystat-sector-breakdown theme=${theme} .data=${{ items: [{ id: 'a', label: 'A', value: 1 }] }}></citystat-sector-breakdown>`,
  );
  await el.settled();
  const cs = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
  const get = (name: string) => parse(cs.getPropertyValue(name));
  return { get };
}

describe('colour and contrast', () => {
  for (const theme of ['light', 'dark']) {
    it(`text reaches 4.5:1 and marks 3:1 against the background (${theme})`, async () => {
      const { get } = await tokens(theme);
      const bg = get('--_bg');
      const report: string[] = [];
      for (const name of ['--_text', '--_muted', '--_accent-strong', '--_error']) {
        const r = contrast(get(name), bg);
        report.push(`${name} ${r.toFixed(2)}`);
        expect(r, `${name} (${theme})`).to.be.at.least(4.5);
      }
      for (const name of ['--_accent', '--_missing', '--_focus', ...Array.from({ length: 8 }, (_, i) => `--_c${i + 1}`)]) {
        const r = contrast(get(name), bg);
        report.push(`${name} ${r.toFixed(2)}`);
        expect(r, `${name} (${theme})`).to.be.at.least(3);
      }
      // Tooltip: background-coloured text on a text-coloured box.
      expect(contrast(get('--_bg'), get('--_text'))).to.be.at.least(4.5);
      console.log(`contrast (${theme}): ${report.join(', ')}`);
    });

    it(`adjacent palette colours stay distinguishable under colour-vision deficiencies (${theme})`, async () => {
      const { get } = await tokens(theme);
      const palette = Array.from({ length: 8 }, (_, i) => get(`--_c${i + 1}`));
      let worst = Infinity;
      for (const [name, m] of [['normal', null], ...Object.entries(MACHADO)] as Array<[string, number[][] | null]>) {
        for (let i = 0; i + 1 < palette.length; i++) {
          const d = deltaE(palette[i], palette[i + 1], m);
          worst = Math.min(worst, d);
          expect(d, `${theme}, ${name}: colours ${i + 1} and ${i + 2}`).to.be.at.least(15);
        }
      }
      console.log(`palette (${theme}): smallest adjacent ΔE76 ${worst.toFixed(1)}`);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`KPI changes in good-news and bad-news colours (text and ▲/▼ glyphs) reach 4.5:1 (${theme})`, async () => {
      // axe leaves the arrow glyphs "to review" (non-text characters): measured here on what is drawn.
      const change = (value: number) => ({
        value,
        kind: 'percent',
        comparison: { vi: 'so với cùng kỳ', en: 'year on year' },
        direction: 'up-good',
      });
      const el = await fixture<HTMLElement & { settled(): Promise<string> }>(
        html`<citystat-kpi
          theme=${theme}
          .data=${{
            figures: [
              { id: 'a', label: 'A', value: 10, change: change(2) },
              { id: 'b', label: 'B', value: 5, change: change(-1.5) },
            ],
          }}
        ></citystat-kpi>`,
      );
      await el.settled();
      const bg = parse(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor);
      const toned = [...el.shadowRoot!.querySelectorAll('.good, .bad')];
      const arrows = toned.flatMap((t) => [...t.querySelectorAll('.arrow')]);
      expect(toned.map((t) => (t.classList.contains('good') ? 'good' : 'bad')).sort()).to.include.members(['good', 'bad']);
      expect(arrows.map((a) => a.textContent!.trim()).sort()).to.deep.equal(['▲', '▼']);
      const report = toned.map((t) => {
        const r = contrast(parse(getComputedStyle(t).color), bg);
        expect(r, `${t.className} (${theme})`).to.be.at.least(4.5);
        return `${t.className} ${r.toFixed(2)}`;
      });
      for (const a of arrows) expect(getComputedStyle(a).color).to.equal(getComputedStyle(a.closest('.good, .bad')!).color);
      console.log(`KPI tones (${theme}): ${report.join(', ')}`);
    });
  }

  it('the colour-vision check fails for two colours that only differ in red-green', () => {
    const red: RGB = [0.8, 0.3, 0.2];
    const green: RGB = [0.45, 0.5, 0.2];
    expect(deltaE(red, green, null)).to.be.greaterThan(15);
    expect(deltaE(red, green, MACHADO.deuteranopia)).to.be.lessThan(15);
  });
});
