// The widgets the package ships, read from its own src/widgets.json (the
// tarball's `files` include src/), and each widget's built pieces in dist/:
// its schema, its element class (for checkData) and its table/CSV reader.
import { readFileSync } from 'node:fs';

const pkg = new URL('../../', import.meta.url);

/** [{name, tag, className, examples}] from src/widgets.json. */
export function widgetList() {
  return JSON.parse(readFileSync(new URL('src/widgets.json', pkg), 'utf8'));
}

/** A widget's schema, element class and table reader (the built dist/ modules). */
export async function loadWidget(widget) {
  const dist = (path) => import(new URL(`dist/${path}`, pkg).href);
  const [{ schema }, element, table] = await Promise.all([
    dist(`generated/${widget.name}.schema.js`),
    dist(`charts/${widget.name}/${widget.name}.js`),
    dist(`charts/${widget.name}/${widget.name}.table.js`),
  ]);
  return { ...widget, schema, element: element[widget.className], fromTable: table.fromTable };
}

/**
 * The widget a JSON document is for: named by its `$schema`
 * (`…/kpi.schema.json`), else the one widget whose schema's required fields
 * the document has. Undefined when that does not settle it.
 */
export async function guessWidget(doc, widgets) {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  if (typeof doc.$schema === 'string') {
    const named = widgets.find((w) => doc.$schema.endsWith(`${w.name}.schema.json`));
    if (named) return named;
  }
  const fits = [];
  for (const w of widgets) {
    const { schema } = await import(new URL(`dist/generated/${w.name}.schema.js`, pkg).href);
    if ((schema.required ?? []).every((field) => field in doc)) fits.push(w);
  }
  return fits.length === 1 ? fits[0] : undefined;
}
