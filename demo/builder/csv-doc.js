// Pasted CSV as the widget reads it (the same reader and table code, from
// dist/), so that the editor's texts can be added and the table-first snippet
// written from the document.
const modules = new Map();
/** A dist/ module of one widget, loaded once. */
function load(path) {
  if (!modules.has(path)) modules.set(path, import(new URL(`../../dist/${path}`, import.meta.url).href));
  return modules.get(path);
}

/**
 * The built tools the page needs besides the widgets: the CSV reader and the
 * table-first snippet. Loaded at start, so that a missing build leaves the
 * page able to say so (rejects then).
 */
export const tools = {};
export async function loadTools() {
  const [csv, snippet] = await Promise.all([load('builder/csv.js'), load('embed/snippet.js')]);
  Object.assign(tools, csv, snippet);
}

/**
 * CSV text → the widget's document, or undefined when the CSV itself has
 * problems (the widget, given the CSV, shows them located by line).
 */
export async function csvDoc(name, text, lang) {
  const parsed = tools.parseCsv(text);
  if (parsed.issues) return undefined;
  const { fromTable } = await load(`charts/${name}/${name}.table.js`);
  const result = fromTable(parsed.table, parsed.numberLang ?? lang);
  return tools.csvIssues(result.issues, parsed.lines).length ? undefined : result.data;
}

/** True when the widget's data has a top-level `unit` (the unit field applies). */
export async function hasUnit(name) {
  const { schema } = await load(`generated/${name}.schema.js`);
  return !!schema.properties?.unit;
}

/** The editor's texts added to a document (empty fields left out; a source needs its name, the widget says so). */
export function withFields(doc, f) {
  const out = { ...doc };
  for (const key of ['title', 'subtitle', 'unit', 'note']) if (f[key]) out[key] = f[key];
  if (f.sourceName || f.sourceUrl || f.sourceDate) {
    out.source = { name: f.sourceName };
    if (f.sourceUrl) out.source.url = f.sourceUrl;
    if (f.sourceDate) out.source.date = f.sourceDate;
  }
  return out;
}

/** True when any text field is filled. */
export const hasFields = (f) => Object.values(f).some(Boolean);
