// Consumer tests on the packed tarball, as users get it: `npm pack` of the
// built project, installed into temporary projects under os.tmpdir():
//  (a) a plain HTML page loading node_modules/citystat/dist/cdn/citystat.js;
//  (b) a Vite app importing `citystat/define.js` and `citystat`, built with `vite build`;
//  (c) a React 19 app importing each widget's own entry (`citystat/<widget>.js`)
//      and setting `data` as a property through a ref.
// Each renders every registered widget with its example data in headless
// Chromium; the test checks status `ready`, the mark counts, and that the three
// apps draw the same marks. Every import path and CDN file the docs show
// (README, CONTRIBUTING, docs/, stories/*.mdx) must resolve from the tarball.
// Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { plainApp, reactApp, viteApp, writeApp } from './consumer-apps.mjs';
import { install, npm, render, run, serveDir } from './consumer-tools.mjs';
import { RESOLVER, documentedPaths } from './doc-paths.mjs';

const root = process.cwd();
// CITYSTAT_PACKAGE_DIR: pack another directory (e.g. a staged package) instead of this checkout.
const packageDir = process.env.CITYSTAT_PACKAGE_DIR ?? root;
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionOf = (name) => own.devDependencies?.[name] ?? own.dependencies?.[name];
const VITE = versionOf('vite');
// Exact React 19 versions (the registry's current 19.x).
const REACT = '19.3.1';

const WIDGETS = JSON.parse(readFileSync(join(root, 'src/widgets.json'), 'utf8')).map((w) => w.name);
/** The marks each example draws: one per item, component, event × measure, figure. */
const EXPECTED_MARKS = {
  'sector-breakdown': (d) => d.items.length,
  'fdi-composition': (d) => d.components.length,
  'fair-participation': (d) => d.events.length * d.measures.length,
  kpi: (d) => d.figures.length,
  trend: (d) => d.series.reduce((n, sr) => n + sr.points.length, 0),
};
const examples = Object.fromEntries(
  WIDGETS.filter((w) => existsSync(join(root, `data-schemas/examples/${w}.json`))).map((w) => {
    const doc = JSON.parse(readFileSync(join(root, `data-schemas/examples/${w}.json`), 'utf8'));
    delete doc.$schema;
    return [w, doc];
  }),
);

const built = existsSync(join(packageDir, 'dist/cdn/citystat.js'));
let work;
let tarball;
let browser;
/** Widgets the package's all-in-one entry registers (read from the plain page). */
let registered = [];
/** What each app drew: app → widget → {status, count, labels}. */
const drawn = {};

function project(name, pkg) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${name}`, private: true, version: '0.0.0', type: 'module', ...pkg }, null, 2),
  );
  return dir;
}

function checkDrawn(app, result, errors, widgets) {
  assert.deepEqual(errors, [], `${app}: page errors`);
  assert.deepEqual(
    result.map((r) => r.widget),
    widgets,
    `${app}: one element per widget`,
  );
  drawn[app] = {};
  for (const r of result) {
    assert.equal(r.status, 'ready', `${app} ${r.widget}: ${JSON.stringify(r.issues)}`);
    assert.equal(r.count, EXPECTED_MARKS[r.widget](examples[r.widget]), `${app} ${r.widget}: marks`);
    assert.ok(
      r.labels.every((l) => l && /\d/.test(l)),
      `${app} ${r.widget}: every mark's label has its figure`,
    );
    drawn[app][r.widget] = r;
  }
}

describe(
  'consumer projects from the packed tarball',
  { skip: built ? false : 'dist/ missing: run npm run build first', timeout: 600000 },
  () => {
    let installs;

    before(async () => {
      const t0 = Date.now();
      work = mkdtempSync(join(tmpdir(), 'citystat-consumer-'));
      // Pack what is built (no lifecycle scripts: the build already ran).
      const packed = JSON.parse(await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], packageDir));
      tarball = join(work, packed[0].filename);
      const files = packed[0].files.map((f) => f.path);
      // Install the three projects at once (network and disk bound).
      const plain = project('plain', {});
      const vite = project('vite-app', { scripts: { build: 'vite build' } });
      const react = project('react-app', { scripts: { build: 'vite build' } });
      installs = {
        files,
        dirs: { plain, vite, react },
        results: await Promise.allSettled([
          install(plain, [tarball]),
          install(vite, [tarball, `vite@${VITE}`]),
          install(react, [tarball, `react@${REACT}`, `react-dom@${REACT}`, `vite@${VITE}`]),
        ]),
      };
      console.log(`packed and installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true, protocolTimeout: 120000 });
    });

    after(async () => {
      await browser?.close();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    test('the tarball holds the built files, the schemas and the CDN bundles', () => {
      const files = installs.files;
      for (const f of ['package.json', 'dist/cdn/citystat.js', 'dist/define.js', 'dist/index.js', 'dist/index.d.ts']) {
        assert.ok(files.includes(f), `${f} in the tarball (has: ${files.slice(0, 20).join(', ')}…)`);
      }
      assert.ok(
        files.some((f) => /^data-schemas\/.+\.schema\.json$/.test(f)),
        'schemas in the tarball',
      );
      assert.ok(
        !files.some((f) => /^(test|node_modules|\.tmp|demo|bench|stories|storybook-static)\//.test(f)),
        'no tests, demo or tooling in the tarball',
      );
    });

    test('every import path and CDN file shown in the docs resolves from the tarball', async () => {
      const [installed] = installs.results;
      assert.equal(installed.status, 'fulfilled', installed.reason?.message);
      const { specifiers, cdn } = documentedPaths(root, WIDGETS);
      assert.ok(specifiers.size > 0 && cdn.size > 0, 'the docs show import paths and CDN files');
      const dir = installs.dirs.plain;
      writeFileSync(join(dir, 'resolve.mjs'), RESOLVER);
      const resolved = JSON.parse(await run(process.execPath, ['resolve.mjs', JSON.stringify([...specifiers.keys()])], dir));
      const bad = [...specifiers]
        .filter(([s]) => resolved[s].error)
        .map(([s, docs]) => `${s} (shown in ${docs.join(', ')}): ${resolved[s].error}`);
      for (const [file, docs] of cdn) {
        if (!installs.files.includes(file)) bad.push(`${file} (shown in ${docs.join(', ')}): not in the tarball`);
      }
      assert.deepEqual(bad, [], `documented paths that a user cannot use:\n  ${bad.join('\n  ')}`);
      console.log(`docs: ${specifiers.size} import paths and ${cdn.size} CDN files resolve from the tarball`);
    });

    test('(a) plain HTML page with the CDN file from node_modules', async () => {
      const [installed] = installs.results;
      assert.equal(installed.status, 'fulfilled', installed.reason?.message);
      const dir = installs.dirs.plain;
      writeApp(dir, plainApp(examples));
      // Which widgets does the all-in-one file register?
      const { server, url } = await serveDir(dir);
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // citystat.js loads each widget's code when its tag is in the page: wait for each (bounded).
      registered = await page.evaluate(async (ws) => {
        const done = await Promise.all(
          ws.map((w) =>
            Promise.race([customElements.whenDefined(`citystat-${w}`).then(() => w), new Promise((r) => setTimeout(r, 15000))]),
          ),
        );
        return done.filter(Boolean);
      }, Object.keys(examples));
      await page.close();
      server.close();
      assert.ok(registered.includes('sector-breakdown'), 'citystat.js registers citystat-sector-breakdown');
      console.log(`registered by dist/cdn/citystat.js: ${registered.join(', ')}`);
      const missing = WIDGETS.filter((w) => !registered.includes(w));
      if (missing.length) console.log(`not registered by dist/cdn/citystat.js: ${missing.join(', ')}`);
      // Elements of unregistered widgets stay plain (not upgraded): only registered ones are checked.
      const { result, errors } = await render(browser, dir, 'index.html', registered.length);
      checkDrawn('plain', result, errors, registered);
    });

    test('(b) Vite app importing citystat/define.js and citystat', async () => {
      const [, installed] = installs.results;
      assert.equal(installed.status, 'fulfilled', installed.reason?.message);
      const dir = installs.dirs.vite;
      const widgets = registered.length ? registered : ['sector-breakdown'];
      writeApp(dir, viteApp(widgets, examples));
      await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir).catch((err) => {
        throw new Error(
          `vite build failed. If it cannot resolve "citystat/define.js", the package's "exports" map is missing that entry.\n${err.message}`,
        );
      });
      const { result, errors } = await render(browser, join(dir, 'dist'), 'index.html', widgets.length);
      checkDrawn('vite', result, errors, widgets);
    });

    test('(c) React 19 app setting data as a property through a ref', async () => {
      const [, , installed] = installs.results;
      assert.equal(installed.status, 'fulfilled', installed.reason?.message);
      const dir = installs.dirs.react;
      const widgets = registered.length ? registered : ['sector-breakdown'];
      const reactVersion = JSON.parse(readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8')).version;
      assert.equal(reactVersion, REACT);
      writeApp(dir, reactApp(widgets, examples));
      await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir).catch((err) => {
        throw new Error(
          `vite build failed. If it cannot resolve "citystat/<widget>.js", the package's "exports" map is missing those entries.\n${err.message}`,
        );
      });
      const { result, errors } = await render(browser, join(dir, 'dist'), 'index.html', widgets.length);
      checkDrawn('react', result, errors, widgets);
    });

    test('the three apps draw the same marks', (t) => {
      const apps = Object.keys(drawn);
      if (apps.length < 2) return t.skip(`only ${apps.join(', ') || 'no app'} rendered`);
      for (const w of Object.keys(drawn[apps[0]])) {
        for (const app of apps.slice(1)) {
          if (drawn[app][w]) assert.deepEqual(drawn[app][w].labels, drawn[apps[0]][w].labels, `${app} vs ${apps[0]}: ${w}`);
        }
      }
    });
  },
);
