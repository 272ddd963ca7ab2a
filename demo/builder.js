// The editors' chart builder: pick a widget, paste CSV or JSON, read the
// located problems, preview at phone and desktop widths, copy the snippet
// (table-first by default) and the one-time site step. No backend. The pasted
// text only ever reaches a widget as text (the textContent of its
// <script type="application/json|text/csv"> child, as in a snippet) or as a
// parsed document; no innerHTML anywhere on this page.
import { hasUnit, loadTools, tools } from './builder/csv-doc.js';
import { csvBody, prefill, sourceOf } from './builder/fields.js';
import { downloadData } from './builder/outputs.js';
import { makeWidget, updateScale } from './builder/preview.js';
import { renderStatus } from './builder/report.js';
import { sampleCsv } from './builder/samples.js';
import { SERVED_URL, initialAddress } from './builder/script-address.js';
import { SITES } from './builder/site-steps.js';
import { addressChanged, copyBox, renderSnippet } from './builder/snippet-view.js';
import { $, currentText, fill, state, t } from './builder/state.js';
import { detectFormat } from './builder/text.js';

/** The widgets, in the order editors meet them. */
export const WIDGETS = [
  { tag: 'citystat-sector-breakdown', name: 'sector-breakdown' },
  { tag: 'citystat-fdi-composition', name: 'fdi-composition' },
  { tag: 'citystat-fair-participation', name: 'fair-participation' },
  { tag: 'citystat-kpi', name: 'kpi' },
  { tag: 'citystat-trend', name: 'trend' },
];

function applyUiLang(lang) {
  state.ui = lang;
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  const button = $('ui-lang');
  button.textContent = t('switchTo');
  button.lang = lang === 'vi' ? 'en' : 'vi';
  for (const option of $('site').options) option.textContent = t('siteNames')[option.value];
  renderWidgetList();
  renderHint();
  renderFormat();
  renderStatus();
  renderSnippet();
  updateScale();
  $('checker').querySelector('*')?.setAttribute('lang', lang);
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
}

function renderWidgetList() {
  const list = $('widget-list');
  const checked = state.widget?.name;
  list.replaceChildren(
    ...WIDGETS.map((w) => {
      const defined = !!customElements.get(w.tag);
      const label = document.createElement('label');
      label.className = defined ? '' : 'disabled';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'widget';
      input.value = w.name;
      input.disabled = !defined;
      input.checked = w.name === checked;
      input.addEventListener('change', () => selectWidget(w));
      const text = document.createElement('span');
      const tag = document.createElement('code');
      tag.textContent = `<${w.tag}>`;
      text.append(t('widgets')[w.name], ' ', tag);
      if (!defined) {
        const note = document.createElement('span');
        note.className = 'unavailable';
        note.textContent = ` (${t('notAvailable')})`;
        text.append(note);
      }
      label.append(input, text);
      return label;
    }),
  );
}

function renderHint() {
  $('data-hint').textContent = state.widget ? t('hints')[state.widget.name] : '';
}

function renderFormat() {
  const text = currentText();
  const format = detectFormat(text);
  $('data-format').textContent =
    format === 'json'
      ? t('formatJson')
      : format === 'csv'
        ? fill(t('formatCsv'), { sep: t('sepNames')[tools.detectDelimiter ? tools.detectDelimiter(csvBody(text)) : ','] })
        : t('formatNone');
}

function selectWidget(w) {
  state.widget = w;
  renderHint();
  schedule(0);
}

let timer;
let timerPending = false;
let busy = false;
let idleWaiters = [];
function schedule(ms = 250) {
  busy = true;
  timerPending = true;
  clearTimeout(timer);
  timer = setTimeout(update, ms);
}
function idle() {
  busy = false;
  idleWaiters.splice(0).forEach((resolve) => resolve());
}
/** Resolves when the previews and messages show the current text (for tests and tools). */
function settled() {
  return busy ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve();
}

/** Rebuilds the previews and the checker from the text, then reports. */
async function update() {
  timerPending = false;
  const generation = ++state.generation;
  const text = currentText();
  const format = detectFormat(text);
  renderFormat();
  const w = state.widget;
  const lang = $('chart-lang').value;
  const theme = $('chart-theme').value;
  const targets = [$('preview-phone'), $('preview-desktop'), $('checker')];
  if (!w || !format) {
    if (!format) prefill({});
    targets.forEach((t) => t.replaceChildren());
    Object.assign(state, { status: 'idle', issues: [], messages: [], doc: undefined, csv: undefined, text });
    renderStatus();
    renderSnippet();
    updateScale();
    if (!timerPending) idle();
    return;
  }
  state.status = 'checking';
  renderStatus();
  const unit = await hasUnit(w.name);
  if (generation !== state.generation) return;
  $('field-unit').closest('.field').hidden = !unit;
  const source = await sourceOf(w.name, text, format, lang, () => generation === state.generation);
  if (!source || generation !== state.generation) return;
  const [phone, desktop] = [0, 1].map(() => makeWidget(w.tag, source, lang, theme));
  const checker = makeWidget(w.tag, source, state.ui, 'light');
  let errorDetail;
  checker.addEventListener('citystat-error', (e) => {
    errorDetail = e.detail;
  });
  $('preview-phone').replaceChildren(phone);
  $('preview-desktop').replaceChildren(desktop);
  $('checker').replaceChildren(checker);
  await customElements.whenDefined(w.tag);
  const [status] = await Promise.all([checker.settled(), phone.settled(), desktop.settled()]);
  if (generation !== state.generation) return;
  state.status = status;
  state.issues = status === 'error' ? [...(errorDetail?.issues ?? checker.issues)] : [];
  state.messages = status === 'error' ? [...(errorDetail?.messages ?? [])] : [];
  state.marks = desktop.layout?.marks.length ?? 0;
  state.format = format;
  state.text = text;
  state.doc = status === 'error' ? undefined : (source.doc ?? JSON.parse(text.replace(/^\uFEFF/, '')));
  state.csv = status === 'error' ? undefined : source.csv;
  state.fields = source.fields;
  renderStatus();
  renderSnippet();
  updateScale();
  if (!timerPending) idle();
}

async function loadSample(kind) {
  const w = state.widget;
  if (!w) return;
  busy = true;
  if (kind === 'csv') {
    setData(sampleCsv(w.name));
    return;
  }
  try {
    const response = await fetch(new URL(`../data-schemas/examples/${w.name}.json`, import.meta.url));
    if (!response.ok) throw new Error(`${response.status}`);
    const doc = await response.json();
    delete doc.$schema; // a relative path that means nothing on the editor's site
    setData(JSON.stringify(doc, null, 2) + '\n');
  } catch (err) {
    state.status = 'idle';
    $('status').textContent = fill(t('loadFailed'), { error: err.message });
    if (!timerPending) idle();
  }
}

function setData(text) {
  $('data').value = text;
  schedule(0);
}

/**
 * Which widgets the library offers (none without the build's tools). The CDN file loads each widget's code on
 * demand: ask it to load them all (`define`); an older, eager bundle has
 * simply defined its tags already.
 */
async function availableWidgets() {
  const built = await loadTools().then(
    () => true,
    () => false,
  );
  if (!built) return [];
  const lib = await import(SERVED_URL).catch(() => undefined);
  if (typeof lib?.define === 'function') {
    await Promise.allSettled(WIDGETS.map((w) => lib.define(w.tag)));
  }
  return WIDGETS.filter((w) => customElements.get(w.tag));
}

function listen() {
  const on = (id, type, fn) => $(id).addEventListener(type, fn);
  on('ui-lang', 'click', () => {
    applyUiLang(state.ui === 'vi' ? 'en' : 'vi');
    schedule(0);
  });
  on('data', 'input', () => {
    renderFormat();
    schedule();
  });
  on('load-csv', 'click', () => loadSample('csv'));
  on('load-json', 'click', () => loadSample('json'));
  on('clear-data', 'click', () => {
    setData('');
    $('data').focus();
  });
  on('chart-lang', 'change', () => {
    for (const el of document.querySelectorAll('.canvas > *')) el.setAttribute('lang', $('chart-lang').value);
    renderSnippet();
  });
  on('chart-theme', 'change', () => schedule(0));
  for (const radio of document.querySelectorAll('input[name="mode"], input[name="form"]')) radio.addEventListener('change', renderSnippet);
  for (const field of document.querySelectorAll('#csv-fields input')) field.addEventListener('input', () => schedule());
  on('src-url', 'input', renderSnippet);
  on('cdn-url', 'input', addressChanged);
  on('site', 'change', renderSnippet);
  on('copy', 'click', () => copyBox('snippet', 'copy-status', 'copied'));
  on('copy-site', 'click', () => copyBox('site-code', 'copy-site-status', 'siteCopied'));
  on('download-data', 'click', () => downloadData(currentText(), detectFormat(currentText())));
  const observer = new ResizeObserver(() => updateScale());
  for (const el of document.querySelectorAll('.viewport, .canvas')) observer.observe(el);
}

async function start() {
  let ready;
  const whenStarted = new Promise((resolve) => (ready = resolve));
  busy = true;
  window.citystatBuilder = { settled: () => whenStarted.then(settled), available: [] };
  const params = new URLSearchParams(location.search);
  $('cdn-url').value = initialAddress();
  $('site').replaceChildren(...SITES.map((s) => new Option(s, s)));
  const available = await availableWidgets();
  window.citystatBuilder.available = available.map((w) => w.name);
  $('no-widgets').hidden = available.length > 0;
  state.widget = available.find((w) => w.name === params.get('widget')) ?? available[0];
  applyUiLang(params.get('lang') === 'en' ? 'en' : 'vi');
  $('chart-lang').value = state.ui;
  listen();
  if (state.widget) void loadSample('csv');
  else schedule(0);
  ready();
}

if (typeof document !== 'undefined') void start();
