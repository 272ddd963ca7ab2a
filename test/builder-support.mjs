// Shared by the builder page tests (test/node/builder*.test.mjs): the local
// server and Chromium, and the editor's actions on demo/builder.html.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';
import { CSV_SAMPLES } from '../demo/builder/samples.js';
import { widgetTags } from '../scripts/registry.mjs';

// CITYSTAT_SERVE: serve another checkout's root (e.g. a build with more widgets registered).
const { startServer } = await import(process.env.CITYSTAT_SERVE ?? '../scripts/serve.mjs');

export const TIMEOUT = 60000;
/** The builder's own FDI sample (Vietnamese Excel style), as an editor pastes it. */
export const FDI_CSV = `${CSV_SAMPLES['fdi-composition'].join('\n')}\n`;

let server;
let base;
let browser;
/** The server's address, the browser, and the tags the built CDN bundle defines (read once from the builder). */
export const ctx = { base: '', browser: undefined, defined: [] };

export const built = existsSync('dist/cdn/citystat.js');

/** Starts the server and Chromium for the calling test file (its before/after hooks). */
export function setUpBuilder() {
  before(startAll);
  after(stopAll);
}

async function startAll() {
  if (!built) return;
  ({ server, url: base } = await startServer(9700, { quiet: true }));
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true, protocolTimeout: 120000 });
  const page = await browser.newPage();
  await page.goto(new URL('demo/builder.html', base).href, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.citystatBuilder);
  await page.evaluate(() => window.citystatBuilder.settled());
  // The CDN file loads widgets on demand; the page asks it for all of them.
  const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), widgetTags);
  assert.deepEqual(
    await page.evaluate(() => window.citystatBuilder.available),
    defined.map((t) => t.replace('citystat-', '')),
  );
  await page.close();
  Object.assign(ctx, { base, browser, defined });
}

async function stopAll() {
  await browser?.close();
  server?.close();
}
/** Opens the builder with a clipboard stub; collects page errors. */
export async function openBuilder(query = '') {
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  await page.evaluateOnNewDocument(() => {
    window.__copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text) => void window.__copied.push(text) },
    });
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(new URL(`demo/builder.html${query}`, ctx.base).href, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.citystatBuilder);
  await page.evaluate(() => window.citystatBuilder.settled());
  return { page, errors };
}

/** Replaces the figures box's text, as a paste does, and waits for the page to check it. */
export async function paste(page, text) {
  await page.evaluate((value) => {
    const box = document.getElementById('data');
    box.focus();
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.evaluate(() => window.citystatBuilder.settled());
}

export async function pickWidget(page, name) {
  await page.click(`input[name="widget"][value="${name}"]`);
  await page.evaluate(() => window.citystatBuilder.settled());
}

/** What the page reports: status class and text, messages, go-to buttons. */
export function report(page) {
  return page.evaluate(() => ({
    status: document.getElementById('status').className.replace('status ', ''),
    text: document.getElementById('status').textContent,
    messages: [...document.querySelectorAll('#messages li > span')].map((s) => s.textContent),
    buttons: [...document.querySelectorAll('#messages li button')].map((b) => b.textContent),
  }));
}

/** Marks of the citystat element at `selector` (or the one a table-first figure became): count and accessible labels. */
export function chartOf(page, selector) {
  return page.evaluate(async (sel) => {
    const found = document.querySelector(sel);
    const el = found?.matches('figure[data-citystat]') ? found.firstElementChild : found;
    await el.settled();
    const marks = [...el.shadowRoot.querySelectorAll('[part~="mark"]')];
    return { status: el.status, issues: el.issues, count: marks.length, labels: marks.map((m) => m.getAttribute('aria-label')) };
  }, selector);
}

/**
 * Loads a snippet in a fresh page served from the same origin (module scripts
 * need it), with the site step's code in its head (table-first snippets), and
 * `files` (path → {body, type}) served beside it (a figures file for `src`).
 */
export async function loadSnippet(snippet, { lang = 'vi', head = '', files = {} } = {}) {
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/article-under-test.html') {
      req.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>${head}</head><body><main>${snippet}</main></body></html>`,
      });
    } else if (files[new URL(req.url()).pathname]) {
      const { body, type } = files[new URL(req.url()).pathname];
      req.respond({ status: 200, contentType: type, body });
    } else req.continue();
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(new URL('article-under-test.html', ctx.base).href, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main > *, main > figure > *')].some((e) => e.tagName.startsWith('CITYSTAT-') && 'settled' in e),
  );
  return { page, errors };
}
