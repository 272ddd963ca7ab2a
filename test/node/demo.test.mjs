// The demo page (`npm start`, demo/index.html) in headless Chromium: it shows
// every registered widget, each one drawn ('ready') from its example file, in
// Vietnamese and in English, with no page error. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { widgetTags } from '../../scripts/registry.mjs';

const built = existsSync('dist/cdn/citystat.js');
let server;
let base;
let browser;

before(async () => {
  if (!built) return;
  ({ server, url: base } = await startServer(9720, { quiet: true }));
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Each widget of the page: its tag, its state once settled, and its summary's text. */
async function openDemo(query) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(new URL(`demo/${query}`, base).href, { waitUntil: 'load' });
  const widgets = await page.evaluate(async (tags) => {
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const all = [...document.querySelectorAll(tags.join(','))];
    const states = await Promise.all(all.map((el) => el.settled()));
    return all.map((el, i) => ({
      tag: el.localName,
      state: states[i],
      summary: el.shadowRoot.querySelector('.sr-only[id$="-summary"]')?.textContent ?? '',
    }));
  }, widgetTags);
  await page.close();
  return { widgets, errors };
}

for (const [lang, query, word] of [
  ['vi', '', 'Quý'],
  ['en', '?lang=en', 'Q4 2023'],
]) {
  test(`the demo page in ${lang} draws every registered widget`, { skip: !built && 'run npm run build first' }, async () => {
    const { widgets, errors } = await openDemo(query);
    assert.deepEqual(errors, []);
    for (const tag of widgetTags)
      assert.ok(
        widgets.some((w) => w.tag === tag),
        `${tag} is on the demo page`,
      );
    for (const w of widgets) assert.equal(w.state, 'ready', `${w.tag}: ${w.state}`);
    // The widgets follow the page's language: the trend's summary names its periods in it.
    const trend = widgets.find((w) => w.tag === 'citystat-trend');
    assert.match(trend.summary, new RegExp(word));
  });
}
