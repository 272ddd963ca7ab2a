// Byte budgets (deterministic): what a page downloads to render every widget
// from JSON data must stay within 20 kB gzip. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;

test('dist/cdn/citystat.js is within 20 kB gzip', () => {
  const file = 'dist/cdn/citystat.js';
  assert.ok(existsSync(file), `${file} missing: run npm run build`);
  const code = readFileSync(file);
  // Static imports of chunks are downloaded with the entry: count them too.
  let total = gzipSync(code, { level: 9 }).length;
  for (const m of code.toString().matchAll(/from\s*"\.\/([^"]+\.js)"/g)) {
    total += gzipSync(readFileSync(`dist/cdn/${m[1]}`), { level: 9 }).length;
  }
  console.log(`citystat.js + static chunks: ${(total / 1024).toFixed(2)} kB gzip (budget 20 kB)`);
  assert.ok(total <= BUDGET, `${total} bytes gzip > ${BUDGET}`);
});

test('the CDN bundle has lit and the d3 modules inside (no bare imports)', () => {
  const code = readFileSync('dist/cdn/citystat.js', 'utf8');
  assert.doesNotMatch(code, /from\s*["'](lit|d3-[a-z]+)["']/);
  assert.doesNotMatch(code, /\beval\(|new Function\(/);
});
