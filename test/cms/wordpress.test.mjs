// Issue 16, the CMS side: a real WordPress (Debian's package, ./wordpress.mjs)
// with the citystat plugin. An Author (no unfiltered_html: WordPress runs
// wp_kses_post on what they save) publishes through the REST API a post with
// the builder's snippets of every widget's example, as the block editor saves a
// Custom HTML block, and another pasted into the classic editor (where
// wpautop reshapes the HTML when it is shown). An anonymous reader then sees
// in headless Chromium the charts equal to the widgets fed the JSON, and
// without JavaScript readable tables; axe finds nothing either way.
// Screenshots at 360 and 1200 px go to .tmp/cms/.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../reliability/node-support.mjs';
import { assertCharts, assertTables, axeViolations, examples, watchErrors } from './checks.mjs';
import { run } from './processes.mjs';
import { root, startWordPress } from './wordpress.mjs';

const shots = join(root, '.tmp/cms');
let site;
let browser;
const posts = {};

/** Post content as the block editor stores it: a paragraph, then each snippet in a Custom HTML block. */
const blocks = (items, intro) =>
  [
    `<!-- wp:paragraph -->\n<p>${intro}</p>\n<!-- /wp:paragraph -->`,
    ...items.map((e) => `<!-- wp:html -->\n${e.html}<!-- /wp:html -->`),
  ].join('\n\n');
/** What an Author pastes into the classic editor's Text tab: the snippets between paragraphs. */
const classic = (items, intro) => [intro, ...items.map((e) => e.html)].join('\n\n');

const CASES = [
  {
    key: 'vi-blocks',
    lang: 'vi',
    title: 'Công nghiệp Hà Nội qua các con số',
    shape: blocks,
    intro: 'Bốn bảng số liệu từ trình tạo citystat.',
  },
  { key: 'en-blocks', lang: 'en', title: 'Hanoi industry in figures', shape: blocks, intro: 'Four tables from the citystat builder.' },
  { key: 'vi-classic', lang: 'vi', title: 'Trình soạn thảo cổ điển', shape: classic, intro: 'Dán vào tab Văn bản.' },
];

before(async () => {
  site = await startWordPress();
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(url, { js = true, width = 1200 } = {}) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.setJavaScriptEnabled(js);
  const res = await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
  assert.equal(res.status(), 200, url);
  return { page, errors };
}

describe('WordPress: an Author publishes table-first snippets, a reader sees charts (or tables without JS)', () => {
  test('the Author publishes three posts through the REST API; kses keeps the figures whole', { timeout: 60000 }, async () => {
    const me = await site.rest('GET', '/wp/v2/users/me', undefined);
    assert.equal(me.id, site.authorId);
    for (const c of CASES) {
      const items = await examples(c.lang);
      const post = await site.rest('POST', '/wp/v2/posts', { title: c.title, content: c.shape(items, c.intro), status: 'publish' });
      assert.equal(post.status, 'publish');
      assert.equal(post.author, site.authorId);
      // What WordPress stored after wp_filter_post_kses: every snippet, byte for
      // byte but for kses writing numeric entities with three digits (&#39; → &#039;).
      const stored = post.content.raw.replace(/&#0+(\d+);/g, '&#$1;');
      for (const e of items) assert.ok(stored.includes(e.html), `${c.key}: ${e.widget} snippet changed on save`);
      posts[c.key] = { ...c, items, link: post.link };
    }
  });

  for (const c of CASES) {
    test(`${c.key}: with JavaScript, every widget's chart equal to the widgets fed the JSON`, { timeout: 90000 }, async () => {
      const { items, link } = posts[c.key];
      const { page, errors } = await open(link);
      try {
        assert.equal(await page.$$eval('script[type=module][src$="/plugins/citystat/cdn/citystat.js"]', (s) => s.length), 1);
        await assertCharts(page, items, c.lang);
        assert.deepEqual(await axeViolations(page), []);
        if (c.key !== 'vi-classic') await page.screenshot({ path: join(shots, `wordpress-${c.lang}-1200-js.png`), fullPage: true });
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

    test(`${c.key}: without JavaScript, every widget's readable table with title and source, no raw JSON`, { timeout: 60000 }, async () => {
      const { items, link } = posts[c.key];
      const { page, errors } = await open(link, { js: false });
      try {
        await assertTables(page, items);
        assert.deepEqual(errors, []);
        if (c.key !== 'vi-classic') await page.screenshot({ path: join(shots, `wordpress-${c.lang}-1200-nojs.png`), fullPage: true });
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await page.close();
      }
    });
  }

  test('360 px screenshots, with and without JavaScript (vi)', { timeout: 60000 }, async () => {
    for (const js of [true, false]) {
      const { page } = await open(posts['vi-blocks'].link, { js, width: 360 });
      try {
        const { items } = posts['vi-blocks'];
        if (js) await assertCharts(page, items, 'vi');
        else await assertTables(page, items);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px at 360 px`);
        await page.screenshot({ path: join(shots, `wordpress-vi-360-${js ? 'js' : 'nojs'}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }
  });

  test("the plugin's tag filter makes any theme's script tag a module, and only its own", () => {
    // Themes without html5 "script" support make WordPress print type='text/javascript'.
    const php = `define('ABSPATH', '/'); function add_action() {} function add_filter() {}
require '${join(root, 'integrations/wordpress/citystat/citystat.php')}';
echo json_encode(array_map(function ($t) { return [citystat_module_tag($t, 'citystat'), citystat_module_tag($t, 'other')]; }, json_decode(stream_get_contents(STDIN))));`;
    const tags = [
      `<script type='text/javascript' src='x.js' id='citystat-js'></script>`,
      `<script src="x.js" id="citystat-js"></script>`,
      `<script id="citystat-js-before">var a = 1;</script>\n<script type="text/javascript" src="x.js" id="citystat-js"></script>`,
    ];
    assert.deepEqual(JSON.parse(run('php', ['-r', php], { input: JSON.stringify(tags) })), [
      [`<script type="module" src='x.js' id='citystat-js'></script>`, tags[0]],
      [`<script type="module" src="x.js" id="citystat-js"></script>`, tags[1]],
      [`<script id="citystat-js-before">var a = 1;</script>\n<script type="module" src="x.js" id="citystat-js"></script>`, tags[2]],
    ]);
  });

  test('the plugin adds its script only where a post holds a figure, and logs nothing', { timeout: 30000 }, async () => {
    const { page } = await open(`${site.url}/?p=1`); // wp_install's "Hello world!"
    try {
      assert.equal(await page.$$eval('script[src*="citystat"]', (s) => s.length), 0);
    } finally {
      await page.close();
    }
    const log = site.debugLog();
    assert.ok(!/plugins\/citystat\//.test(log), `debug.log mentions the plugin:\n${log}`);
  });
});
