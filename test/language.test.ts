// A third language registered with one call (README "Adding a language"):
// every widget's words, summaries, table headers and error messages in French.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { registerLanguage, type LanguagePack } from '../src/core/i18n.js';
import type { Messages } from '../src/core/messages.js';
import { openTable, type AnyChart } from './helpers.js';

const fr: LanguagePack = {
  intlLocale: 'fr-FR',
  colon: '\u00a0: ',
  loading: 'Chargement des données…',
  empty: 'Aucun chiffre à afficher pour le moment.',
  source: 'Source',
  note: 'Note',
  missing: 'pas de données',
  notPublished: 'non publié',
  showTable: 'Afficher le tableau des données',
  hideTable: 'Masquer le tableau des données',
  downloadCsv: 'Télécharger les données (CSV)',
  downloadPng: "Télécharger l'image (PNG)",
  downloadSvg: "Télécharger l'image (SVG)",
  other: 'Autres',
  otherItems: 'Autres ({n} groupes)',
  total: 'Total',
  share: 'Part',
  value: 'Valeur',
  category: 'Groupe',
  sumMismatch: 'Attention : les parties font {sum}, et non le total publié de {total}. Les chiffres sont montrés tels que publiés.',
  breakdownUnpublished: "La répartition par groupe n'a pas été publiée.",
  compact: [
    [12, 'billions'],
    [9, 'milliards'],
    [6, 'millions'],
    [3, 'mille'],
  ],
  summaryBars: '{title} : {count} groupes, {total} au total.',
  chart: 'Graphique',
  summaryLargest: 'Le plus grand est {label} : {value} sur {total} ({share}).',
  summarySmallest: 'Le plus petit est {label} : {value} sur {total} ({share}).',
  summaryLargestTie: 'Les plus grands, égaux à {value} sur {total} ({share}) chacun : {label}.',
  summarySmallestTie: 'Les plus petits, égaux à {value} sur {total} ({share}) chacun : {label}.',
  summaryOneBar: '{title} : 1 groupe, {label}, {total} au total.',
  summaryMissing: 'Pas de données pour {labels}.',
  summaryUnpublished: "{title} : {total} au total ; la répartition en {count} groupes n'a pas été publiée.",
  fdi: {
    totalOf: 'Total, {period}',
    summaryTotal: '{head} : {total} au total, en {count} parties.',
    summaryOne: "{head} : {total} au total, d'une seule partie, {part}.",
    summaryLargest: 'La plus grande est {part}.',
    summarySmallest: 'La plus petite est {part}.',
    summaryLargestTie: 'Les plus grandes, égales : {part}.',
    summarySmallestTie: 'Les plus petites, égales : {part}.',
    component: 'Composante',
    capital: 'Capital',
    count: 'Nombre',
    countMissing: 'nombre : pas de données',
  },
  fair: {
    largest: '{names} a compté le plus de {what} ({value})',
    noData: 'pas de données sur les {what}',
    capped: 'Le graphique montre {shown} salons sur {total} ; le tableau des données les liste tous.',
    missingOf: '{missing} ({what})',
    fair: 'Salon',
    date: 'Date',
    place: 'Lieu',
    dateDay: '{d} {M} {y}',
    dateMonth: '{M} {y}',
  },
  kpi: {
    up: 'en hausse de',
    down: 'en baisse de',
    same: 'inchangé',
    points: 'points de pourcentage',
    of: '{value} sur {total}',
    target: 'objectif {range}',
    targetShown: 'Objectif : {range}',
    summary: 'Chiffres clés. {labels}.',
    caption: 'Chiffres clés',
    figure: 'Indicateur',
    change: 'Variation',
    period: 'Période',
    trend: 'Tendance',
  },
  trend: {
    quarter: 'T{n} {y}',
    quarterShort: 'T{n} {y}',
    month: '{M} {y}',
    monthShort: '{M} {y}',
    months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    units: { month: ['mois', 'mois'], quarter: ['trimestre', 'trimestres'], year: ['an', 'ans'] },
    against: {
      level: 'sur la période précédente',
      'change-year': 'sur un an',
      'change-previous': 'sur la période précédente',
      'change-year-to-date': 'depuis le début de l’année, sur un an',
    },
    estimate: 'estimation',
    estimates: 'Les estimations sont plus claires.',
    span: '{label} : {count}, de {first} à {last}.',
    rose: 'En hausse {against} sur {n} de {count}.',
    high: 'Le plus haut : {high} ; le plus bas : {low}.',
    highRate: 'Le taux le plus haut : {high} ; le plus bas : {low}.',
    latest: 'Dernier chiffre, {period} : {value}.',
    rateUp: 'Le taux passe de {first} ({from}) à {last} ({to}).',
    rateDown: 'Le taux passe de {first} ({from}) à {last} ({to}).',
    rateSame: 'Le taux est de {first} en {from} comme en {to}.',
    levelUp: 'De {first} ({from}) à {last} ({to}), {diff}.',
    levelDown: 'De {first} ({from}) à {last} ({to}), {diff}.',
    levelSame: '{first} en {from} comme en {to}.',
    period: 'Période',
  },
};

const frMessages: Messages = {
  errorTitle: 'Ce graphique ne peut pas être affiché car ses données contiennent des erreurs :',
  moreErrors: 'et {n} autres.',
  dataRoot: '(données)',
  or: 'ou',
  errType: '{path} doit être {type}, mais est {got}.',
  errRequired: '{path} : le champ obligatoire "{field}" manque.',
  errUnknownField: '{path} a un champ inconnu "{field}".',
  errMinimum: '{path} doit être au moins {limit}.',
  errExclusiveMinimum: '{path} doit être supérieur à {limit}.',
  errMaximum: '{path} doit être au plus {limit}.',
  errMinItems: '{path} doit avoir au moins {limit} élément(s).',
  errMaxItems: '{path} peut avoir au plus {limit} éléments.',
  errEmptyText: '{path} ne doit pas être vide.',
  errTooLong: '{path} dépasse {limit} caractères.',
  errPattern: "{path} n'a pas le format attendu.",
  errUrl: '{path} doit être une adresse web commençant par http:// ou https://.',
  errEnum: "{path} doit être l'une des valeurs : {allowed}.",
  errText: '{path} doit être un texte ou des traductions comme {"vi": "…", "en": "…"}.',
  errInvalid: "{path} n'est pas valide.",
  errDuplicateId: '{path} : l\'identifiant "{id}" est déjà utilisé par {other}.',
  errJson: 'Les données ne sont pas du JSON valide : erreur ligne {line}, colonne {column}.',
  errNotObject: 'Les données doivent être un objet JSON {…}, mais sont {got}.',
  errFetchStatus: 'Impossible de charger les données de {url} : le serveur a répondu {status}.',
  errFetchNetwork: "Impossible de charger les données de {url} : erreur réseau, ou le serveur n'autorise pas l'accès.",
  errFetchTimeout: 'Impossible de charger les données de {url} : pas de réponse en {seconds} secondes.',
  errFetchHtml: 'Impossible de charger les données de {url} : une page web (HTML) a été reçue au lieu de données JSON.',
  errFetchTooLarge: 'Impossible de charger les données de {url} : le fichier dépasse {limit}.',
  errTableCell: "Tableau de données, ligne {row}, colonne {column} : « {text} » n'est pas un nombre.",
  errTableShape: 'Tableau de données : {detail}',
  errNotFinite: '{path} doit être un nombre fini.',
  errCsvQuote: 'Fichier CSV, ligne {row} : un guillemet (") est ouvert mais jamais fermé.',
  errUnknownMeasure: "{path} : « {field} » n'est l'identifiant d'aucune mesure de measures.",
  errCsvShape: "Fichier CSV, ligne {row} : {got} colonnes, mais la ligne d'en-tête en a {expected}.",
  errCsvCell: "Fichier CSV, ligne {row}, colonne {column} : « {text} » n'est pas un nombre.",
  errPeriodOrder: '{path} : la période "{period}" doit suivre "{previous}".',
  errPeriodDuplicate: '{path} : la période "{period}" est répétée ({other}).',
  errPeriodKind: '{path} : "{period}" n’est pas du même type de période que "{first}".',
  errTrendKinds: '{path} : un niveau et une variation ne partagent pas un axe.',
  typeNames: {
    number: 'un nombre',
    integer: 'un nombre entier',
    string: 'un texte',
    boolean: 'true ou false',
    object: 'un objet {…}',
    array: 'une liste […]',
    null: 'null',
  },
  gotNames: {
    number: 'un nombre',
    string: 'un texte',
    boolean: 'true/false',
    object: 'un objet',
    array: 'une liste',
    null: 'null',
    undefined: 'vide',
  },
};

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
