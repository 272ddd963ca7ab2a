// The schema reference (docs/schemas/) is generated from src/widgets.json and
// data-schemas/, in Vietnamese and English, and committed: it must be up to
// date, cover every field in both languages, and be plain HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { esc, fieldRows, firstSentence, generate, generateAll, schemaPage, widgetEntries } from '../../scripts/schema-docs.mjs';
import { WORDS, descriptionKey, loadTranslations } from '../../scripts/schema-docs/words.mjs';

const widgets = JSON.parse(readFileSync('src/widgets.json', 'utf8'));
const LANGS = ['vi', 'en'];

test('docs/schemas is up to date with data-schemas (schema-docs --check)', () => {
  const r = spawnSync(process.execPath, ['scripts/schema-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});

test('one page per widget of src/widgets.json and language, listing every field, with its examples and no script', () => {
  const files = generate();
  assert.ok(files['index.html'] && files['schema.css']);
  assert.ok(widgets.length >= 1);
  for (const lang of LANGS) {
    const w = WORDS[lang];
    assert.match(files['index.html'], new RegExp(`href="${lang}/index\\.html"`));
    for (const { name, tag, examples } of widgets) {
      const html = files[`${lang}/${name}.html`];
      assert.ok(html, `${lang}/${name}.html generated`);
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.ok(html.includes(`&lt;${tag}&gt;`), `${lang}/${name}: the registry's tag`);
      assert.match(files[`${lang}/index.html`], new RegExp(`href="${name}\\.html"`));
      const other = lang === 'vi' ? 'en' : 'vi';
      assert.ok(html.includes(`href="../${other}/${name}.html" hreflang="${other}"`), `${lang}/${name}: link to the ${other} page`);
      const schema = JSON.parse(readFileSync(`data-schemas/${name}.schema.json`, 'utf8'));
      for (const key of Object.keys(schema.properties)) {
        assert.ok(html.includes(`<code>${key}</code></th>`), `${lang}/${name}: field ${key} listed`);
      }
      for (const key of schema.required ?? []) {
        const row = html.split('<tr>').find((r) => r.includes(`<code>${key}</code></th>`));
        assert.ok(row?.includes(`<strong>${w.required}</strong>`), `${lang}/${name}: ${key} marked required`);
      }
      assert.doesNotMatch(html, /<script/i, `${lang}/${name}: no script`);
      assert.doesNotMatch(html, /style="/, `${lang}/${name}: no inline style`);
      // Every example of the registry is shown, pretty-printed and escaped, the first one first.
      const shown = examples.map((file) =>
        html.indexOf(esc(JSON.stringify(JSON.parse(readFileSync(`data-schemas/examples/${file}`, 'utf8')), null, 2))),
      );
      assert.ok(
        shown.every((i) => i > 0),
        `${lang}/${name}: examples shown`,
      );
      assert.deepEqual(
        [...shown].sort((a, b) => a - b),
        shown,
        `${lang}/${name}: examples in the registry's order`,
      );
      assert.ok(shown.at(-1) < html.indexOf('id="embed"'));
    }
  }
});

test('every description has its Vietnamese translation, and no translation is left over', () => {
  const { missing, files } = generateAll();
  assert.deepEqual(
    missing.vi,
    [],
    `descriptions without a translation in docs/i18n/schema-descriptions.vi.json:\n${missing.vi.join('\n')}`,
  );
  const used = new Set();
  for (const { schema } of widgetEntries()) {
    used.add(descriptionKey(schema.description));
    const { rows, types } = fieldRows(schema);
    for (const r of [...rows, ...types]) if (r.description) used.add(descriptionKey(r.description));
  }
  const unused = Object.keys(loadTranslations(process.cwd())).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], 'translations of descriptions that no schema has any more');
  // The Vietnamese pages show the Vietnamese text, not the English one.
  const vi = files['vi/fdi-composition.html'];
  assert.ok(vi.includes('Vốn của phần này, theo <code>unit</code> của tài liệu'));
  assert.ok(!vi.includes('Capital of this part'));
  assert.doesNotMatch(vi, /<(div|span) lang="en">/, 'no description falls back to English');
  assert.ok(files['en/fdi-composition.html'].includes('Capital of this part'));
});

test('a description without a translation is shown in English and marked lang="en"', () => {
  const [entry] = widgetEntries();
  const schema = { ...entry.schema, properties: { extra: { type: 'string', description: 'An untranslated sentence.' } } };
  const t = (text) => (text === 'An untranslated sentence.' ? { text, lang: 'en' } : { text });
  const html = schemaPage({ ...entry, schema, widgets, lang: 'vi', t });
  assert.ok(html.includes('<div lang="en"><p>An untranslated sentence.</p></div>'));
});

test('nested paths, types and constraints of the FDI schema, in both languages', () => {
  const schema = JSON.parse(readFileSync('data-schemas/fdi-composition.schema.json', 'utf8'));
  const { rows, types } = fieldRows(schema);
  const byPath = Object.fromEntries(rows.map((r) => [r.path, r]));
  assert.deepEqual(rows.map((r) => r.path).slice(0, 12), [
    'period',
    'unit',
    'total',
    'rest',
    'decimals',
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
  const vi = Object.fromEntries(fieldRows(schema, WORDS.vi).rows.map((r) => [r.path, r]));
  assert.equal(vi.components.type, 'mảng đối tượng');
  assert.deepEqual(vi.components.constraints, ['số phần tử ít nhất: <code>1</code>', 'số phần tử nhiều nhất: <code>1000</code>']);
  assert.equal(vi.unit.type, 'chuỗi hoặc <a href="#type-Translations">Translations</a>');
});

test('descriptions and examples are escaped (text only)', () => {
  const schema = {
    title: 'XData',
    description: 'Has <img src=x onerror=alert(1)> and `code <b>`.',
    type: 'object',
    properties: { a: { type: 'string', description: '</td><script>alert(1)</script>', enum: ['<i>'] } },
    required: ['a'],
  };
  const widget = { name: 'x', tag: 'citystat-x' };
  for (const lang of LANGS) {
    const html = schemaPage({
      widget,
      schema,
      examples: [{ file: 'x.json', doc: { a: '</script><img src=x>' } }],
      widgets: [widget],
      lang,
    });
    assert.doesNotMatch(html, /<img|<script|<b>|<i>/);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('<code>code &lt;b&gt;</code>'));
    assert.ok(html.includes('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;&lt;/script&gt;&lt;img src=x&gt;&quot;'));
  }
});

test('each index gives each schema its first sentence, in its language', () => {
  assert.equal(
    firstSentence('Data for `<citystat-x>`: parts of a whole, e.g. products\nby group. More text.'),
    'Parts of a whole, e.g. products by group.',
  );
  assert.equal(firstSentence('Dữ liệu cho `<citystat-x>`: các phần của một tổng. Thêm.'), 'Các phần của một tổng.');
  const files = generate();
  const vi = loadTranslations(process.cwd());
  for (const { schema } of widgetEntries()) {
    const asHtml = (text) => esc(firstSentence(text)).replace(/`([^`]+)`/g, '<code>$1</code>');
    assert.ok(files['en/index.html'].includes(asHtml(schema.description)), schema.title);
    assert.ok(files['vi/index.html'].includes(asHtml(vi[descriptionKey(schema.description)])), schema.title);
  }
});
