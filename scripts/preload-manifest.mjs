// dist/cdn/preload.json: which CDN files `citystat.js` goes on to load, so
// that a site can hint them with <link rel="modulepreload"> next to its
// script tag and the browser fetches them in parallel with citystat.js
// instead of one round trip after another (citystat.js → a widget's chunk →
// its table reader). Chunk names carry a content hash and change with each
// release: a site reads them from this file of the release it serves.
//
//   {
//     "widgets": { "<tag>": { "code": [files], "table": [files] } },
//     "tableFirst": [files]
//   }
// code: the widget's chunk and what it imports (every page with the tag);
// table: its reader of a table or CSV (a table-first figure, or a table child);
// tableFirst: the upgrader of table-first figures (any page with one).
// Paths are relative to dist/cdn; citystat.js itself is never listed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC = /(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** `file` and its static imports (transitively), relative to `dir`, without citystat.js. */
function closure(dir, file, seen = new Set()) {
  const rel = relative(dir, file);
  if (seen.has(rel) || rel === 'citystat.js') return seen;
  seen.add(rel);
  for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) closure(dir, normalize(join(dirname(file), m[1])), seen);
  return seen;
}

/** The dynamic import in `file` whose path matches `re`, as an absolute path (or undefined). */
function lazy(file, re) {
  for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g))
    if (re.test(m[1])) return normalize(join(dirname(file), m[1]));
  return undefined;
}

/** The manifest of the CDN build in `dir` (dist/cdn). */
export function preloadManifest(dir) {
  const entry = join(dir, 'citystat.js');
  const code = readFileSync(entry, 'utf8');
  const widgets = {};
  for (const m of code.matchAll(/"(citystat-[a-z-]+)":\(\)=>import\("\.\/([^"]+)"\)/g)) {
    const chunk = join(dir, m[2]);
    const table = lazy(chunk, /\.table-[\w-]+\.js$/);
    const own = closure(dir, chunk);
    widgets[m[1]] = { code: [...own], table: table ? [...closure(dir, table, new Set(own))].filter((f) => !own.has(f)) : [] };
  }
  const upgrade = lazy(entry, /\/upgrade-[\w-]+\.js$/);
  return { widgets, tableFirst: upgrade ? [...closure(dir, upgrade)] : [] };
}

/** `<link rel="modulepreload">` tags for a page with `tags` (table-first figures when `tableFirst`), under `base`. */
export function preloadLinks(manifest, tags, base, tableFirst = true) {
  const files = new Set(tableFirst ? manifest.tableFirst : []);
  for (const tag of tags) {
    const w = manifest.widgets[tag];
    for (const f of [...(w?.code ?? []), ...(tableFirst ? (w?.table ?? []) : [])]) files.add(f);
  }
  return [...files].map((f) => `<link rel="modulepreload" href="${base}${f}" />`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../dist/cdn');
  writeFileSync(join(dir, 'preload.json'), `${JSON.stringify(preloadManifest(dir), null, 2)}\n`);
}
