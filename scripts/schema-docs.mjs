// Generates the schema reference: docs/schemas/<name>.html for every
// data-schemas/<name>.schema.json (each field's path, type, whether it is
// required, its description and constraints, then the example documents of
// data-schemas/examples/ whose `$schema` names it), docs/schemas/index.html and
// docs/schemas/schema.css. Plain HTML, no JavaScript. The output is
// deterministic (no dates), committed, and served by `npm start` at /docs/schemas/.
//   node scripts/schema-docs.mjs          write the pages
//   node scripts/schema-docs.mjs --check  exit 1 when a page is missing, stale or left over
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'docs/schemas';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A JSDoc description as HTML: escaped, `code` spans kept, blank lines as paragraph breaks. */
export function prose(text) {
  if (!text) return '';
  return String(text)
    .split(/\n\s*\n/)
    .map((para) => esc(para.replace(/\s*\n\s*/g, ' ').trim()).replace(/`([^`]+)`/g, (_, code) => `<code>${code}</code>`))
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('');
}

const refName = (ref) => ref.replace(/^#\/definitions\//, '');

/** Definitions drawn as their own "shared type" (no fields of their own to expand). */
function isNamedType(def) {
  return def && !def.properties;
}

/**
 * The rows of a schema: one per field, depth first, with the path an editor
 * writes (`components[].label`, `source.name`, `events[].values.<key>`).
 */
export function fieldRows(schema) {
  const defs = schema.definitions ?? {};
  const rows = [];
  const named = new Set();

  const resolve = (node) => {
    if (node?.$ref) {
      const name = refName(node.$ref);
      const def = defs[name] ?? {};
      const { $ref: _ref, ...own } = node;
      return { name, node: { ...def, ...own, description: own.description ?? def.description } };
    }
    return { name: undefined, node: node ?? {} };
  };

  /** A short type label, as HTML; shared types link to their section. */
  const typeOf = (node) => {
    if (node.$ref) {
      const name = refName(node.$ref);
      const def = defs[name];
      if (isNamedType(def)) {
        named.add(name);
        return `<a href="#type-${esc(name)}">${esc(name)}</a>`;
      }
      return typeOf({ ...def, $ref: undefined });
    }
    if (node.anyOf) {
      // LocalizedText is written inline as anyOf [Translations, string] by the generator.
      // Plain types first: "string or Translations".
      const parts = [...new Set(node.anyOf.map(typeOf))].sort((a, b) => Number(a.startsWith('<a')) - Number(b.startsWith('<a')));
      return parts.join(' or ');
    }
    if (node.const !== undefined) return `<code>${esc(JSON.stringify(node.const))}</code>`;
    const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
    if (!types.length && node.properties) types.push('object');
    const label = types.map((t) => {
      if (t === 'array') return node.items ? `array of ${typeOf(node.items)}` : 'array';
      if (t === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object' && !node.properties) {
        return `object: key → ${typeOf(node.additionalProperties)}`;
      }
      return esc(t);
    });
    return label.join(' or ') || 'any';
  };

  /** Constraints of a node, as HTML list items' contents. */
  const constraintsOf = (node) => {
    const out = [];
    const num = (k, word) => node[k] !== undefined && out.push(`${word} <code>${esc(node[k])}</code>`);
    num('minimum', '≥');
    num('exclusiveMinimum', '>');
    num('maximum', '≤');
    num('exclusiveMaximum', '<');
    num('minItems', 'at least items:');
    num('maxItems', 'at most items:');
    num('minLength', 'min. length:');
    num('maxLength', 'max. length:');
    num('minProperties', 'min. keys:');
    if (node.pattern !== undefined) out.push(`pattern <code>${esc(node.pattern)}</code>`);
    if (node.enum) out.push(`one of ${node.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ')}`);
    if (node.const !== undefined) out.push(`exactly <code>${esc(JSON.stringify(node.const))}</code>`);
    return out;
  };

  const visit = (node, path, required, depth, seen) => {
    const { name, node: n } = resolve(node);
    const direct = node.$ref ? { ...n, $ref: node.$ref } : n;
    rows.push({
      path,
      depth,
      type: typeOf(direct),
      required,
      description: n.description ?? '',
      constraints: constraintsOf(n),
      closed: n.additionalProperties === false,
    });
    if (name && seen.includes(name)) return; // recursive types: stop
    const nextSeen = name ? [...seen, name] : seen;
    children(n, path, depth, nextSeen);
  };

  const children = (n, path, depth, seen) => {
    if (n.properties) {
      const req = new Set(n.required ?? []);
      for (const [key, child] of Object.entries(n.properties)) {
        visit(child, path ? `${path}.${key}` : key, req.has(key), depth + 1, seen);
      }
    }
    const types = Array.isArray(n.type) ? n.type : [n.type];
    if (types.includes('array') && n.items) {
      const { name, node: item } = resolve(n.items);
      if (item.properties && !(name && seen.includes(name))) children(item, `${path}[]`, depth, name ? [...seen, name] : seen);
    }
  };

  const req = new Set(schema.required ?? []);
  const top = Object.entries(schema.properties ?? {});
  // Own fields first (in schema order), then the common ones every widget shares.
  const common = ['$schema', 'locale', 'title', 'subtitle', 'note', 'source'];
  const ordered = [...top.filter(([k]) => !common.includes(k)), ...top.filter(([k]) => common.includes(k))];
  for (const [key, child] of ordered) visit(child, key, req.has(key), 0, []);

  // Shared types may reference further shared types.
  const types = [];
  const done = new Set();
  while (named.size > done.size) {
    for (const name of [...named].sort()) {
      if (done.has(name)) continue;
      done.add(name);
      const def = defs[name];
      types.push({ name, description: def.description ?? '', type: typeOf({ ...def, $ref: undefined }), constraints: constraintsOf(def) });
    }
  }
  types.sort((a, b) => a.name.localeCompare(b.name));
  return { rows, types };
}

const widgetTag = (name) => `citystat-${name}`;

function page({ title, body, depthToRoot = '../../' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="schema.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><p><a href="index.html">citystat data schemas</a> · <a href="${depthToRoot}demo/">demo</a> · <a href="${depthToRoot}demo/builder.html">chart builder</a></p></header>
<main id="main">
${body}
</main>
<footer><p>Generated from <code>data-schemas/</code> by <code>scripts/schema-docs.mjs</code>; do not edit by hand.</p></footer>
</body>
</html>
`;
}

/** The examples of a schema: example files whose `$schema` names it. */
export function examplesFor(name, examples) {
  return examples
    .filter((e) => basename(String(e.doc?.$schema ?? '')) === `${name}.schema.json`)
    .sort((a, b) => Number(b.file === `${name}.json`) - Number(a.file === `${name}.json`) || a.file.localeCompare(b.file));
}

/** One schema's page. */
export function schemaPage(name, schema, examples, allNames) {
  const { rows, types } = fieldRows(schema);
  const tag = widgetTag(name);
  const req = (r) => (r.required ? '<strong>required</strong>' : 'optional');
  const row = (r) => `<tr>
<th scope="row" class="path depth-${Math.min(r.depth, 4)}"><code>${esc(r.path)}</code></th>
<td class="type">${r.type}</td>
<td class="req">${req(r)}</td>
<td class="desc">${prose(r.description)}${r.closed ? '<p class="muted">No other fields are allowed.</p>' : ''}</td>
<td class="cons">${r.constraints.length ? `<ul>${r.constraints.map((c) => `<li>${c}</li>`).join('')}</ul>` : ''}</td>
</tr>`;
  const typeRow = (t) => `<tr id="type-${esc(t.name)}">
<th scope="row" class="name"><code>${esc(t.name)}</code></th>
<td class="type">${t.type}</td>
<td class="desc">${prose(t.description)}</td>
<td class="cons">${t.constraints.length ? `<ul>${t.constraints.map((c) => `<li>${c}</li>`).join('')}</ul>` : ''}</td>
</tr>`;
  const nav = allNames
    .map((n) => (n === name ? `<li><span aria-current="page">${esc(n)}</span></li>` : `<li><a href="${esc(n)}.html">${esc(n)}</a></li>`))
    .join('');
  const exampleBlocks = examples
    .map(
      (e) => `<figure class="example">
<figcaption><a href="../../data-schemas/examples/${esc(e.file)}"><code>data-schemas/examples/${esc(e.file)}</code></a></figcaption>
<pre tabindex="0"><code>${esc(JSON.stringify(e.doc, null, 2))}</code></pre>
</figure>`,
    )
    .join('\n');
  const body = `<nav aria-label="Schemas"><ul class="schemas">${nav}</ul></nav>
<h1><code>&lt;${esc(tag)}&gt;</code> data</h1>
<p class="lead">JSON Schema <code>${esc(schema.title ?? name)}</code> (draft-07). ${prose(schema.description).replace(/^<p>|<\/p>$/g, '')}</p>
<ul class="files">
<li>Schema: <a href="../../data-schemas/${esc(name)}.schema.json"><code>data-schemas/${esc(name)}.schema.json</code></a> (package: <code>citystat/schemas/${esc(name)}.schema.json</code>)</li>
<li>Validator: <a href="../../data-schemas/validators/${esc(name)}.js"><code>data-schemas/validators/${esc(name)}.js</code></a> (standalone, ESM)</li>
</ul>
<h2 id="fields">Fields</h2>
<p>A path like <code>a[].b</code> is field <code>b</code> of each element of array <code>a</code>. <em>Text</em> fields accept one string (in the document's <code>locale</code>) or translations keyed by language code, e.g. <code>{"vi": "…", "en": "…"}</code>.</p>
<div class="scroll" role="region" aria-labelledby="fields" tabindex="0">
<table class="fields">
<thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th><th scope="col">Constraints</th></tr></thead>
<tbody>
${rows.map(row).join('\n')}
</tbody>
</table>
</div>
${
  types.length
    ? `<h2 id="types">Shared types</h2>
<div class="scroll" role="region" aria-labelledby="types" tabindex="0">
<table class="fields">
<thead><tr><th scope="col">Type</th><th scope="col">Is</th><th scope="col">Description</th><th scope="col">Constraints</th></tr></thead>
<tbody>
${types.map(typeRow).join('\n')}
</tbody>
</table>
</div>`
    : ''
}
<h2 id="example">${examples.length > 1 ? 'Examples' : 'Example'}</h2>
${exampleBlocks || '<p>No example yet.</p>'}
<h2 id="embed">Embed</h2>
<pre tabindex="0"><code>${esc(`<script type="module" src="…/citystat/dist/cdn/citystat.js"></script>
<${tag} src="figures.json"></${tag}>`)}</code></pre>
<p>Or put the JSON inside the element in a <code>&lt;script type="application/json"&gt;</code>, or set the <code>data</code> property. The <a href="../../demo/builder.html">chart builder</a> checks data against this schema and writes the snippet.</p>`;
  return page({ title: `${tag} data schema — citystat`, body });
}

/** The index page. */
export function indexPage(entries) {
  const items = entries
    .map(
      ({ name, schema }) => `<li><a href="${esc(name)}.html"><code>&lt;${esc(widgetTag(name))}&gt;</code></a>
<span class="muted">${esc(schema.title ?? '')}</span>${prose(firstSentence(schema.description))}</li>`,
    )
    .join('\n');
  const body = `<h1>citystat data schemas</h1>
<p class="lead">What each widget's data looks like: every field, its type, whether it is required, what it means and its limits, with a real example (Hanoi, 2022–2023). Generated from the JSON Schemas in <code>data-schemas/</code>.</p>
<ul class="index">
${items}
</ul>`;
  return page({ title: 'Data schemas — citystat', body });
}

/** The first sentence of a description, without a leading "Data for `<tag>`:" (the list shows the tag). */
export function firstSentence(text = '') {
  const flat = text.replace(/\s*\n\s*/g, ' ').replace(/^Data for `<[a-z-]+>`:\s*/, '');
  const m = /^(.+?(?<!\be\.g|\bi\.e)\.)(\s|$)/.exec(flat);
  const sentence = m ? m[1] : flat;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export const CSS = `:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --text: #1b1f24;
  --muted: #50575f;
  --rule: #d0d5db;
  --code-bg: #f3f5f7;
  --link: #0b57a4;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  line-height: 1.5;
  background: var(--bg);
  color: var(--text);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16191d;
    --text: #eceff3;
    --muted: #b4bbc4;
    --rule: #3a4048;
    --code-bg: #23272d;
    --link: #8cc4ff;
  }
}
body { margin: 0 auto; max-width: 75rem; padding: 0 1rem 2rem; }
a { color: var(--link); }
code, pre { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.88em; }
code { background: var(--code-bg); padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
pre { background: var(--code-bg); padding: 0.8rem; overflow: auto; border-radius: 4px; max-height: 40rem; }
pre code { background: none; padding: 0; overflow-wrap: normal; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: var(--bg); padding: 0.3rem; }
.top { border-bottom: 1px solid var(--rule); font-size: 0.9rem; }
.muted { color: var(--muted); }
.lead { font-size: 1.05rem; }
.schemas, .files { padding-left: 1.2rem; }
.schemas { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; list-style: none; padding: 0; font-size: 0.9rem; }
.schemas [aria-current] { font-weight: 600; }
.index li { margin-bottom: 1rem; }
.index .muted { margin-left: 0.5rem; font-size: 0.9rem; }
.index p { margin: 0.2rem 0 0; }
.scroll { overflow-x: auto; }
.scroll:focus-visible, pre:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
table.fields { border-collapse: collapse; width: 100%; min-width: 44rem; font-size: 0.92rem; }
.fields th, .fields td { text-align: left; vertical-align: top; padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--rule); }
.fields thead th { border-bottom: 2px solid var(--text); white-space: nowrap; }
.fields p { margin: 0 0 0.3rem; }
.fields ul { margin: 0; padding: 0; list-style: none; }
.fields .path, .fields .name { font-weight: normal; white-space: nowrap; }
.fields .name code { overflow-wrap: normal; }
.fields .depth-1 { padding-left: 1.2rem; }
.fields .depth-2 { padding-left: 2.2rem; }
.fields .depth-3 { padding-left: 3.2rem; }
.fields .depth-4 { padding-left: 4.2rem; }
.fields .type { min-width: 8rem; }
.fields .req { white-space: nowrap; }
.fields .cons { min-width: 8rem; }
.fields tr:target { background: var(--code-bg); }
.example { margin: 1rem 0; }
.example figcaption { font-size: 0.9rem; margin-bottom: 0.3rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }
@media print {
  pre { max-height: none; overflow: visible; white-space: pre-wrap; }
  .scroll { overflow: visible; }
  table.fields { min-width: 0; }
}
`;

/** Every output file: relative path → content. */
export function generate(base = root) {
  const dir = join(base, 'data-schemas');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => f.replace(/\.schema\.json$/, ''))
    .sort();
  const exDir = join(dir, 'examples');
  const examples = existsSync(exDir)
    ? readdirSync(exDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((file) => ({ file, doc: JSON.parse(readFileSync(join(exDir, file), 'utf8')) }))
    : [];
  const entries = names.map((name) => ({ name, schema: JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8')) }));
  const files = { 'schema.css': CSS, 'index.html': indexPage(entries) };
  for (const { name, schema } of entries) files[`${name}.html`] = schemaPage(name, schema, examplesFor(name, examples), names);
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const files = generate();
  const out = join(root, OUT);
  const existing = existsSync(out) ? readdirSync(out) : [];
  const stale = [];
  for (const [file, content] of Object.entries(files)) {
    const path = join(out, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(`${OUT}/${file}${current === undefined ? ' (missing)' : ''}`);
    if (!check) {
      mkdirSync(out, { recursive: true });
      writeFileSync(path, content);
    }
  }
  for (const file of existing) {
    if (files[file]) continue;
    stale.push(`${OUT}/${file} (no longer generated)`);
    if (!check) rmSync(join(out, file));
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
