// npm test: type-check, generated files up to date, build, then every test
// (browser tests in headless Chromium via web-test-runner, byte budgets in
// node). Ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, { count = true } = {}) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  if (count) {
    if (ok) passed++;
    else {
      failed++;
      failures.push(name);
    }
  }
  return ok;
}

step('type-check (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('lint (eslint, prettier --check)', 'npm', ['run', 'lint', '--silent']);
step('widget lists generated from src/widgets.json are up to date', process.execPath, ['scripts/widgets.mjs', '--check']);
step('generated schemas and validators are up to date', process.execPath, ['scripts/schemas.mjs', '--check']);
// custom-elements.json (from the JSDoc) must match a fresh analysis.
console.log('\n== custom-elements.json is up to date');
rmSync(join(root, '.tmp/cem'), { recursive: true, force: true });
// The analyzer may point package.json's "customElements" at its outdir: keep the file as it was.
const pkgBefore = readFileSync(join(root, 'package.json'), 'utf8');
const cem = spawnSync(bin('custom-elements-manifest'), ['analyze', '--outdir', '.tmp/cem', '--quiet'], { cwd: root, encoding: 'utf8' });
if (readFileSync(join(root, 'package.json'), 'utf8') !== pkgBefore) writeFileSync(join(root, 'package.json'), pkgBefore);
const fresh = existsSync(join(root, '.tmp/cem/custom-elements.json'))
  ? readFileSync(join(root, '.tmp/cem/custom-elements.json'), 'utf8')
  : '';
const committed = existsSync(join(root, 'custom-elements.json')) ? readFileSync(join(root, 'custom-elements.json'), 'utf8') : '';
if (cem.status === 0 && fresh && fresh === committed) passed++;
else {
  failed++;
  failures.push('custom-elements.json is stale: run npm run manifest');
  console.log(cem.stderr || 'custom-elements.json differs from a fresh analysis: run npm run manifest');
}
step('VS Code custom data is up to date', process.execPath, ['scripts/vscode-data.mjs', '--check']);
const built = step('build', process.execPath, ['scripts/build.mjs']);

// Node tests (byte budgets, package checks; test/cms: a real WordPress and HTML sanitizers).
console.log('\n== node tests');
const nodeTests = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'test/node/', 'test/cms/'], {
  cwd: root,
  encoding: 'utf8',
});
process.stdout.write(
  nodeTests.stdout
    .split('\n')
    .filter((l) => /^(not )?ok |^# |^\s+(# |---|error|expected|actual)/.test(l))
    .join('\n') + '\n',
);
const np = Number(/^# pass (\d+)/m.exec(nodeTests.stdout)?.[1] ?? 0);
const nf = Number(/^# fail (\d+)/m.exec(nodeTests.stdout)?.[1] ?? (nodeTests.status === 0 ? 0 : 1));
passed += np;
failed += nf;
if (nf) failures.push(`node tests: ${nf} failed`);
if (!built) console.log('(build failed: node tests ran against a missing or stale dist/)');

// Browser tests.
console.log('\n== browser tests (web-test-runner, headless Chromium)');
rmSync(join(root, '.tmp/wtr-results.json'), { force: true });
spawnSync(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
const resultsFile = join(root, '.tmp/wtr-results.json');
if (existsSync(resultsFile)) {
  const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += r.passed;
  failed += r.failed;
  failures.push(...r.failures);
} else {
  failed++;
  failures.push('web-test-runner did not report (could it start Chromium? set CHROME_PATH or install chromium)');
}

if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
