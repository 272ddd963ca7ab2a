// Pasted CSV as the widget reads it (the same reader and table code, from
// dist/), so that the editor's texts can be read and added and the table-first
// snippet written from the document.
const modules = new Map();
/** A dist/ module of one widget, loaded once. */
function load(path) {
  if (!modules.has(path)) modules.set(path, import(new URL(`../../dist/${path}`, import.meta.url).href));
  return modules.get(path);
}

/**
 * The built tools the page needs besides the widgets: the CSV reader, its
 * header block reader and the table-first snippet. Loaded at start, so that a missing build leaves the
 * page able to say so (rejects then).
 */
export const tools = {};
export async function loadTools() {
  const [csv, meta, snippet] = await Promise.all([load('builder/csv.js'), load('core/csv-meta.js'), load('embed/snippet.js')]);
  Object.assign(tools, csv, meta, snippet);
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
