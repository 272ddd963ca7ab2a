// The figures as the builder writes them outside a table-first figure: the
// tag's inline data and the saved figures file. CSV keeps the editor's texts
// in its header block; where CSV cannot say everything exactly (a publication
// date, or `</script` / `<!--` that a script element would need to escape),
// the checked JSON document is written instead.
import { state } from './state.js';

/**
 * Why the checked CSV cannot carry its figures and texts exactly: `date`,
 * `script` (only inside a script element: `inline`), or ''.
 */
function csvLimit(inline) {
  if (state.fields?.sourceDate) return 'date';
  if (inline && /<\/script|<!--/i.test(state.csv)) return 'script';
  return '';
}

/**
 * The figures of `text` as written: JSON as typed; CSV that was checked and
 * is valid with its header block, or as JSON (`why` says why); any other CSV
 * as typed (the widget shows its problems).
 */
export function dataOutput(text, format, inline) {
  if (format !== 'csv' || state.text !== text || !state.doc || state.csv === undefined) return { text, format, why: '' };
  const why = csvLimit(inline);
  return why ? { text: JSON.stringify(state.doc, null, 2), format: 'json', why } : { text: state.csv, format, why };
}

/** Saves the figures file (for a `src` address): CSV with a BOM so that Excel reads Vietnamese letters correctly. */
export function downloadData(text, format) {
  const out = dataOutput(text, format || 'csv', false);
  const type = out.format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  const body = out.format === 'csv' && !out.text.startsWith('\uFEFF') ? `\uFEFF${out.text}` : out.text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${state.widget?.name ?? 'citystat'}.${out.format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
