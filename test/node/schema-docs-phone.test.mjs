// The schema reference is read on phones: every page, in both languages, has
// no horizontal scroll at 360 px, and each field is a card showing all of its
// labelled values (type, required, description, constraints) under 600 px,
// while at 1200 px the fields stay a five-column table.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { generate } from '../../scripts/schema-docs.mjs';

const pages = Object.keys(generate()).filter((f) => f.endsWith('.html'));
let browser;
let server;
let url;

before(async () => {
  ({ server, url } = await startServer(0, { quiet: true }));
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Loads a page at a width and measures the page and its first field row. */
async function measure(file, width) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 800 });
    await page.goto(new URL(`docs/schemas/${file}`, url).href, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const row = document.querySelector('table.fields tbody tr');
      const cells = row ? [...row.children].filter((c) => c.getBoundingClientRect().height > 0) : [];
      return {
        scrollWidth: document.documentElement.scrollWidth,
        lefts: [...new Set(cells.map((c) => Math.round(c.getBoundingClientRect().left)))].length,
        labels: cells.map((c) => getComputedStyle(c, '::before').content),
      };
    });
  } finally {
    await page.close();
  }
}

test('every schema page fits 360 px (no horizontal scroll), in vi and en', async () => {
  assert.ok(pages.length >= 2 * 4 + 1);
  for (const file of pages) {
    const { scrollWidth } = await measure(file, 360);
    assert.equal(scrollWidth, 360, `${file}: page width at 360 px`);
  }
});

test('under 600 px a field is a card with labelled values; at 1200 px a table row', async () => {
  for (const file of ['vi/kpi.html', 'en/kpi.html']) {
    const phone = await measure(file, 360);
    assert.equal(phone.lefts, 1, `${file}: the cells stack at 360 px`);
    const label = file.startsWith('vi') ? '"Kiểu: "' : '"Type: "';
    assert.ok(phone.labels.includes(label), `${file}: labelled cells (${phone.labels.join(' ')})`);
    const wide = await measure(file, 1200);
    assert.ok(wide.lefts >= 4, `${file}: side by side at 1200 px`);
    assert.ok(wide.scrollWidth <= 1200);
  }
});
