// dist/cdn/preload.json (scripts/preload-manifest.mjs) in headless Chromium:
// a page with a table-first figure of every widget and the site script loads exactly
// the chunks the manifest lists for those widgets, and with the manifest's
// <link rel="modulepreload"> tags every one of them is requested before
// citystat.js has run (in parallel with it, not after it). Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { launchBrowser, startStatic } from '../reliability/node-support.mjs';
import { preloadLinks } from '../../scripts/preload-manifest.mjs';
import { widgetNames } from '../../scripts/registry.mjs';

const built = existsSync('dist/cdn/preload.json');
const KINDS = widgetNames;
const BASE = '/dist/cdn/';

let server;
let browser;
let manifest;
before(async () => {
  if (!built) return;
  manifest = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8'));
  const { tableFirstSnippet } = await import('../../dist/embed/snippet.js');
  const figures = KINDS.map((k) => tableFirstSnippet(k, JSON.parse(readFileSync(`data-schemas/examples/${k}.json`, 'utf8')), 'vi')).join(
    '\n',
  );
  const tags = KINDS.map((k) => `citystat-${k}`);
  const page = (links) => ({
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>preload</title>
${links.join('\n')}<script type="module" src="${BASE}citystat.js"></script></head><body>${figures}</body></html>`,
  });
  server = await startStatic({
    routes: {
      '/favicon.ico': { type: 'image/x-icon', body: '' },
      '/plain.html': page([]),
      '/hinted.html': page(preloadLinks(manifest, tags, BASE)),
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads `path`; resolves with the CDN files it requested (in order) once every figure is a chart. */
async function load(path) {
  const page = await browser.newPage();
  const requested = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith(BASE)) requested.push(p.slice(BASE.length));
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (n) => document.querySelectorAll('figure[data-citystat-state="ready"]').length === n,
    { timeout: 30_000 },
    KINDS.length,
  );
  await page.close();
  return requested;
}

test(
  'the manifest lists exactly the chunks a page with a table-first figure of every widget loads',
  { skip: !built && 'run npm run build first' },
  async () => {
    const loaded = new Set((await load('/plain.html')).filter((f) => f !== 'citystat.js'));
    const listed = new Set(
      preloadLinks(
        manifest,
        KINDS.map((k) => `citystat-${k}`),
        '',
      ).map((l) => /href="([^"]+)"/.exec(l)[1]),
    );
    assert.deepEqual([...loaded].sort(), [...listed].sort());
    for (const f of listed) assert.ok(existsSync(`dist/cdn/${f}`), f);
  },
);

test(
  'with the modulepreload tags, every chunk is requested with citystat.js, before the page has run it',
  { skip: !built && 'run npm run build first' },
  async () => {
    const requested = await load('/hinted.html');
    const entry = requested.indexOf('citystat.js');
    const listed = preloadLinks(
      manifest,
      KINDS.map((k) => `citystat-${k}`),
      '',
    ).map((l) => /href="([^"]+)"/.exec(l)[1]);
    assert.ok(entry >= 0, 'citystat.js was requested');
    // each once: the preloaded module is the one the page then imports
    for (const f of listed) assert.equal(requested.filter((r) => r === f).length, 1, f);
    // the hints come before the script tag in the head: requested before citystat.js has been fetched and run
    assert.ok(
      listed.every((f) => requested.indexOf(f) < entry),
      `requested: ${requested.join(', ')}`,
    );
  },
);
