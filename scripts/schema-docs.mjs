// Generates the schema reference in Vietnamese and English: for every widget
// of src/widgets.json, docs/schemas/<lang>/<name>.html from
// data-schemas/<name>.schema.json (each field's path, type, whether it is
// required, its description and constraints, then the widget's example
// documents), docs/schemas/<lang>/index.html, docs/schemas/index.html (the
// choice of language) and docs/schemas/schema.css. Plain HTML, no JavaScript,
// readable at 360 px (the field tables become one card per field). The output
// is deterministic (no dates), committed, and served by `npm start` at /docs/schemas/.
//   node scripts/schema-docs.mjs          write the pages
//   node scripts/schema-docs.mjs --check  exit 1 when a page is missing, stale or left over
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexPage, languagesPage, schemaPage } from './schema-docs/pages.mjs';
import { LANGS, loadTranslations, translator } from './schema-docs/words.mjs';

export { esc, fieldRows, prose } from './schema-docs/fields.mjs';
export { firstSentence, indexPage, schemaPage } from './schema-docs/pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'docs/schemas';
export const CSS = readFileSync(join(root, 'scripts/schema-docs/schema.css'), 'utf8');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The widgets (src/widgets.json), each with its schema and example documents. */
export function widgetEntries(base = root) {
  const widgets = readJson(join(base, 'src/widgets.json'));
  return widgets.map((widget) => ({
    widget,
    schema: readJson(join(base, `data-schemas/${widget.name}.schema.json`)),
    examples: widget.examples.map((file) => ({ file, doc: readJson(join(base, 'data-schemas/examples', file)) })),
  }));
}

/**
 * Every output file (relative path → content), and per language the English
 * descriptions that have no translation (`missing.vi`).
 */
export function generateAll(base = root) {
  const entries = widgetEntries(base);
  const widgets = entries.map((e) => e.widget);
  const translations = loadTranslations(base);
  const files = { 'schema.css': CSS, 'index.html': languagesPage() };
  const missing = {};
  for (const lang of LANGS) {
    const t = translator(lang, translations);
    files[`${lang}/index.html`] = indexPage({ entries, lang, t });
    for (const { widget, schema, examples } of entries) {
      files[`${lang}/${widget.name}.html`] = schemaPage({ widget, schema, examples, widgets, lang, t });
    }
    missing[lang] = [...t.missing].sort();
  }
  return { files, missing };
}

/** Every output file: relative path → content. */
export const generate = (base = root) => generateAll(base).files;

/** The files under a directory, as paths relative to it. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const { files, missing } = generateAll();
  const out = join(root, OUT);
  const stale = [];
  for (const [file, content] of Object.entries(files)) {
    const path = join(out, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(`${OUT}/${file}${current === undefined ? ' (missing)' : ''}`);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  for (const file of filesUnder(out)) {
    if (files[file]) continue;
    stale.push(`${OUT}/${file} (no longer generated)`);
    if (!check) rmSync(join(out, file));
  }
  for (const [lang, texts] of Object.entries(missing)) {
    if (texts.length) console.warn(`No ${lang} translation (shown in English) for:\n  ${texts.join('\n  ')}`);
  }
  if (check) {
    if (stale.length) {
      console.error(`Schema reference out of date (run \`npm run schema-docs\`):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`Schema reference up to date (${Object.keys(files).length} files).`);
  } else {
    console.log(stale.length ? `Wrote ${stale.join(', ')}` : 'Schema reference already up to date.');
  }
}
