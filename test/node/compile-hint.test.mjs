// V8's explicit compile hint (rollup.config.mjs, docs/design.md "Compile hint"):
// the CDN entry and each widget's code, which run as a chart is drawn, start
// with it; the chunks loaded only when needed do not (compiling them eagerly
// would be work for code that may never run), nor the widgets' own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { sourceLines } from '../../bench/source-lines.mjs';
import { widgetNames } from '../../scripts/registry.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';
const read = (file) => readFileSync(`dist/cdn/${file}`, 'utf8');
const entry = read('citystat.js');
/** The chunks the entry loads for each tag, and every other chunk it can load. */
const loaded = [...entry.matchAll(/import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => m[1]);
const widgetChunks = [...entry.matchAll(/"citystat-[a-z-]+":\(\)=>import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => m[1]);

test('the CDN entry and each widget chunk start with the compile hint', () => {
  assert.ok(entry.startsWith(HINT), 'citystat.js');
  assert.equal(widgetChunks.length, widgetNames.length);
  for (const file of widgetChunks) assert.ok(read(file).startsWith(HINT), file);
});

test('the chunks loaded on demand and the widgets’ own files have no compile hint', () => {
  const lazy = loaded.filter((f) => !widgetChunks.includes(f));
  assert.ok(lazy.some((f) => f.includes('messages')) && lazy.some((f) => f.includes('interaction')), lazy.join(' '));
  const others = readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js') && !widgetChunks.includes(`chunks/${f}`));
  for (const f of others) assert.ok(!read(`chunks/${f}`).includes('allFunctionsCalledOnLoad'), f);
  for (const w of widgetNames) assert.ok(!read(`${w}.js`).includes('allFunctionsCalledOnLoad'), `${w}.js`);
});

test('the source map of the entry still points at the right source after the hint line', () => {
  const where = sourceLines('dist/cdn', 'http://x');
  const lines = entry.split('\n');
  const lineNumber = lines.findIndex((l) => l.includes('citystat: unknown tag'));
  const columnNumber = lines[lineNumber].indexOf('citystat: unknown tag');
  assert.match(where({ url: 'http://x/cdn/citystat.js', lineNumber, columnNumber, functionName: 'f' }), /^cdn\.js:\d+ /);
});
