// The texts around a chart made from CSV: title, subtitle, unit, source (its
// name, link and date) and note. Filled in from what the CSV says (its header
// block, core/csv-meta.ts, or a header's unit), edited by the editor, and
// written back into the CSV as its header block, read by the widget's own CSV
// reader, so that the preview and every output say the same.
import { csvDoc, tools } from './csv-doc.js';
import { $ } from './state.js';

const IDS = {
  title: 'field-title',
  subtitle: 'field-subtitle',
  unit: 'field-unit',
  sourceName: 'field-source-name',
  sourceUrl: 'field-source-url',
  sourceDate: 'field-source-date',
  note: 'field-note',
};

/** Header block keys, in the order written. The date has none: a document carries it. */
const BLOCK = [
  ['title', 'title'],
  ['subtitle', 'subtitle'],
  ['unit', 'unit'],
  ['sourceName', 'source'],
  ['sourceUrl', 'source-url'],
  ['note', 'note'],
];

/** The editor's texts (empty strings when not filled; no unit where the widget has none). */
export function fieldValues() {
  const out = {};
  for (const [key, id] of Object.entries(IDS)) out[key] = $(id).closest('.field').hidden ? '' : $(id).value.trim();
  return out;
}

/** The texts of a widget's document, as the fields hold them. */
export function textsOf(doc) {
  const { title, subtitle, unit, source, note } = doc;
  return { title, subtitle, unit, sourceName: source?.name, sourceUrl: source?.url, sourceDate: source?.date, note };
}

/** What the figures last said, to tell a text the CSV says anew from one the editor typed. */
let said = {};

/**
 * Fills the fields from the texts the figures say: a text said anew replaces
 * the field's; a text no longer said empties its field unless the editor
 * changed that field. Texts said as before leave the editor's words alone.
 */
export function prefill(texts) {
  for (const [key, id] of Object.entries(IDS)) {
    const before = said[key] ?? '';
    const now = texts[key] ?? '';
    const field = $(id);
    if (now !== before && (now || field.value.trim() === before)) field.value = now;
  }
  said = { ...texts };
}

const normalized = (text) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The CSV as its reader sees it: header block lines blanked (so lines keep their numbers). */
export const readText = (text) => tools.readCsvMeta(normalized(text)).text;

/** The CSV without its header block. */
export const csvBody = (text) => readText(text).replace(/^(?:[ \t]*\n)+/, '');

/** The CSV with the editor's texts as its header block (its own replaced). */
export function csvWithFields(text, fields) {
  const block = BLOCK.filter(([key]) => fields[key]).map(([key, name]) => `# ${name}: ${fields[key]}`);
  return [...block, csvBody(text)].join('\n');
}

/** The date, which a header block cannot say, added to a document's source (a source needs its name: the widget says so). */
export function withDate(doc, fields) {
  return fields.sourceDate ? { ...doc, source: { name: '', ...doc.source, date: fields.sourceDate } } : doc;
}

/**
 * A widget's data from the figures box. CSV that reads as a document first
 * fills the fields with its texts; the fields then go back in as its header
 * block, read by the same reader (as every output is read). Anything else
 * goes as text. Undefined when a newer text is being checked (`current()` false).
 */
export async function sourceOf(name, text, format, lang, current) {
  if (format !== 'csv') {
    prefill({});
    return { text, format };
  }
  const read = await csvDoc(name, text, lang);
  if (!current()) return undefined;
  if (!read) return { text, format };
  prefill(textsOf(read));
  const fields = fieldValues();
  const csv = csvWithFields(text, fields);
  const doc = await csvDoc(name, csv, lang);
  return doc ? { doc: withDate(doc, fields), csv, fields } : { text, format };
}
