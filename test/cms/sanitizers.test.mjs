// Issue 16: the builder's table-first snippets of the four examples (vi, en)
// through three real sanitizers, each with its defaults:
//   - WordPress's own wp_kses_post (php-cli on Debian's wordpress package, ./php/kses.php);
//   - DOMPurify 3.4.18, run in the browser page;
//   - sanitize-html 2.18.1 in node: it strips class, data-* and lang, so its
//     page carries the site setting of docs/embedding.md
//     (<meta name="citystat-figures" content=".article-body figure">).
// Each result is served as an article page on 127.0.0.1. With the site script
// it shows the widgets fed the JSON; without it, the tables the builder wrote
// (caption, every cell, source lines) and no raw JSON; axe finds nothing.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { ensureCdnBuild, launchBrowser, startStatic } from '../reliability/node-support.mjs';
import { assertCharts, assertTables, axeViolations, examples, watchErrors } from './checks.mjs';
import { run } from './processes.mjs';
import { WORDPRESS, root, wordpressMissing } from './wordpress.mjs';

const SITE_SETTING = '<meta name="citystat-figures" content=".article-body figure">';
const routes = {};
let server;
let browser;

before(async () => {
  ensureCdnBuild();
  server = await startStatic({ routes });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function kses(snippets) {
  if (wordpressMissing()) throw new Error(`wp_kses_post needs Debian's wordpress and php-cli: ${wordpressMissing()}`);
  const out = run('php', [join(root, 'test/cms/php/kses.php')], { input: JSON.stringify(snippets), env: { WORDPRESS_DIR: WORDPRESS } });
  return JSON.parse(out);
}

async function dompurify(snippets) {
  routes['/__cms/purify.html'] = {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><title>DOMPurify</title><script src="/node_modules/dompurify/dist/purify.min.js"></script>',
  };
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/__cms/purify.html`);
    return await page.evaluate((list) => list.map((h) => window.DOMPurify.sanitize(h)), snippets);
  } finally {
    await page.close();
  }
}

const SANITIZERS = {
  wp_kses_post: { clean: kses, keepsMarkup: true },
  DOMPurify: { clean: dompurify, keepsMarkup: true },
  'sanitize-html': { clean: async (list) => list.map((h) => sanitizeHtml(h)), keepsMarkup: false },
};

/** An article page as a CMS would serve the stored HTML. */
function articlePage(name, lang, body, { script, setting }) {
  const path = `/__cms/${name}-${lang}-${script ? 'script' : 'plain'}.html`;
  routes[path] = {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${name} (${lang})</title><link rel="icon" href="data:,">
${setting ? SITE_SETTING : ''}
${script ? '<script type="module" src="/dist/cdn/citystat.js"></script>' : ''}
</head><body><main><article><h1>${name}</h1><div class="article-body">
${body}
</div></article></main></body></html>`,
  };
  return `${server.url}${path}`;
}

/** What a reader sees of a widget, less what markup stripped of data-* cannot carry (row ids, KPI direction). */
const LOST = /^(id|key|tone|direction)$/;
const seen = (v) =>
  Array.isArray(v)
    ? v.map(seen)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => !LOST.test(k))
            .map(([k, x]) => [k, seen(x)]),
        )
      : v;

for (const [name, { clean, keepsMarkup }] of Object.entries(SANITIZERS)) {
  for (const lang of ['vi', 'en']) {
    describe(`${name} (defaults), ${lang}`, () => {
      let items;
      let cleaned;
      before(async () => {
        items = await examples(lang);
        cleaned = await clean(items.map((e) => e.html));
      });

      test('keeps the figure and its table; the markers as documented', () => {
        for (const [i, html] of cleaned.entries()) {
          assert.match(html, /^<figure[\s>][\s\S]*<table>[\s\S]*<\/table>[\s\S]*<figcaption>[\s\S]*<\/figure>\s*$/);
          assert.equal(html.includes(`data-citystat="${items[i].widget}"`), keepsMarkup, `${items[i].widget}: data-citystat`);
        }
      });

      test('with the site script: the widgets fed the JSON', { timeout: 60000 }, async () => {
        const page = await browser.newPage();
        const errors = watchErrors(page);
        try {
          await page.setViewport({ width: 800, height: 900 });
          await page.goto(articlePage(name, lang, cleaned.join('\n'), { script: true, setting: !keepsMarkup }), {
            waitUntil: 'networkidle0',
          });
          await assertCharts(page, items, lang, keepsMarkup ? undefined : seen);
          assert.deepEqual(await axeViolations(page), []);
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
        }
      });

      test('without the site script: every table as the builder wrote it, no raw JSON', { timeout: 60000 }, async () => {
        const page = await browser.newPage();
        try {
          await page.goto(articlePage(name, lang, cleaned.join('\n'), { script: false, setting: !keepsMarkup }), { waitUntil: 'load' });
          await assertTables(page, items);
          assert.deepEqual(await axeViolations(page), []);
        } finally {
          await page.close();
        }
      });
    });
  }
}
