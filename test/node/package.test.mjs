// The npm package as published: publint and @arethetypeswrong/cli report no
// problems, the exports map has no wildcard into internals, and every export
// target exists in the packed file list. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { publint } from 'publint';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('publint reports no problems', async () => {
  const { messages } = await publint({ pkgDir: '.', level: 'suggestion', strict: true });
  const problems = messages.map((m) => `${m.type}: ${m.code} ${JSON.stringify(m.args)} at ${m.path.join('.')}`);
  console.log(`publint: ${problems.length} problems`);
  assert.deepEqual(problems, []);
});

test('are the types wrong: no problems for ESM consumers', () => {
  let out;
  try {
    out = execFileSync('node_modules/.bin/attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    out = err.stdout;
  }
  const result = JSON.parse(out);
  const problems = (result.analysis?.problems ?? []).filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
  console.log(`attw: ${problems.length} problems (esm-only profile)`);
  assert.deepEqual(
    problems.map((p) => `${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`),
    [],
  );
});

test('exports: explicit entries, no wildcard into dist internals, all targets packed', () => {
  const files = new Set(
    JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0].files.map((f) => f.path),
  );
  for (const [key, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const t of targets) {
      if (t.includes('*')) {
        assert.match(t, /^\.\/(data-schemas|dist\/cdn)\//, `${key} → ${t} exposes internals`);
        continue;
      }
      assert.ok(files.has(t.replace(/^\.\//, '')), `${key} → ${t} is not in the package`);
    }
  }
  assert.ok(files.has('dist/cdn/citystat.js') && files.has('dist/cdn/citystat.iife.js'));
  assert.ok(![...files].some((f) => f.startsWith('test/') || f.startsWith('node_modules/')));
});

test('sideEffects names only the define modules and CDN files', () => {
  for (const p of pkg.sideEffects) assert.match(p, /define\.(js|ts)$|\/cdn(\/|\.(js|ts)$)|stories\/support\.ts$/);
});
