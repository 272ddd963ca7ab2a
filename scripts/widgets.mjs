// Writes the code that lists every widget from the registry, src/widgets.json
// (TypeScript and rollup need literal import paths, so these lists are code):
//  - src/cdn.ts: the loader of each tag (a dynamic import per widget);
//  - src/define.ts: the eager imports and the element classes;
//  - src/index.ts: each widget's class, layout function and data types;
//  - package.json: the `./<widget>.js` entries of `exports`;
//  - test/reliability/{catalogue,network,property}-<widget>.test.ts: one file
//    per widget and suite, so each stays within the test runner's time per file.
// In the source files only the region between the markers is rewritten.
// `--check` compares instead of writing and exits 1 when anything is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

import { root, widgets } from './registry.mjs';

const check = process.argv.includes('--check');

const BEGIN = '// generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit';
const END = '// end of generated code';

const chart = (w, file) => `./charts/${w.name}/${file}.js`;

/** The generated lines of each source file. */
export const regions = {
  'src/cdn.ts': (widgets) => [
    'const loaders: Record<string, () => Promise<unknown>> = {',
    ...widgets.map((w) => `  '${w.tag}': () => import('${chart(w, 'define')}'),`),
    '};',
  ],
  'src/define.ts': (widgets) => [
    ...widgets.map((w) => `import '${chart(w, 'define')}';`),
    '',
    ...widgets.map((w) => `export { ${w.className} } from '${chart(w, w.name)}';`),
  ],
  'src/index.ts': (widgets) =>
    widgets.flatMap((w) => [
      `export { ${w.className} } from '${chart(w, w.name)}';`,
      // `layoutModule`: a module that gives the pure layout everything it may load on demand.
      `export { ${w.layout.join(', ')} } from '${chart(w, w.layoutModule ?? `${w.name}.layout`)}';`,
      `export type { ${w.types.join(', ')} } from '${chart(w, `${w.name}.types`)}';`,
    ]),
};

/** What each reliability suite tests (the first line of its per-widget files). */
const suites = {
  catalogue: 'The catalogue of bad inputs',
  network: 'Network faults of src',
  property: 'Property-based tests',
};

/** The per-widget test files of the reliability suites: path → text. */
export function reliabilityTests(widgets) {
  const files = {};
  for (const w of widgets)
    for (const [suite, what] of Object.entries(suites))
      files[`test/reliability/${suite}-${w.name}.test.ts`] = [
        `// ${what} for <${w.tag}> (see ${suite}.suite.ts).`,
        '// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.',
        `import { ${suite}Suite } from './${suite}.suite.js';`,
        '',
        `${suite}Suite('${w.name}');`,
        '',
      ].join('\n');
  return files;
}

/** `text` with the region between the markers replaced by `lines`. */
export function withRegion(text, lines, file) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file}: no "${BEGIN}" … "${END}" region`);
  return `${text.slice(0, start + BEGIN.length)}\n${lines.join('\n')}\n${text.slice(end)}`;
}

/** package.json's `exports` with one `./<widget>.js` entry per widget, after `./define.js`. */
export function withExports(pkg, widgets) {
  const exports = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (/^\.\/[a-z0-9-]+\.js$/.test(key) && key !== './define.js') continue;
    exports[key] = value;
    if (key !== './define.js') continue;
    for (const w of widgets)
      exports[`./${w.name}.js`] = {
        types: `./dist/charts/${w.name}/define.d.ts`,
        default: `./dist/charts/${w.name}/define.js`,
      };
  }
  if (!('./define.js' in exports)) throw new Error('package.json: no "./define.js" export');
  return { ...pkg, exports };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = [];
  const update = async (file, text) => {
    const path = join(root, file);
    // Formatted as `npm run lint` wants it (a long widget name wraps its lines).
    const next = await format(text, { ...(await resolveConfig(path)), filepath: path });
    if (existsSync(path) && readFileSync(path, 'utf8') === next) return;
    if (check) stale.push(file);
    else writeFileSync(path, next);
  };
  for (const [file, lines] of Object.entries(regions))
    await update(file, withRegion(readFileSync(join(root, file), 'utf8'), lines(widgets), file));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  await update('package.json', `${JSON.stringify(withExports(pkg, widgets), null, 2)}\n`);
  for (const [file, text] of Object.entries(reliabilityTests(widgets))) await update(file, text);
  if (stale.length) {
    console.error(`stale (run npm run widgets): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'widget lists up to date' : `widget lists written for ${widgets.length} widgets`);
}
