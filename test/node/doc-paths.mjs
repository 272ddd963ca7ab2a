// The import paths and CDN files that the documentation shows, for the
// consumer test to resolve against the packed tarball. Only code is read
// (fenced blocks and inline `code` spans), where a reader copies from.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The documents a reader copies paths from: README, CONTRIBUTING, docs/**\/*.{md,html}, stories/*.mdx. */
export function docFiles(root) {
  const files = ['README.md', 'CONTRIBUTING.md'].filter((f) => existsSync(join(root, f)));
  const walk = (dir, ext) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true })
          .map(String)
          .filter((f) => f.endsWith(ext))
          .map((f) => join(dir, f))
      : [];
  return [...files, ...walk('docs', '.md'), ...walk('docs', '.html'), ...walk('stories', '.mdx')].sort();
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/** The code of a Markdown/MDX text (fenced blocks and inline spans) or of an HTML page (`<code>` elements). */
export function codeOf(text, file = '') {
  if (file.endsWith('.html')) {
    return [...text.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => m[1].replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]));
  }
  const fences = [...text.matchAll(/^\s*(```|~~~)[^\n]*\n([\s\S]*?)^\s*\1/gm)].map((m) => m[2]);
  const prose = text.replace(/^\s*(```|~~~)[^\n]*\n[\s\S]*?^\s*\1/gm, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return [...fences, ...spans];
}

/** `<widget>` / `<name>` placeholders stand for every widget of the registry. */
function expand(path, widgets) {
  return /<(widget|name)>/.test(path) ? widgets.map((w) => path.replace(/<(widget|name)>/g, w)) : [path];
}

/**
 * What one code text refers to: package specifiers (`import … from 'citystat…'`,
 * `import 'citystat/…'`, `import('citystat/…')`, or a bare `citystat/…` path) and
 * CDN files (`…/dist/cdn/<file>.js`, checked to be in the tarball).
 */
export function pathsIn(code, widgets) {
  const specifiers = new Set();
  const cdn = new Set();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](citystat(?:\/[^'"\s]*)?)['"]/g)) specifiers.add(m[1]);
  // A bare path: not part of a URL or a file path (no `/` or word character before it);
  // one that goes on with `…` or `*` is a pattern, not a path.
  for (const m of code.matchAll(/(?<![\w/.@-])citystat\/[\w.<>/-]*[\w>](?![\w/…*])/g)) specifiers.add(m[0]);
  for (const m of code.matchAll(/dist\/cdn\/[\w.<>/-]*\.js\b/g)) cdn.add(m[0]);
  const out = (set) => [...set].filter((p) => !/[*…]/.test(p)).flatMap((p) => expand(p, widgets));
  return { specifiers: out(specifiers), cdn: out(cdn) };
}

/** Every specifier and CDN file shown in the docs, with the documents that show it. */
export function documentedPaths(root, widgets) {
  const specifiers = new Map();
  const cdn = new Map();
  const note = (map, key, file) => map.set(key, [...new Set([...(map.get(key) ?? []), file])]);
  for (const file of docFiles(root)) {
    for (const code of codeOf(readFileSync(join(root, file), 'utf8'), file)) {
      const found = pathsIn(code, widgets);
      for (const s of found.specifiers) note(specifiers, s, file);
      for (const c of found.cdn) note(cdn, c, file);
    }
  }
  return { specifiers, cdn };
}

/** A module for the consumer project: resolves each specifier as Node's ESM resolver does (exports map). */
export const RESOLVER = `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const out = {};
for (const s of JSON.parse(process.argv[2])) {
  try {
    const file = fileURLToPath(import.meta.resolve(s));
    out[s] = existsSync(file) ? { file } : { error: 'resolves to a missing file: ' + file };
  } catch (e) {
    out[s] = { error: e.code + ': ' + e.message.split('\\n')[0] };
  }
}
console.log(JSON.stringify(out));
`;
