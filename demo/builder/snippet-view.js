// Step 4 and 5: the embed code (table-first by default, or the tag with its
// data), the script's address, and the one-time site step.
import { hasFields, tools } from './csv-doc.js';
import { localHost, rememberAddress } from './script-address.js';
import { siteCode } from './site-steps.js';
import { $, currentText, fill, state, t } from './state.js';
import { buildSnippet, detectFormat } from './text.js';

const checked = (name, fallback) => document.querySelector(`input[name="${name}"]:checked`)?.value ?? fallback;

/** The editor's texts for CSV figures (empty strings when not filled). */
export function fieldValues() {
  const value = (id) => $(id).value.trim();
  return {
    title: value('field-title'),
    subtitle: value('field-subtitle'),
    unit: $('field-unit').closest('.field').hidden ? '' : value('field-unit'),
    sourceName: value('field-source-name'),
    sourceUrl: value('field-source-url'),
    sourceDate: value('field-source-date'),
    note: value('field-note'),
  };
}

export function renderSnippet() {
  const text = currentText();
  const format = detectFormat(text);
  const w = state.widget;
  const out = $('snippet');
  const note = $('snippet-note');
  const form = checked('form', 'table');
  const mode = checked('mode', 'inline');
  $('tag-options').hidden = form !== 'tag';
  $('src-fields').hidden = form !== 'tag' || mode !== 'src';
  $('site-step').hidden = form !== 'table';
  $('csv-fields').hidden = format !== 'csv';
  renderAddress();
  const checkedNow = state.text === text && state.widget === w;
  const notes = [];
  if (!w || (!format && !(form === 'tag' && mode === 'src'))) out.value = '';
  else if (form === 'table') {
    const valid = checkedNow && state.doc !== undefined;
    const theme = $('chart-theme').value;
    out.value = valid ? tools.tableFirstSnippet(w.name, state.doc, $('chart-lang').value, theme !== 'light' ? { theme } : {}) : '';
    notes.push(valid ? t('tableNote') : t('tableNeedsValid'));
  } else {
    const src = $('src-url').value.trim();
    // CSV cannot hold the texts around the chart: with any of them, the snippet holds the JSON document.
    const asJson = mode === 'inline' && format === 'csv' && hasFields(fieldValues()) && checkedNow && state.doc;
    out.value = buildSnippet({
      tag: w.tag,
      text: asJson ? JSON.stringify(state.doc, null, 2) : text,
      format: asJson ? 'json' : format,
      lang: $('chart-lang').value,
      theme: $('chart-theme').value,
      mode,
      src,
      cdn: $('cdn-url').value.trim(),
    });
    if (mode === 'src' && !src) notes.push(t('srcMissing'));
    if (asJson) notes.push(t('tagCsvAsJson'));
    if (mode === 'inline' && /<\/script|<!--/i.test(text)) notes.push(t('snippetEscaped'));
    if (state.status === 'error' && checkedNow) notes.push(t('snippetHasErrors'));
  }
  $('copy').disabled = out.value === '';
  note.textContent = notes.join(' ');
}

/** The script's address: remembered, and said to be local when it is. */
function renderAddress() {
  const address = $('cdn-url').value.trim();
  const host = localHost(address);
  $('cdn-local').hidden = !host;
  $('cdn-local').textContent = host ? fill(t('cdnLocal'), { host }) : '';
  const site = $('site').value;
  $('site-steps').textContent = t('siteSteps')[site];
  $('site-code').value = siteCode(site, address);
}

/** Keeps the typed address for next time. */
export function addressChanged() {
  rememberAddress($('cdn-url').value.trim());
  renderSnippet();
}

/** Copies a read-only box's text; says so in `statusId` (with the words of `doneKey`). */
export async function copyBox(boxId, statusId, doneKey) {
  const out = $(boxId);
  const status = $(statusId);
  try {
    await navigator.clipboard.writeText(out.value);
    status.textContent = t(doneKey);
  } catch {
    out.focus();
    out.select();
    let ok;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    status.textContent = ok ? t(doneKey) : t('copyFailed');
  }
}
