// Node-side helpers of the reliability tests (test/node/reliability-*.test.mjs):
// which widgets exist, a bundle of all of them, a tiny static server that can
// add headers (the project's scripts/serve.mjs cannot), a browser, and the
// counts file .tmp/reliability.json.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { widgets } from '../../scripts/registry.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const tmp = join(root, '.tmp/reliability');

/** Every registry widget with a define.ts and an example: `{ name, tag, example }`. */
export function discoverWidgets() {
  return widgets
    .filter((w) => existsSync(join(root, 'src/charts', w.name, 'define.ts')))
    .filter((w) => existsSync(join(root, 'data-schemas/examples', w.examples[0])))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((w) => ({
      name: w.name,
      tag: w.tag,
      example: JSON.parse(readFileSync(join(root, 'data-schemas/examples', w.examples[0]), 'utf8')),
    }));
}

/** Makes sure dist/cdn/citystat.js exists (npm test builds it before the node tests). */
export function ensureCdnBuild() {
  if (!['dist/cdn/citystat.js', 'dist/cdn/citystat.iife.js'].every((f) => existsSync(join(root, f)))) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
}

/** Widget names the CDN entry loads (read from its tsc output, dist/cdn.js or else dist/define.js). */
export function cdnWidgets() {
  const entry = ['dist/cdn.js', 'dist/define.js'].map((f) => join(root, f)).find((f) => existsSync(f));
  if (!entry) return [];
  return [...readFileSync(entry, 'utf8').matchAll(/charts\/([a-z0-9-]+)\/define\.js/g)].map((m) => m[1]);
}

/**
 * Bundles the define modules of `names` from src/ with esbuild (lit and d3
 * inside, one ES module file, no eval) and returns its path under .tmp/.
 */
export async function bundleWidgets(names, file) {
  const { build } = await import('esbuild');
  mkdirSync(tmp, { recursive: true });
  const out = join(tmp, file.replace(/\.js$/, `-${process.pid}.js`)); // node --test runs files in parallel
  const entry = names.map((n) => `import '../../src/charts/${n}/define.ts';`).join('\n') || 'export {};';
  await build({
    stdin: { contents: entry, resolveDir: tmp, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    conditions: ['production'],
    tsconfig: join(root, 'tsconfig.json'),
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves the project root (and `routes`: path → { type, body }) on
 * 127.0.0.1 with `headers` on every answer. Resolves to `{ url, close }`.
 */
export function startStatic({ headers = {}, routes = {} } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...headers }).end(route.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Launches headless Chromium with the project's flags. */
export async function launchBrowser(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { chromeArgs, findChrome } = await import('../../scripts/find-chrome.mjs');
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...chromeArgs.filter((a) => !a.startsWith('--headless')), ...extraArgs],
  });
}

/** JSON text safe inside `<script type="application/json">`. */
export const jsonInHtml = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Merges counts into .tmp/reliability.json. */
export function recordCounts(section, value) {
  const file = join(root, '.tmp/reliability.json');
  let all;
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    all = {};
  }
  all[section] = { ...value, at: new Date().toISOString() };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** Waits in the page until every citystat element has settled; returns their statuses by id. */
export async function settleAll(page, timeout = 30000) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('citystat-')).every((e) => typeof e.settled === 'function'),
    { timeout },
  );
  return page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('citystat-'));
    const out = {};
    for (const el of els) out[el.id || el.localName] = await el.settled();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return out;
  });
}

// WordPress block-library: its dependency tree is the whole block editor
// (React, @wordpress/components, … hundreds of packages), far too heavy as a
// devDependency of a widget library. Its front-end CSS is taken from the
// exact published tarball instead, fetched with `npm pack` (the npm registry
// through its ordinary client), checked against the registry's shasum, cached
// under .tmp/, never committed.
const WP_VERSION = '11.1.0';
const WP_SHASUM = 'c687260ed803a08cb1cbba6da4bbb261d8b22fa6';
export const WP_FILES = ['style.css', 'theme.css', 'common.css'];

/** Paths of WordPress block-library's front-end stylesheets (style, theme, common). */
export async function wordpressCss() {
  const dir = join(tmp, `wp-block-library-${WP_VERSION}`);
  const paths = WP_FILES.map((f) => join(dir, 'package/build-style', f));
  if (paths.every((p) => existsSync(p))) return paths;
  mkdirSync(dir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const pack = spawnSync(npm, ['pack', `@wordpress/block-library@${WP_VERSION}`, '--pack-destination', dir, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack @wordpress/block-library@${WP_VERSION} failed: ${pack.stderr}`);
  const tgz = join(dir, pack.stdout.trim().split('\n').pop());
  const { createHash } = await import('node:crypto');
  const sum = createHash('sha1').update(readFileSync(tgz)).digest('hex');
  if (sum !== WP_SHASUM) throw new Error(`${tgz}: shasum ${sum}, expected ${WP_SHASUM}`);
  const files = WP_FILES.map((f) => `package/build-style/${f}`);
  const tar = spawnSync('tar', ['xzf', tgz, '-C', dir, ...files], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  return paths;
}
