// The vi-VN and en-US number, list and month formatting of core/format.ts is
// written out (the first Intl call of a page starts ICU, 45–95 ms). These
// tests hold it to Intl's own output in this browser, and check that drawing
// the four widgets in vi and en calls no Intl formatter at all.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { decimalsOf, formatNumber, formatPercent, formatPercentValue, formatSigned } from '../src/core/format.js';
import { parseLocaleNumber } from '../src/core/table-read.js';
import { formatList, formatMonth } from '../src/core/format-words.js';
import '../src/define.js';
import { loadJson, type AnyChart } from './helpers.js';

const LOCALES = { vi: 'vi-VN', en: 'en-US' } as const;

/** A deterministic mix of magnitudes, decimals, ties and carries. */
function values(): number[] {
  let seed = 20231129;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.05,
    0.005,
    1.005,
    1.0005,
    9.995,
    99.95,
    999.95,
    0.9995,
    999999.5,
    2526,
    3.93,
    80.8,
    0.808,
    0.1 + 0.2,
    1e20,
    123456789012345.6,
    1e-6,
    0.000001,
    179.05,
    179.04,
    226.9e12,
    22.9e3,
    -0.4,
    -0.0004,
    1 / 3,
    2 / 3,
    0.125,
    0.375,
  ];
  for (let i = 0; i < 1500; i++) {
    const magnitude = 10 ** Math.floor(random() * 16 - 4);
    const decimals = Math.floor(random() * 7);
    let v = Math.round(random() * magnitude * 10 ** decimals) / 10 ** decimals;
    if (random() < 0.2) v = Math.floor(v) + 0.5; // ties
    if (random() < 0.1) v = Math.floor(v) + 0.995;
    out.push(random() < 0.3 ? -v : v);
  }
  return out;
}

describe('core/format without Intl for vi and en: the same output as Intl', () => {
  const all = values();

  for (const [lang, locale] of Object.entries(LOCALES)) {
    it(`numbers with their own decimals and with 0–3 decimals (${locale}, ${all.length} values)`, () => {
      let checked = 0;
      for (const v of all) {
        const d = decimalsOf(v);
        expect(formatNumber(v, lang), `${v}`).to.equal(
          new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v),
        );
        for (let k = 0; k <= 3; k++) {
          expect(formatNumber(v, lang, k), `${v} with ${k}`).to.equal(
            new Intl.NumberFormat(locale, { minimumFractionDigits: k, maximumFractionDigits: k }).format(v),
          );
        }
        checked += 5;
      }
      expect(checked).to.equal(all.length * 5);
    });

    it(`shares, percentages in percent units and signed numbers (${locale})`, () => {
      for (const v of all) {
        const fraction = v / 1000;
        for (let k = 0; k <= 2; k++) {
          expect(formatPercent(fraction, lang, k), `${fraction} with ${k}`).to.equal(
            new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: k, maximumFractionDigits: k }).format(fraction),
          );
        }
        const d = decimalsOf(v);
        for (const signed of [false, true]) {
          // Intl given the exact decimal `v`e-2 (a string): the written-out
          // path scales the decimal form, with no binary error from v / 100.
          const percent = new Intl.NumberFormat(locale, {
            style: 'percent',
            minimumFractionDigits: d,
            maximumFractionDigits: d,
            signDisplay: signed ? 'exceptZero' : 'auto',
          });
          expect(formatPercentValue(v, lang, signed), `${v}% ${signed}`).to.equal(
            percent.format(`${v < 0 || Object.is(v, -0) ? '-' : ''}${Math.abs(v)}e-2` as unknown as number),
          );
        }
        expect(formatSigned(v, lang), `signed ${v}`).to.equal(
          new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d, signDisplay: 'exceptZero' }).format(v),
        );
      }
    });

    it(`lists and month names (${locale})`, () => {
      const items = ['Hội chợ A', 'Fair B', 'C', 'D', 'E'];
      for (let n = 1; n <= items.length; n++) {
        expect(formatList(items.slice(0, n), lang)).to.equal(
          new Intl.ListFormat(locale, { type: 'conjunction' }).format(items.slice(0, n)),
        );
      }
      for (let m = 1; m <= 12; m++) {
        expect(formatMonth(m, lang)).to.equal(
          new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2023, m - 1, 1)),
        );
      }
    });

    it(`reads back what it writes (${locale})`, () => {
      for (const v of all.slice(0, 400)) {
        if (Math.abs(v) >= 1e15 || Object.is(v, -0)) continue;
        // Shown with the decimals it was written with (decimalsOf: 12 significant digits).
        expect(parseLocaleNumber(formatNumber(v, lang), lang), formatNumber(v, lang)).to.equal(+v.toFixed(decimalsOf(v)));
      }
    });
  }

  it('other languages are formatted by Intl', () => {
    expect(formatNumber(1234.5, 'de')).to.equal(new Intl.NumberFormat('de').format(1234.5));
    expect(formatPercentValue(3.5, 'fr', true)).to.equal(
      new Intl.NumberFormat('fr', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }).format(0.035),
    );
    expect(formatList(['a', 'b', 'c'], 'de')).to.equal('a, b und c');
  });

  it('the four widgets draw in vi and in en without calling Intl', async () => {
    const docs = {
      'citystat-sector-breakdown': await loadJson('data-schemas/examples/sector-breakdown.json'),
      'citystat-fdi-composition': await loadJson('data-schemas/examples/fdi-composition.json'),
      'citystat-fair-participation': await loadJson('data-schemas/examples/fair-participation.json'),
      'citystat-kpi': await loadJson('data-schemas/examples/kpi.json'),
    };
    const saved = { NumberFormat: Intl.NumberFormat, ListFormat: Intl.ListFormat, DateTimeFormat: Intl.DateTimeFormat };
    const calls: string[] = [];
    for (const name of Object.keys(saved) as Array<keyof typeof saved>) {
      (Intl as unknown as Record<string, unknown>)[name] = function () {
        calls.push(name);
        throw new Error(`Intl.${name} called`);
      };
    }
    try {
      for (const lang of ['vi', 'en']) {
        for (const [tag, data] of Object.entries(docs)) {
          const el = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
          const chart = document.createElement(tag) as AnyChart;
          chart.data = data;
          el.append(chart);
          expect(await chart.settled(), `${tag} ${lang}`).to.equal('ready');
          expect(chart.layout!.summary.length).to.be.above(20);
        }
      }
    } finally {
      Object.assign(Intl, saved);
    }
    expect(calls).to.deep.equal([]);
  });
});
