// A third language registered with one call (README "Adding a language"):
// every widget's words, summaries, table headers and error messages in French.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { registerLanguage } from '../src/core/i18n.js';
import { openTable, type AnyChart } from './helpers.js';
import { fr, frMessages } from './language-fr.js';

registerLanguage('fr', fr, frMessages);

const NB = '\u00a0'; // Intl's fr-FR thousands separator is U+202F, its percent sign follows U+00A0
const NNB = '\u202f';

const sector = {
  title: { vi: 'Sản phẩm chủ lực', fr: 'Produits industriels clés' },
  unit: { vi: 'sản phẩm', fr: 'produits' },
  total: 14,
  items: [
    { id: 'textiles', label: { vi: 'Dệt may', fr: 'Textile' }, value: 8 },
    { id: 'mechanical', label: { vi: 'Cơ khí', fr: 'Mécanique' }, value: 6 },
  ],
};
const fdi = {
  title: { vi: 'Vốn FDI', fr: 'Investissements directs étrangers à Hanoï' },
  period: { vi: '9 tháng đầu năm 2023', fr: 'neuf premiers mois de 2023' },
  unit: { vi: 'triệu USD', fr: 'millions USD' },
  total: 2526,
  components: [
    { id: 'new', label: { vi: 'Cấp mới', fr: 'Nouveaux projets' }, capital: 270 },
    { id: 'increase', label: { vi: 'Tăng vốn', fr: 'Augmentations de capital' }, capital: 215 },
    { id: 'shares', label: { vi: 'Góp vốn', fr: 'Prises de participation' }, capital: 2041 },
  ],
};
const fair = {
  title: { vi: 'Hội chợ', fr: 'Salons de Hanoï en 2023' },
  measures: [{ id: 'booths', label: { vi: 'Gian hàng', fr: 'Stands' }, unit: { vi: 'gian hàng', fr: 'stands' }, integer: true }],
  events: [
    { id: 'a', name: { vi: 'Hội chợ A', fr: 'Salon de la sous-traitance' }, date: '2023-10-05', values: { booths: 250 } },
    { id: 'b', name: { vi: 'Hội chợ B', fr: "Salon de l'énergie" }, date: '2023-11', values: { booths: 1170 } },
  ],
};
const kpi = {
  title: { vi: 'Số liệu', fr: 'Industrie de Hanoï' },
  figures: [
    {
      id: 'iip',
      label: { vi: 'Chỉ số IIP', fr: 'Production industrielle' },
      value: 3.93,
      format: 'percent-change',
      comparison: { vi: 'so với cùng kỳ', fr: 'sur un an' },
      direction: 'up-good',
      period: { vi: '9 tháng 2023', fr: 'neuf premiers mois de 2023' },
    },
    {
      id: 'clusters',
      label: { vi: 'Cụm công nghiệp', fr: 'Zones industrielles' },
      value: 19,
      unit: { vi: 'cụm', fr: 'zones' },
      progress: { value: 19, total: 43, target: { min: 10, max: 20 } },
    },
  ],
};

async function widget(tag: string, data: unknown, lang = 'fr'): Promise<AnyChart> {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as AnyChart;
  el.data = data;
  root.append(el);
  await el.settled();
  return el;
}

const text = (el: Element, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('a registered language (fr): every widget speaks it', () => {
  it('sector breakdown: button, summary, table headers', async () => {
    const el = await widget('citystat-sector-breakdown', sector);
    expect(el.effectiveLang).to.equal('fr');
    expect(text(el, '.table-toggle')).to.deep.equal(['Afficher le tableau des données']);
    expect(el.layout!.summary).to.equal(
      `Produits industriels clés : 2 groupes, 14${NB}produits au total. Le plus grand est Textile : 8 sur 14${NB}produits (57,1${NB}%). ` +
        `Le plus petit est Mécanique : 6 sur 14${NB}produits (42,9${NB}%).`,
    );
    await openTable(el);
    expect(text(el, 'table.data thead th')).to.deep.equal(['Groupe', 'Valeur (produits)', 'Part']);
  });

  it('FDI composition: total line, summary, table headers', async () => {
    const el = await widget('citystat-fdi-composition', fdi);
    expect(text(el, 'svg.plot > text.muted')[0]).to.equal('Total, neuf premiers mois de 2023');
    expect(el.layout!.summary).to.equal(
      `Investissements directs étrangers à Hanoï, neuf premiers mois de 2023 : 2${NNB}526${NB}millions USD au total, en 3 parties. ` +
        `La plus grande est Prises de participation${NB}: 2${NNB}041${NB}millions USD (80,8${NB}%). ` +
        `La plus petite est Augmentations de capital${NB}: 215${NB}millions USD (8,5${NB}%).`,
    );
    await openTable(el);
    expect(text(el, 'table.data thead th')).to.deep.equal(['Composante', 'Capital (millions USD)', 'Part']);
  });

  it('fair participation: dates, summary, table headers', async () => {
    const el = await widget('citystat-fair-participation', fair);
    expect(text(el, 'svg.plot text.sub')).to.deep.equal(['5 oct. 2023', 'nov. 2023']);
    expect(el.layout!.summary).to.equal(`Salon de l'énergie a compté le plus de stands (1${NNB}170${NB}stands).`);
    await openTable(el);
    expect(text(el, 'table.data thead th')).to.deep.equal(['Salon', 'Date', 'Stands']);
  });

  it('KPI: target line, summary, table headers', async () => {
    const el = await widget('citystat-kpi', kpi);
    expect(text(el, '.sub')).to.include('Objectif : 10–20');
    expect(el.layout!.summary).to.equal(
      `Chiffres clés. Production industrielle${NB}: en hausse de 3,93${NB}% sur un an, neuf premiers mois de 2023; ` +
        `Zones industrielles${NB}: 19 sur 43${NB}zones, objectif 10–20.`,
    );
    await openTable(el);
    expect(text(el, 'table.data caption')).to.deep.equal(['Industrie de Hanoï']);
    expect(text(el, 'table.data thead th')).to.deep.equal(['Indicateur', 'Valeur', 'Variation', 'Période']);
  });

  it('error messages in French, and lang="fr-CA" resolves to fr', async () => {
    const bad = { ...sector, items: [{ id: 'a', label: 'A', value: -1 }] };
    const el = await widget('citystat-sector-breakdown', bad, 'fr-CA');
    expect(el.effectiveLang).to.equal('fr');
    expect(el.status).to.equal('error');
    expect(text(el, '.error p')).to.deep.equal(['Ce graphique ne peut pas être affiché car ses données contiennent des erreurs :']);
    expect(text(el, '.error li')).to.deep.equal(['items[0].value doit être au moins 0.']);
    const kpiEl = await widget('citystat-kpi', { figures: [{ id: 'a', label: 'A', value: '3' }] }, 'fr-CA');
    expect(text(kpiEl, '.error li')).to.deep.equal(['figures[0].value doit être null ou un nombre, mais est un texte.']);
  });

  it('a language that is not registered is English, words and errors', async () => {
    const el = await widget('citystat-fdi-composition', { ...fdi, components: [{ id: 'a', label: 'A', capital: -1 }] }, 'de');
    expect(el.effectiveLang).to.equal('de');
    expect(text(el, '.error li')).to.deep.equal(['components[0].capital must be at least 0.']);
  });
});
