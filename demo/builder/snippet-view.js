// Step 4 and 5: the embed code (table-first by default, or the tag with its
// data), the script's address, and the one-time site step.
import { tools } from './csv-doc.js';
import { dataOutput } from './outputs.js';
import { localHost, rememberAddress } from './script-address.js';
import { siteCode } from './site-steps.js';
import { $, currentText, fill, state, t } from './state.js';
import { buildSnippet, detectFormat } from './text.js';

const checked = (name, fallback) => document.querySelector(`input[name="${name}"]:checked`)?.value ?? fallback;

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
    // CSV carries the texts in its header block; what it cannot say makes the data (or the saved file) JSON.
    const data = dataOutput(text, format, mode === 'inline');
    out.value = buildSnippet({
      tag: w.tag,
      text: data.text,
      format: data.format,
      lang: $('chart-lang').value,
      theme: $('chart-theme').value,
      mode,
      src,
      cdn: $('cdn-url').value.trim(),
    });
    if (mode === 'src' && !src) notes.push(t('srcMissing'));
    if (data.why)
      notes.push(fill(t(mode === 'inline' ? 'tagCsvAsJson' : 'fileAsJson'), { what: t(data.why === 'date' ? 'whyDate' : 'whyScript') }));
    else if (mode === 'inline' && /<\/script|<!--/i.test(text)) notes.push(t('snippetEscaped'));
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
