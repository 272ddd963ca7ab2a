// The registry of widgets (src/widgets.json) and every list that must name
// each widget: a folder under src/charts/ the registry misses, or a registry
// widget some list misses, fails here naming the widget and the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, widgets } from '../../scripts/registry.mjs';

const read = (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
const pkg = JSON.parse(read('package.json'));

/** `<widget>: <file> is missing` for each of `files(w)` not in the tree. */
const absent = (files) =>
  widgets.flatMap((w) =>
    files(w)
      .filter((f) => !existsSync(join(root, f)))
      .map((f) => `${w.name}: ${f} is missing`),
  );

/** `<widget>: <what is missing>` for each widget where `has(w)` is false. */
const missing = (what, has) => widgets.filter((w) => !has(w)).map((w) => `${w.name}: ${what(w)}`);

test('every folder under src/charts/ is a widget of src/widgets.json', () => {
  const known = new Set(widgets.map((w) => w.name));
  const folders = readdirSync(join(root, 'src/charts'), { withFileTypes: true }).filter((d) => d.isDirectory());
  const unknown = folders.filter((d) => !known.has(d.name)).map((d) => `src/charts/${d.name}/ is not in src/widgets.json`);
  assert.deepEqual(unknown, []);
});

test('each registry entry is complete, with unique names, tags and classes', () => {
  for (const w of widgets) {
    assert.match(w.name, /^[a-z][a-z0-9-]*$/, JSON.stringify(w));
    assert.match(w.tag, /^citystat-[a-z0-9-]+$/, `${w.name}: tag`);
    assert.match(w.className, /^Citystat[A-Z]\w*$/, `${w.name}: className`);
    for (const key of ['examples', 'layout', 'types']) assert.ok(Array.isArray(w[key]) && w[key].length > 0, `${w.name}: ${key}`);
  }
  for (const key of ['name', 'tag', 'className'])
    assert.equal(new Set(widgets.map((w) => w[key])).size, widgets.length, `duplicate ${key}`);
});

test("each widget's own files are where the conventions put them", () => {
  const files = (w) => [
    `src/charts/${w.name}/${w.name}.ts`,
    `src/charts/${w.name}/define.ts`,
    `src/charts/${w.name}/${w.name}.types.ts`,
    `src/charts/${w.name}/${w.name}.layout.ts`,
    `src/charts/${w.name}/${w.name}.table.ts`,
    `data-schemas/${w.name}.schema.json`,
    ...w.examples.map((e) => `data-schemas/examples/${e}`),
  ];
  assert.deepEqual(absent(files), []);
  assert.deepEqual(
    missing(
      (w) => `src/charts/${w.name}/define.ts does not define ${w.tag} with ${w.className}`,
      (w) => new RegExp(`customElements\\.define\\(\\s*'${w.tag}',\\s*${w.className}\\b`).test(read(`src/charts/${w.name}/define.ts`)),
    ),
    [],
  );
});

test('every widget is in the generated lists (src/cdn.ts, src/define.ts, src/index.ts)', () => {
  const lists = [
    ['src/cdn.ts (loader)', (w) => read('src/cdn.ts').includes(`'${w.tag}': () => import('./charts/${w.name}/define.js')`)],
    ['src/define.ts (import)', (w) => read('src/define.ts').includes(`import './charts/${w.name}/define.js';`)],
    ['src/define.ts (class)', (w) => read('src/define.ts').includes(`export { ${w.className} } from`)],
    ['src/index.ts (class)', (w) => read('src/index.ts').includes(`export { ${w.className} } from`)],
  ];
  assert.deepEqual(
    lists.flatMap(([list, has]) => missing(() => `missing from ${list}: run npm run widgets`, has)),
    [],
  );
});

test("every widget is in package.json's exports", () => {
  const has = (w) => pkg.exports[`./${w.name}.js`]?.default === `./dist/charts/${w.name}/define.js`;
  assert.deepEqual(
    missing((w) => `package.json exports has no "./${w.name}.js": run npm run widgets`, has),
    [],
  );
});

test('every widget has its stories and tests', () => {
  const files = (w) => [
    `stories/${w.name}.stories.ts`,
    `test/${w.name}.test.ts`,
    `test/${w.name}.layout.test.ts`,
    `test/reliability/catalogue-${w.name}.test.ts`,
    `test/reliability/network-${w.name}.test.ts`,
    `test/reliability/property-${w.name}.test.ts`,
  ];
  // The reliability tests' expectations (marks drawn, repair, growth) per widget.
  const specs = read('test/reliability/registry.ts');
  const noSpec = missing(
    () => 'no entry in widgetSpecs of test/reliability/registry.ts',
    (w) => specs.includes(`'${w.name}': {`) || specs.includes(`\n  ${w.name}: {`),
  );
  assert.deepEqual([...absent(files), ...noSpec], []);
});

test('every widget can be written as a table-first figure and told from its stripped headers', () => {
  const names = read('src/embed/snippet.ts');
  const rows = read('src/embed/snippet-rows.ts');
  const signs = read('src/embed/infer.ts');
  assert.deepEqual(
    [
      ...missing(
        () => 'not in TABLE_FIRST_WIDGETS of src/embed/snippet.ts',
        (w) => new RegExp(`TABLE_FIRST_WIDGETS = \\[[^\\]]*'${w.name}'`).test(names),
      ),
      ...missing(
        () => 'no writer in tableBody of src/embed/snippet-rows.ts',
        (w) => rows.includes(`widget === '${w.name}'`),
      ),
      ...missing(
        () => 'no header sign in src/embed/infer.ts',
        (w) => signs.includes(`['${w.name}', `),
      ),
    ],
    [],
  );
});
