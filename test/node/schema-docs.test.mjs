// The schema reference (docs/schemas/) is generated from data-schemas/ and
// committed: it must be up to date, cover every field, and be plain HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { esc, fieldRows, firstSentence, generate, schemaPage } from '../../scripts/schema-docs.mjs';

const schemaNames = readdirSync('data-schemas')
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.replace('.schema.json', ''));

test('docs/schemas is up to date with data-schemas (schema-docs --check)', () => {
  const r = spawnSync(process.execPath, ['scripts/schema-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});

test('one page per schema, each listing every field path, with its example and no script', () => {
  const files = generate();
  assert.ok(files['index.html'] && files['schema.css']);
  assert.ok(schemaNames.length >= 1);
  for (const name of schemaNames) {
    const html = files[`${name}.html`];
    assert.ok(html, `${name}.html generated`);
    assert.match(files['index.html'], new RegExp(`href="${name}\\.html"`));
    const schema = JSON.parse(readFileSync(`data-schemas/${name}.schema.json`, 'utf8'));
    for (const key of Object.keys(schema.properties)) {
      assert.ok(html.includes(`<code>${key}</code></th>`), `${name}: field ${key} listed`);
    }
    for (const key of schema.required ?? []) {
      const row = html.split('<tr>').find((r) => r.includes(`<code>${key}</code></th>`));
      assert.match(row ?? '', /<strong>required<\/strong>/, `${name}: ${key} marked required`);
    }
    assert.doesNotMatch(html, /<script/i, `${name}: no script`);
    assert.doesNotMatch(html, /style="/, `${name}: no inline style`);
    // The example shown is the example file, pretty-printed and escaped.
    const example = JSON.parse(readFileSync(`data-schemas/examples/${name}.json`, 'utf8'));
    const shown = esc(JSON.stringify(example, null, 2));
    assert.ok(html.includes(shown), `${name}: example shown`);
    // The widget's own example comes first.
    assert.match(html, new RegExp(`<figcaption><a href="../../data-schemas/examples/${name}\\.json">`));
    assert.ok(html.indexOf(shown) < html.indexOf('id="embed"'));
  }
});

test('nested paths, types and constraints of the FDI schema', () => {
  const schema = JSON.parse(readFileSync('data-schemas/fdi-composition.schema.json', 'utf8'));
  const { rows, types } = fieldRows(schema);
  const byPath = Object.fromEntries(rows.map((r) => [r.path, r]));
  assert.deepEqual(rows.map((r) => r.path).slice(0, 10), [
    'period',
    'unit',
    'total',
    'components',
    'components[].id',
    'components[].label',
    'components[].capital',
    'components[].count',
    'components[].countUnit',
    'components[].note',
  ]);
  assert.equal(byPath.components.type, 'array of object');
  assert.equal(byPath.components.required, true);
  assert.deepEqual(byPath.components.constraints, ['at least items: <code>1</code>', 'at most items: <code>1000</code>']);
  assert.equal(byPath['components[].count'].type, 'integer');
  assert.equal(byPath['components[].count'].required, false);
  assert.deepEqual(byPath['components[].capital'].constraints, ['≥ <code>0</code>']);
  assert.equal(byPath['components[].label'].type, '<a href="#type-LocalizedText">LocalizedText</a>');
  assert.equal(byPath.unit.type, 'string or <a href="#type-Translations">Translations</a>');
  assert.equal(byPath['source.name'].required, true);
  assert.deepEqual(
    types.map((t) => t.name),
    ['LocalizedText', 'Translations'],
  );
});

test('descriptions and examples are escaped (text only)', () => {
  const schema = {
    title: 'XData',
    description: 'Has <img src=x onerror=alert(1)> and `code <b>`.',
    type: 'object',
    properties: { a: { type: 'string', description: '</td><script>alert(1)</script>', enum: ['<i>'] } },
    required: ['a'],
  };
  const html = schemaPage('x', schema, [{ file: 'x.json', doc: { a: '</script><img src=x>' } }], ['x']);
  assert.doesNotMatch(html, /<img|<script|<b>|<i>/);
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('<code>code &lt;b&gt;</code>'));
  assert.ok(html.includes('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&quot;&lt;/script&gt;&lt;img src=x&gt;&quot;'));
});

test('the index gives each schema its first sentence', () => {
  assert.equal(
    firstSentence('Data for `<citystat-x>`: parts of a whole, e.g. products\nby group. More text.'),
    'Parts of a whole, e.g. products by group.',
  );
  const index = generate()['index.html'];
  for (const name of schemaNames) {
    const schema = JSON.parse(readFileSync(`data-schemas/${name}.schema.json`, 'utf8'));
    assert.ok(index.includes(esc(firstSentence(schema.description)).replace(/`([^`]+)`/g, '<code>$1</code>')), name);
  }
});
