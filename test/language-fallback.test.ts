// A language pack written before a widget existed (no `kpi` section) and
// missing one shared word: each missing word falls back to English, the
// widgets render, and development builds name every missing word once.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { registerLanguage, uiStrings, type LanguagePack } from '../src/core/i18n.js';
import { recordEvents, type AnyChart } from './helpers.js';

/** German words of the shared top level and the FDI and fair sections; no `kpi`, no `trend`, no `summarySmallest`, no `fdi.countMissing`. */
const oldGerman = {
  intlLocale: 'de-DE',
  colon: ': ',
  loading: 'Daten werden geladen…',
  empty: 'Noch keine Zahlen.',
  source: 'Quelle',
  note: 'Hinweis',
  missing: 'keine Angabe',
  notPublished: 'nicht veröffentlicht',
  showTable: 'Datentabelle zeigen',
  hideTable: 'Datentabelle ausblenden',
  downloadCsv: 'Daten herunterladen (CSV)',
  downloadPng: 'Bild herunterladen (PNG)',
  downloadSvg: 'Bild herunterladen (SVG)',
  other: 'Sonstige',
  otherItems: 'Sonstige ({n} Gruppen)',
  total: 'Gesamt',
  share: 'Anteil',
  value: 'Wert',
  category: 'Gruppe',
  sumMismatch: 'Hinweis: Die Teile ergeben {sum}, nicht die angegebene Summe {total}.',
  breakdownUnpublished: 'Die Aufteilung nach Gruppen ist nicht veröffentlicht.',
  compact: [
    [9, 'Mrd.'],
    [6, 'Mio.'],
  ],
  summaryBars: '{title}: {count} Gruppen, insgesamt {total}.',
  chart: 'Diagramm',
  summaryLargest: 'Am größten ist {label}: {value} von {total} ({share}).',
  summaryMissing: 'Keine Angabe für {labels}.',
  summaryUnpublished: '{title}: insgesamt {total}; die Aufteilung in {count} Gruppen ist nicht veröffentlicht.',
  fdi: {
    totalOf: 'Gesamt, {period}',
    summaryTotal: '{head}: insgesamt {total}, aus {count} Teilen.',
    summaryOne: '{head}: insgesamt {total}, aus einem Teil, {part}.',
    summaryLargest: 'Am größten ist {part}.',
    summarySmallest: 'Am kleinsten ist {part}.',
    component: 'Bestandteil',
    capital: 'Kapital',
    count: 'Anzahl',
  },
  fair: {
    largest: '{names} hatte die meisten {what} ({value})',
    noData: 'keine Angabe zu {what}',
    capped: 'Das Diagramm zeigt {shown} von {total} Messen; die Tabelle listet alle {total}.',
    missingOf: '{missing} ({what})',
    fair: 'Messe',
    date: 'Datum',
    place: 'Ort',
    dateDay: '{d}.{m}.{y}',
    dateMonth: '{m}/{y}',
  },
};

const sector = {
  title: 'Industrieprodukte',
  unit: 'Produkte',
  total: 14,
  items: [
    { id: 'textiles', label: 'Textil', value: 8 },
    { id: 'mechanical', label: 'Maschinenbau', value: 6 },
  ],
};
const kpi = {
  figures: [
    {
      id: 'iip',
      label: 'Industrieproduktion',
      value: 3.93,
      format: 'percent-change',
      comparison: 'zum Vorjahr',
      direction: 'up-good',
    },
    {
      id: 'clusters',
      label: 'Industriegebiete',
      value: 19,
      unit: 'Gebiete',
      progress: { value: 19, total: 43, target: { min: 10, max: 20 } },
    },
  ],
};

const percent = (v: number) =>
  new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
const en = uiStrings('en');
const NB = '\u00a0'; // between a number and its unit, and Intl's de-DE percent sign

const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
try {
  registerLanguage('de', oldGerman as unknown as LanguagePack);
} finally {
  console.warn = warn;
}

async function widget(tag: string, data: unknown): Promise<AnyChart> {
  const root = await fixture<HTMLElement>(html`<div lang="de"></div>`);
  const el = document.createElement(tag) as AnyChart;
  el.data = data;
  root.append(el);
  await el.settled();
  return el;
}

describe('a language pack lacking words falls back to English word by word', () => {
  it('the pack keeps its own words and gets the missing ones from English', () => {
    const de = uiStrings('de');
    expect(de.value).to.equal('Wert');
    expect(de.fdi.component).to.equal('Bestandteil');
    expect(de.fdi.countMissing).to.equal(en.fdi.countMissing);
    expect(de.summarySmallest).to.equal(en.summarySmallest);
    expect(de.kpi).to.deep.equal(en.kpi);
    expect(de.compact).to.deep.equal(oldGerman.compact);
  });

  it('a development build names each missing word (or section) once, at registration', () => {
    // The pack predates the tie and single-group words and `unavailable`: each is named too.
    const missing = [
      'unavailable',
      'summarySmallest',
      'summaryLargestTie',
      'summarySmallestTie',
      'summaryOneBar',
      'fdi.countMissing',
      'fdi.summaryLargestTie',
      'fdi.summarySmallestTie',
      'kpi',
      'trend',
    ];
    expect(warnings).to.have.length(missing.length);
    for (const key of missing) expect(warnings.filter((w) => w.includes(`"${key}"`))).to.have.length(1, key);
    expect(warnings.every((w) => w.includes('"de"'))).to.equal(true);
  });

  it('sector breakdown: renders; the missing sentence is English, the rest German', async () => {
    const events = recordEvents();
    const el = await widget('citystat-sector-breakdown', sector);
    events.stop();
    expect(events.errors).to.have.length(0);
    expect(el.status).to.equal('ready');
    expect(el.layout!.summary).to.equal(
      `Industrieprodukte: 2 Gruppen, insgesamt 14${NB}Produkte. Am größten ist Textil: 8 von 14${NB}Produkte (${percent(8 / 14)}). ` +
        `The smallest is Maschinenbau: 6 of 14${NB}Produkte (${percent(6 / 14)}).`,
    );
    expect(el.layout!.table.columns.map((c) => c.label)).to.deep.equal(['Gruppe', 'Wert (Produkte)', 'Anteil']);
  });

  it('KPI (no `kpi` section in the pack): renders with the English KPI words and the German shared ones', async () => {
    const events = recordEvents();
    const el = await widget('citystat-kpi', kpi);
    events.stop();
    expect(events.errors).to.have.length(0);
    expect(el.status).to.equal('ready');
    const layout = el.layout!;
    expect(layout.table.caption).to.equal('Key figures');
    expect(layout.table.columns.map((c) => c.label)).to.deep.equal(['Figure', 'Wert', 'Change', 'Period']);
    expect(layout.marks[0].label).to.equal(`Industrieproduktion: up 3,93${NB}% zum Vorjahr`);
    expect(layout.marks[1].label).to.equal(`Industriegebiete: 19 of 43${NB}Gebiete, target 10–20`);
    expect(layout.summary.startsWith('Key figures. Industrieproduktion: up')).to.equal(true);
  });
});
