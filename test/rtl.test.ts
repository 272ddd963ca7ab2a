// Right-to-left pages and right-to-left data (docs/design.md, "Decisions"): inside a `dir="rtl"` ancestor every
// widget keeps its left-to-right geometry, with no text outside the widget or over another text or a bar, and
// numbers with their signs in order; Arabic item names in a left-to-right page, and a widget in a registered
// Arabic language, are drawn the same way (the plot does not mirror; texts in a right-to-left script read so).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { en } from '../src/core/i18n-en.js';
import { registerLanguage, type LanguagePack } from '../src/core/i18n.js';
import { clone, loadJson, widgetRegistry, type AnyChart } from './helpers.js';
import { assertTextFits, characterXs, textBoxes } from './text-geometry.js';

// Every registered widget: a new one is covered (its items' field needs a line in arabicNames).
const WIDGETS = widgetRegistry().map((w) => w.name);
const ARABIC = ['الصناعة والبناء', 'الخدمات (التجارة)', 'الزراعة ٢٠٢٣', 'النقل والتخزين', 'السياحة'];

/** Arabic words over the English shared words (each word the pack lacks, and every widget's section but the KPI's, falls back to English). */
registerLanguage('ar', {
  ...en,
  intlLocale: 'ar',
  source: 'المصدر',
  note: 'ملاحظة',
  showTable: 'عرض جدول البيانات',
  hideTable: 'إخفاء جدول البيانات',
  kpi: { up: 'ارتفاع بنسبة', down: 'انخفاض بنسبة' },
} as unknown as LanguagePack);

const examples = new Map<string, any>();
before(async () => {
  for (const w of widgetRegistry().filter((x) => WIDGETS.includes(x.name)))
    examples.set(w.name, await loadJson(`data-schemas/examples/${w.examples[0]}`));
});

/** The widget's items with Arabic names (the trend: two series, drawn as lines named at their ends). */
function arabicNames(name: string, data: any): any {
  const d = clone(data);
  if (name === 'trend')
    d.series.push({ ...d.series[0], id: 'second', points: d.series[0].points.map((p: any) => ({ ...p, value: p.value + 1 })) });
  const list: any[] = d.items ?? d.components ?? d.events ?? d.figures ?? d.series;
  list.forEach((item, i) => {
    item[name === 'fair-participation' ? 'name' : 'label'] = ARABIC[i % ARABIC.length];
  });
  return d;
}

async function mountIn(name: string, data: unknown, width: number, dir: string, lang: string): Promise<AnyChart> {
  const page = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang} style="width:${width}px"></div>`);
  const el = document.createElement(`citystat-${name}`) as AnyChart;
  el.data = data;
  page.append(el);
  expect(await el.settled()).to.equal('ready');
  return el;
}

/** The text node of `el` whose text contains `needle`. */
function textNode(el: AnyChart, needle: string): Node {
  const found = textBoxes(el).length && [...walk(el.shadowRoot!)].find((n) => (n.textContent ?? '').includes(needle));
  expect(found, `a text with "${needle}"`).to.not.equal(undefined);
  return found as Node;
}

/** The marks' left edges (from the widget's) and widths, rounded: what mirroring would change. */
function markPlaces(el: AnyChart): number[][] {
  const frame = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('[part~=mark]')].map((m) => {
    const r = m.getBoundingClientRect();
    return [r.left - frame.left, r.width].map(Math.round);
  });
}

function* walk(root: Node): Generator<Node> {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) yield n;
}

/** Asserts `before` is drawn left of `after` in the text node holding both, and comes first in it. */
function inOrder(node: Node, first: string, then: string): void {
  const text = node.textContent ?? '';
  expect(text.indexOf(first), `"${text}": "${first}" before "${then}"`).to.be.lessThan(text.indexOf(then));
  const xs = characterXs(node);
  const x = (ch: string) => xs.find((c) => c.ch === ch)!.x;
  expect(x(first), `"${text}" drawn: "${first}" left of "${then}"`).to.be.lessThan(x(then));
}

describe('right-to-left pages', () => {
  for (const width of [360, 1200]) {
    for (const name of WIDGETS) {
      it(`<citystat-${name}> inside dir="rtl" at ${width} px: every text inside, none over another`, async () => {
        const el = await mountIn(name, examples.get(name), width, 'rtl', 'vi');
        assertTextFits(el, `${name} rtl ${width}`);
      });
    }
    it(`<citystat-kpi> inside dir="rtl" at ${width} px: signs and numbers in order`, async () => {
      const el = await mountIn('kpi', examples.get('kpi'), width, 'rtl', 'vi');
      const change = textNode(el, '3,93%');
      expect((change.textContent ?? '').trim()).to.equal('+3,93%');
      inOrder(change, '+', '3');
      inOrder(textNode(el, 'tháng đầu năm'), '9', 't');
      inOrder(textNode(el, '2%'), '+', '2');
    });
  }
  it('<citystat-trend> inside dir="rtl": a change keeps its sign before its number', async () => {
    const el = await mountIn('trend', examples.get('trend'), 360, 'rtl', 'vi');
    const latest = textNode(el, '4,3%');
    expect((latest.textContent ?? '').trim()).to.equal('+4,3%');
    inOrder(latest, '+', '4');
  });
  it('<citystat-fdi-composition> inside dir="rtl": its headline total is drawn', async () => {
    const el = await mountIn('fdi-composition', examples.get('fdi-composition'), 360, 'rtl', 'vi');
    const total = el.shadowRoot!.querySelector('.total')!.getBoundingClientRect();
    const frame = el.getBoundingClientRect();
    expect(total.width).to.be.greaterThan(50);
    expect(total.left).to.be.at.least(frame.left);
  });
});

describe('right-to-left data and languages', () => {
  for (const width of [360, 1200]) {
    for (const name of WIDGETS) {
      it(`<citystat-${name}> with Arabic names in a left-to-right page at ${width} px`, async () => {
        const el = await mountIn(name, arabicNames(name, examples.get(name)), width, 'ltr', 'vi');
        const boxes = assertTextFits(el, `${name} arabic ${width}`);
        expect(
          boxes.some((b) => ARABIC.includes(b.text)),
          'the Arabic names are drawn',
        ).to.equal(true);
      });
      it(`<citystat-${name}> in a registered Arabic language inside dir="rtl" at ${width} px: the plot does not mirror`, async () => {
        const el = await mountIn(name, arabicNames(name, examples.get(name)), width, 'rtl', 'ar');
        expect(el.effectiveLang).to.equal('ar');
        assertTextFits(el, `${name} ar ${width}`);
        const root = el.shadowRoot!.querySelector('[part=base]')!;
        expect(getComputedStyle(root).direction, 'the widget lays out left to right').to.equal('ltr');
        // The page's direction changes nothing, and the names start at the widget's left edge (the trend's: at the lines' right ends).
        const ltr = await mountIn(name, arabicNames(name, examples.get(name)), width, 'ltr', 'ar');
        expect(markPlaces(el)).to.deep.equal(markPlaces(ltr));
        const names = textBoxes(el).filter((b) => ARABIC.includes(b.text));
        const left = Math.min(...names.map((b) => b.rect.left)) - el.getBoundingClientRect().left;
        if (name === 'trend') expect(left, 'the series names stand right of the middle').to.be.greaterThan(width / 2);
        else expect(left, 'the names start at the left').to.be.lessThan(40);
      });
    }
  }
  it('a title in Arabic reads right to left, aligned to the right', async () => {
    const data = { ...arabicNames('sector-breakdown', examples.get('sector-breakdown')), title: 'الإنتاج الصناعي في هانوي' };
    const el = await mountIn('sector-breakdown', data, 360, 'ltr', 'vi');
    const title = el.shadowRoot!.querySelector('[part=title]')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    const [box] = textBoxes(el).filter((b) => b.text === data.title);
    expect(el.getBoundingClientRect().right - box.rect.right, 'right-aligned').to.be.lessThan(2);
  });
});
