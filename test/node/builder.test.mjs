// Drives the editors' builder page (demo/builder.html) in headless Chromium,
// as an editor would: pick a widget, paste figures, read a located problem,
// fix it, copy the snippet (table-first by default, or the tag with its data)
// and the one-time site step, and load them in a fresh page to see the same
// chart. Needs the CDN build (npm run build): the page loads
// /dist/cdn/citystat.js, as the snippet does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { buildSnippet, escapeScriptData, locateIssue, locateJson } from '../../demo/builder/text.js';

// CITYSTAT_SERVE: serve another checkout's root (e.g. a build with more widgets registered).
const { startServer } = await import(process.env.CITYSTAT_SERVE ?? '../../scripts/serve.mjs');

const TIMEOUT = 60000;
const FDI_CSV = [
  'Hình thức;Vốn (triệu USD);Số lượng',
  'Đăng ký cấp mới;270;305 dự án',
  'Bổ sung tăng vốn;215;130 dự án',
  'Góp vốn, mua cổ phần;2.041;252 lượt',
  '',
].join('\n');

let server;
let base;
let browser;
/** Tags the built CDN bundle defines (read once from the builder). */
let defined = [];

const built = existsSync('dist/cdn/citystat.js');

before(async () => {
  if (!built) return;
  ({ server, url: base } = await startServer(9700, { quiet: true }));
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true, protocolTimeout: 120000 });
  const page = await browser.newPage();
  await page.goto(new URL('demo/builder.html', base).href, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.citystatBuilder);
  await page.evaluate(() => window.citystatBuilder.settled());
  // The CDN file loads widgets on demand; the page asks it for all of them.
  defined = await page.evaluate(() =>
    ['citystat-sector-breakdown', 'citystat-fdi-composition', 'citystat-fair-participation', 'citystat-kpi'].filter((t) =>
      customElements.get(t),
    ),
  );
  assert.deepEqual(
    await page.evaluate(() => window.citystatBuilder.available),
    defined.map((t) => t.replace('citystat-', '')),
  );
  await page.close();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens the builder with a clipboard stub; collects page errors. */
async function openBuilder(query = '') {
  const page = await browser.newPage();
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
  await page.goto(new URL(`demo/builder.html${query}`, base).href, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.citystatBuilder);
  await page.evaluate(() => window.citystatBuilder.settled());
  return { page, errors };
}

/** Replaces the figures box's text, as a paste does, and waits for the page to check it. */
async function paste(page, text) {
  await page.evaluate((value) => {
    const box = document.getElementById('data');
    box.focus();
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.evaluate(() => window.citystatBuilder.settled());
}

async function pickWidget(page, name) {
  await page.click(`input[name="widget"][value="${name}"]`);
  await page.evaluate(() => window.citystatBuilder.settled());
}

/** What the page reports: status class and text, messages, go-to buttons. */
function report(page) {
  return page.evaluate(() => ({
    status: document.getElementById('status').className.replace('status ', ''),
    text: document.getElementById('status').textContent,
    messages: [...document.querySelectorAll('#messages li > span')].map((s) => s.textContent),
    buttons: [...document.querySelectorAll('#messages li button')].map((b) => b.textContent),
  }));
}

/** Marks of the citystat element at `selector` (or the one a table-first figure became): count and accessible labels. */
function chartOf(page, selector) {
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
 * need it), with the site step's code in its head (table-first snippets).
 */
async function loadSnippet(snippet, { lang = 'vi', head = '' } = {}) {
  const page = await browser.newPage();
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
    } else req.continue();
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(new URL('article-under-test.html', base).href, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main > *, main > figure > *')].some((e) => e.tagName.startsWith('CITYSTAT-') && 'settled' in e),
  );
  return { page, errors };
}

/**
 * The whole editor's path for one widget and one format: paste, see the
 * located problem, fix it, copy, load the snippet, compare the charts.
 */
async function editorPath({ widget, data, bad, message, messageEn, line, marks, form = 'table' }) {
  const { page, errors } = await openBuilder();
  try {
    await pickWidget(page, widget);
    await paste(page, data);
    let r = await report(page);
    assert.equal(r.status, 'ready', `${r.text} ${r.messages}`);
    assert.equal(r.text, `Số liệu hợp lệ: biểu đồ có ${marks} phần.`);
    const good = await chartOf(page, '#preview-desktop > *');
    assert.equal(good.count, marks);
    const phone = await chartOf(page, '#preview-phone > *');
    assert.deepEqual(phone.labels, good.labels, 'phone and desktop previews show the same marks');

    // A bad cell: the page says where, in the page's language.
    await paste(page, bad);
    r = await report(page);
    assert.equal(r.status, 'error');
    assert.equal(r.text, 'Có 1 lỗi cần sửa. Biểu đồ sẽ hiện thông báo lỗi thay vì số liệu.');
    assert.deepEqual(r.messages, [message]);
    assert.deepEqual(r.buttons, [`Đến chỗ lỗi (dòng ${line})`]);
    assert.equal((await chartOf(page, '#preview-desktop > *')).status, 'error');
    // The go-to button selects the problem in the figures box.
    await page.click('#messages li button');
    const selection = await page.evaluate(() => {
      const box = document.getElementById('data');
      return { focused: document.activeElement === box, line: box.value.slice(0, box.selectionStart).split('\n').length };
    });
    assert.deepEqual(selection, { focused: true, line });
    // The page's English switch: the same problem, in English.
    await page.click('#ui-lang');
    await page.evaluate(() => window.citystatBuilder.settled());
    r = await report(page);
    assert.deepEqual(r.messages, [messageEn]);
    assert.equal(r.text, 'One problem to fix. The chart will show an error message instead of figures.');
    assert.deepEqual(r.buttons, [`Go to the problem (line ${line})`]);
    await page.click('#ui-lang');
    await page.evaluate(() => window.citystatBuilder.settled());

    // Fixed: valid again.
    await paste(page, data);
    r = await report(page);
    assert.equal(r.status, 'ready');
    assert.deepEqual(r.messages, []);

    // Copy the snippet, in the form asked for (table-first is the default).
    assert.equal(await page.$eval('input[name="form"]:checked', (r) => r.value), 'table');
    if (form !== 'table') await page.click(`input[name="form"][value="${form}"]`);
    await page.click('#copy');
    await page.waitForFunction(() => window.__copied.length === 1);
    const copied = await page.evaluate(() => window.__copied[0]);
    const shown = await page.$eval('#snippet', (t) => t.value);
    assert.equal(copied, shown);
    assert.equal(await page.$eval('#copy-status', (s) => s.textContent), 'Đã sao chép mã nhúng.');
    assert.deepEqual(errors, []);
    // The site step (table-first only): the script line, once per page.
    const head = await page.$eval('#site-code', (t) => t.value);
    assert.equal(await page.$eval('#site-step', (s) => s.hidden), form !== 'table');
    assert.match(head, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/cdn\/citystat\.js"><\/script>\n$/);

    // The snippet in a fresh page: the same chart.
    const fresh = await loadSnippet(copied, { head: form === 'table' ? head : '' });
    try {
      const again = await chartOf(fresh.page, 'main > [lang]');
      assert.equal(again.status, 'ready', JSON.stringify(again.issues));
      assert.equal(again.count, marks);
      assert.deepEqual(again.labels, good.labels);
      assert.deepEqual(fresh.errors, []);
    } finally {
      await fresh.page.close();
    }
    return { snippet: copied, labels: good.labels };
  } finally {
    await page.close();
  }
}

describe('builder page', { skip: built ? false : 'dist/cdn/citystat.js missing: run npm run build' }, () => {
  test('lists the four widgets; those the bundle does not define are disabled', async () => {
    const { page, errors } = await openBuilder();
    try {
      const radios = await page.$$eval('input[name="widget"]', (rs) =>
        rs.map((r) => ({ value: r.value, disabled: r.disabled, label: r.labels[0].textContent })),
      );
      assert.deepEqual(
        radios.map((r) => r.value),
        ['sector-breakdown', 'fdi-composition', 'fair-participation', 'kpi'],
      );
      for (const r of radios) {
        assert.equal(r.disabled, !defined.includes(`citystat-${r.value}`), r.value);
        assert.equal(r.label.includes('chưa có trong thư viện'), r.disabled);
      }
      // It starts with the first available widget's CSV sample, drawn.
      const r = await report(page);
      assert.equal(r.status, 'ready', r.text);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('a library that lacks the widgets: every choice disabled, the page says so', async () => {
    const page = await browser.newPage();
    try {
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (new URL(req.url()).pathname === '/dist/cdn/citystat.js') {
          req.respond({
            status: 200,
            contentType: 'text/javascript',
            body: 'export function define(tag) { return Promise.reject(new Error(tag)); }',
          });
        } else req.continue();
      });
      await page.goto(new URL('demo/builder.html', base).href, { waitUntil: 'load' });
      await page.waitForFunction(() => !!window.citystatBuilder);
      await page.evaluate(() => window.citystatBuilder.settled());
      assert.deepEqual(await page.$$eval('input[name="widget"]', (rs) => rs.map((r) => r.disabled)), [true, true, true, true]);
      assert.equal(await page.$eval('#no-widgets', (p) => p.hidden), false);
      assert.equal((await report(page)).text, 'Dán số liệu vào ô phía trên, hoặc chọn số liệu mẫu.');
      assert.equal(await page.$eval('#copy', (b) => b.disabled), true);
    } finally {
      await page.close();
    }
  });

  test('JSON path (sector breakdown): paste, located error, fix, copy, same chart from the snippet', async () => {
    const example = JSON.parse(readFileSync('data-schemas/examples/sector-breakdown.json', 'utf8'));
    delete example.$schema;
    const data = JSON.stringify(example, null, 2);
    const badDoc = structuredClone(example);
    badDoc.items[2].value = -5;
    const bad = JSON.stringify(badDoc, null, 2);
    const badLine = bad.split('\n').findIndex((l) => l.includes('"value": -5')) + 1;
    const { snippet } = await editorPath({
      widget: 'sector-breakdown',
      data,
      bad,
      message: 'items[2].value phải lớn hơn hoặc bằng 0.',
      messageEn: 'items[2].value must be at least 0.',
      line: badLine,
      marks: example.items.length,
    });
    assert.match(snippet, /^<figure class="citystat-figure" data-citystat="sector-breakdown" lang="vi">\n  <table><caption>/);
    assert.ok(snippet.includes('<th scope="row">Dệt may, da giầy</th>'));
    assert.ok(!snippet.includes('<script'), 'a table-first snippet holds no script');
  });

  test('CSV path (Hanoi FDI): paste, bad cell by line and column, fix, copy, same chart from the snippet', async (t) => {
    if (!defined.includes('citystat-fdi-composition')) {
      t.skip('citystat-fdi-composition is not registered in dist/cdn/citystat.js yet (src/define.ts)');
      return;
    }
    const { snippet, labels } = await editorPath({
      widget: 'fdi-composition',
      data: FDI_CSV,
      bad: FDI_CSV.replace(';215;', ';hai trăm;'),
      message: 'Tệp CSV, dòng 3, cột 2: "hai trăm" không phải là một số.',
      messageEn: 'CSV file, line 3, column 2: "hai trăm" is not a number.',
      line: 3,
      marks: 3,
    });
    assert.match(snippet, /^<figure class="citystat-figure" data-citystat="fdi-composition" lang="vi">/);
    assert.ok(snippet.includes('<th scope="row">Góp vốn, mua cổ phần</th><td>2.041</td>'), snippet);
    assert.equal(labels.length, 3);
    assert.ok(
      labels.some((l) => l.includes('Góp vốn, mua cổ phần') && l.includes('2.041')),
      labels.join(' | '),
    );
  });

  test('JSON path (Hanoi FDI example), tag form: same chart from the snippet', async (t) => {
    if (!defined.includes('citystat-fdi-composition')) {
      t.skip('citystat-fdi-composition is not registered in dist/cdn/citystat.js yet (src/define.ts)');
      return;
    }
    const example = JSON.parse(readFileSync('data-schemas/examples/fdi-composition.json', 'utf8'));
    const data = JSON.stringify(example, null, 2);
    const bad = data.replace('"capital": 215', '"capital": "215"');
    const { snippet } = await editorPath({
      widget: 'fdi-composition',
      data,
      bad,
      message: 'components[1].capital phải là một số, nhưng đang là một chuỗi văn bản.',
      messageEn: 'components[1].capital must be a number, but is a text.',
      line: bad.split('\n').findIndex((l) => l.includes('"capital": "215"')) + 1,
      marks: 3,
      form: 'tag',
    });
    assert.match(
      snippet,
      /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/cdn\/citystat\.js"><\/script>\n<citystat-fdi-composition lang="vi">\n<script type="application\/json">\{\n/,
    );
    assert.ok(snippet.includes('"Góp vốn, mua cổ phần"'));
  });

  test('hostile text stays text: in the previews, the messages and the snippet', async () => {
    const { page, errors } = await openBuilder();
    try {
      await pickWidget(page, 'sector-breakdown');
      const label = '</script><img src=x onerror="window.__pwned=1"><!--<script>';
      const doc = {
        title: 'T <b>x</b>',
        items: [
          { id: 'a', label, value: 3 },
          { id: 'b', label: 'B', value: 1 },
        ],
      };
      await paste(page, JSON.stringify(doc, null, 2));
      assert.equal((await report(page)).status, 'ready');
      const preview = await chartOf(page, '#preview-desktop > *');
      assert.ok(preview.labels[0].startsWith(label), preview.labels[0]);
      // The table-first snippet: every text escaped as HTML text.
      const snippet = await page.$eval('#snippet', (t) => t.value);
      assert.ok(!/<img|<b>|<\/script/i.test(snippet), snippet);
      assert.ok(snippet.includes('&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;'), snippet);
      assert.ok(snippet.includes('T &lt;b&gt;x&lt;/b&gt;'));
      // The tag form: the data stays JSON, with </script and <!-- defused.
      await page.click('input[name="form"][value="tag"]');
      const tagged = await page.$eval('#snippet', (t) => t.value);
      assert.ok(!/<\/script><img/i.test(tagged));
      assert.ok(tagged.includes('<\\/script><img src=x'));
      assert.match(await page.$eval('#snippet-note', (n) => n.textContent), /«<\/script» hoặc «<!--»/);
      await page.click('input[name="form"][value="table"]');
      const head = await page.$eval('#site-code', (t) => t.value);
      // Error messages quoting hostile cells are text too.
      await pickWidget(page, 'sector-breakdown');
      await paste(page, 'Nhóm;Giá trị\n<img src=x onerror="window.__pwned=1">;<b>1</b>\n');
      const r = await report(page);
      assert.equal(r.status, 'error');
      assert.deepEqual(r.messages, ['Tệp CSV, dòng 2, cột 2: "<b>1</b>" không phải là một số.']);
      assert.equal(await page.$$eval('#messages img, #messages b', (n) => n.length), 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(
        errors.filter((e) => !/Failed to load resource/.test(e)),
        [],
      );

      // Both snippets in a fresh page: one widget each, the label as text, nothing run.
      for (const [code, siteHead, count] of [
        [snippet, head, 1], // the figure
        [tagged, '', 2], // the script and the widget
      ]) {
        const fresh = await loadSnippet(code, { head: siteHead });
        try {
          const again = await chartOf(fresh.page, 'main > [lang]');
          assert.equal(again.status, 'ready');
          assert.deepEqual(again.labels, preview.labels);
          assert.equal(await fresh.page.evaluate(() => window.__pwned), undefined);
          assert.equal(await fresh.page.$$eval('main > *', (n) => n.length), count);
          assert.equal(await fresh.page.$$eval('main img', (n) => n.length), 0);
        } finally {
          await fresh.page.close();
        }
      }
    } finally {
      await page.close();
    }
  });

  test('axe-core: no violations, in Vietnamese and English, valid and with a located error', async () => {
    const { page } = await openBuilder();
    try {
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const axe = () =>
        page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
      assert.deepEqual(await axe(), []);
      // Focus order follows the steps (on valid figures: the copy buttons are enabled).
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('main input, main select, main textarea, main button')]
          .filter((e) => !e.disabled && e.offsetParent !== null && e.tabIndex >= 0)
          .map((e) => e.id || e.name),
      );
      const first = (id) => order.indexOf(id);
      assert.ok(
        first('widget') < first('data') &&
          first('data') < first('field-title') &&
          first('field-title') < first('chart-lang') &&
          first('chart-lang') < first('form') &&
          first('form') < first('snippet') &&
          first('snippet') < first('copy') &&
          first('copy') < first('site') &&
          first('site') < first('copy-site'),
        order.join(' '),
      );
      await paste(page, 'Nhóm;Giá trị\nA;1\nB;x\n');
      assert.equal((await report(page)).status, 'error');
      assert.deepEqual(await axe(), []);
      await page.click('#ui-lang');
      await page.evaluate(() => window.citystatBuilder.settled());
      assert.equal(await page.$eval('html', (h) => h.lang), 'en');
      assert.deepEqual(await axe(), []);
      // Every form control has a label.
      const unlabelled = await page.$$eval('input, select, textarea', (els) =>
        els.filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).map((e) => e.id || e.name),
      );
      assert.deepEqual(unlabelled, []);
    } finally {
      await page.close();
    }
  });

  test('src mode: the snippet points at the URL the editor types (escaped)', async () => {
    const { page } = await openBuilder('?lang=en');
    try {
      await pickWidget(page, 'sector-breakdown');
      assert.equal(await page.$eval('#tag-options', (o) => o.hidden), true, 'the tag options belong to the tag form');
      await page.click('input[name="form"][value="tag"]');
      await page.click('input[name="mode"][value="src"]');
      assert.equal(await page.$eval('#snippet-note', (n) => n.textContent), 'Type the address of the figures file.');
      await page.type('#src-url', '/data/products.csv?a=1&b="2"');
      await page.select('#chart-lang', 'en');
      await page.select('#chart-theme', 'auto');
      const snippet = await page.$eval('#snippet', (t) => t.value);
      assert.equal(
        snippet.split('\n')[1],
        '<citystat-sector-breakdown lang="en" theme="auto" src="/data/products.csv?a=1&amp;b=&quot;2&quot;"></citystat-sector-breakdown>',
      );
      assert.equal(await page.$eval('html', (h) => h.lang), 'en');
      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Chart builder');
    } finally {
      await page.close();
    }
  });
});

describe('builder page: CSV texts, the script address, the site step', { skip: built ? false : 'dist/cdn/citystat.js missing' }, () => {
  const SECTOR_CSV = 'Nhóm ngành;Số sản phẩm\nCơ khí, chế tạo;6\nĐiện, điện tử;4\n';

  /** Types into a text field as an editor does, then waits for the page. */
  async function typeInto(page, id, text) {
    await page.type(`#${id}`, text);
    await page.evaluate(() => window.citystatBuilder.settled());
  }

  test('CSV figures get a title, subtitle, unit, source and note: in the previews, the table-first and the tag snippets', async () => {
    const { page, errors } = await openBuilder();
    try {
      await pickWidget(page, 'sector-breakdown');
      await paste(page, SECTOR_CSV);
      assert.equal(await page.$eval('#csv-fields', (f) => f.hidden), false);
      assert.equal(await page.$eval('#field-unit', (f) => f.closest('.field').hidden), false, 'sector-breakdown has a unit');
      await typeInto(page, 'field-title', 'Sản phẩm chủ lực <2022>');
      await typeInto(page, 'field-subtitle', 'Theo nhóm ngành');
      await typeInto(page, 'field-unit', 'sản phẩm');
      await typeInto(page, 'field-source-name', 'Sở Công Thương Hà Nội');
      await typeInto(page, 'field-source-url', 'https://congthuong.hanoi.gov.vn/');
      await typeInto(page, 'field-source-date', '13/12/2022');
      await typeInto(page, 'field-note', 'Số liệu lũy kế');
      assert.equal((await report(page)).status, 'ready');
      const parts = await page.evaluate(() => {
        const root = document.querySelector('#preview-desktop > *').shadowRoot;
        const text = (p) => root.querySelector(`[part~="${p}"]`)?.textContent.replace(/\s+/g, ' ').trim();
        return { title: text('title'), subtitle: text('subtitle'), source: text('source'), note: text('note') };
      });
      assert.equal(parts.title, 'Sản phẩm chủ lực <2022>');
      assert.equal(parts.subtitle, 'Theo nhóm ngành');
      assert.match(parts.source, /Sở Công Thương Hà Nội.*13\/12\/2022/);
      assert.match(parts.note, /Số liệu lũy kế/);
      const snippet = await page.$eval('#snippet', (t) => t.value);
      assert.ok(snippet.includes('<caption>Sản phẩm chủ lực &lt;2022&gt;<br><small>Theo nhóm ngành</small></caption>'), snippet);
      assert.ok(snippet.includes('(sản phẩm)'), 'the unit in the value header');
      assert.ok(snippet.includes('<a href="https://congthuong.hanoi.gov.vn/">Sở Công Thương Hà Nội</a>, <span>13/12/2022</span>'), snippet);
      assert.ok(snippet.includes('Số liệu lũy kế'));
      // The tag form cannot write the texts in CSV: it holds the JSON document, and says so.
      await page.click('input[name="form"][value="tag"]');
      const tagged = await page.$eval('#snippet', (t) => t.value);
      const json = JSON.parse(/<script type="application\/json">([\s\S]*?)\n<\/script>/.exec(tagged)[1]);
      assert.equal(json.title, 'Sản phẩm chủ lực <2022>');
      assert.deepEqual(json.source, { name: 'Sở Công Thương Hà Nội', url: 'https://congthuong.hanoi.gov.vn/', date: '13/12/2022' });
      assert.deepEqual(
        json.items.map((i) => i.value),
        [6, 4],
      );
      assert.match(await page.$eval('#snippet-note', (n) => n.textContent), /không ghi được trong CSV/);
      // A bad link is the widget's located message.
      await page.$eval('#field-source-url', (f) => (f.value = ''));
      await typeInto(page, 'field-source-url', 'javascript:alert(1)');
      assert.deepEqual((await report(page)).messages, ['source.url phải là địa chỉ web bắt đầu bằng http:// hoặc https://.']);
      // JSON carries its own texts: no fields; kpi has no top-level unit.
      await pickWidget(page, 'kpi');
      assert.equal(await page.$eval('#field-unit', (f) => f.closest('.field').hidden), true);
      await paste(page, '{"figures": [{"id": "a", "label": "A", "value": 1}]}');
      assert.equal(await page.$eval('#csv-fields', (f) => f.hidden), true);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('the script address: the local server is flagged, a typed address is remembered; the site steps of four systems', async () => {
    const { page, errors } = await openBuilder('?lang=en');
    try {
      const local = await page.$eval('#cdn-local', (p) => ({ hidden: p.hidden, text: p.textContent }));
      assert.equal(local.hidden, false, 'the development server is never the script address unannounced');
      assert.match(local.text, /development server on this computer \(127\.0\.0\.1:\d+\)/);
      const address = 'https://cdn.example.vn/citystat/citystat.js';
      await page.$eval('#cdn-url', (f) => (f.value = ''));
      await page.type('#cdn-url', address);
      assert.equal(await page.$eval('#cdn-local', (p) => p.hidden), true);
      const steps = {};
      for (const site of ['wordpress', 'ghost', 'drupal', 'html']) {
        await page.select('#site', site);
        steps[site] = await page.evaluate(() => ({
          name: document.querySelector('#site option:checked').textContent,
          text: document.getElementById('site-steps').textContent,
          code: document.getElementById('site-code').value,
        }));
      }
      assert.deepEqual(
        Object.values(steps).map((s) => s.name),
        ['WordPress', 'Ghost', 'Drupal', 'Plain HTML'],
      );
      const line = `<script type="module" src="${address}"></script>\n`;
      assert.match(steps.wordpress.text, /citystat plugin \(the integrations\/wordpress\/ folder/);
      assert.equal(steps.wordpress.code, line);
      assert.match(steps.ghost.text, /Code injection → Site Header/);
      assert.equal(steps.ghost.code, line);
      assert.match(steps.drupal.text, /libraries\.yml/);
      assert.equal(steps.drupal.code, `# THEME.libraries.yml\ncitystat:\n  js:\n    '${address}': { type: external, attributes: { type: module } }\n`);
      assert.match(steps.html.text, /<head>/);
      assert.equal(steps.html.code, line);
      await page.click('#copy-site');
      await page.waitForFunction(() => window.__copied.length === 1);
      assert.equal(await page.evaluate(() => window.__copied[0]), line);
      // The tag form's snippet names the same address; the next visit remembers it.
      await page.click('input[name="form"][value="tag"]');
      assert.ok((await page.$eval('#snippet', (t) => t.value)).startsWith(line));
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => !!window.citystatBuilder);
      await page.evaluate(() => window.citystatBuilder.settled());
      assert.equal(await page.$eval('#cdn-url', (f) => f.value), address);
      assert.equal(await page.$eval('#cdn-local', (p) => p.hidden), true);
      assert.deepEqual(errors, []);
    } finally {
      await page.evaluate(() => localStorage.clear()); // the other tests start from the served address
      await page.close();
    }
  });
});

describe('builder helpers', () => {
  test('escapeScriptData: </script and <!-- cannot end or confuse the script element', () => {
    assert.equal(escapeScriptData('a</script>b</SCRIPT >', 'csv'), 'a<\\/script>b<\\/SCRIPT >');
    assert.equal(escapeScriptData('{"a":"<!--<script>"}', 'json'), '{"a":"\\u003C!--<script>"}');
    assert.deepEqual(JSON.parse(escapeScriptData('{"a":"</script><!--"}', 'json')), { a: '</script><!--' });
  });

  test('buildSnippet: inline CSV, BOM and CRLF removed, attributes escaped', () => {
    const s = buildSnippet({
      tag: 'citystat-kpi',
      text: '\uFEFFa;b\r\nc;1\r\n\r\n',
      format: 'csv',
      lang: 'vi',
      theme: 'light',
      mode: 'inline',
      cdn: 'https://x/c.js?a&b',
    });
    assert.equal(
      s,
      '<script type="module" src="https://x/c.js?a&amp;b"></script>\n<citystat-kpi lang="vi">\n<script type="text/csv">a;b\nc;1\n</script>\n</citystat-kpi>\n',
    );
  });

  test('locateJson and locateIssue find the field, the CSV row, the syntax error line', () => {
    const text = '{\n  "items": [\n    {"id": "a", "value": 1},\n    {"id": "b", "value": -1}\n  ],\n  "x y": {"z": true}\n}';
    const map = locateJson(text);
    const [s, e] = map.get('items[1].value');
    assert.equal(text.slice(s, e), '"value": -1');
    assert.equal(text.slice(...map.get('["x y"].z')), '"z": true');
    assert.deepEqual(locateIssue({ code: 'errMinimum', path: 'items[1].value' }, text, 'json'), [s, e]);
    // A missing field: its object.
    assert.equal(text.slice(...locateIssue({ code: 'errRequired', path: 'items[0]' }, text, 'json')), '{"id": "a", "value": 1}');
    const csv = 'h;v\n\nA;1\nB;x\n';
    assert.equal(csv.slice(...locateIssue({ code: 'errMinimum', path: 'items[1].value' }, csv, 'csv')), 'B;x');
    assert.equal(csv.slice(...locateIssue({ code: 'errCsvCell', path: '', params: { row: 4 } }, csv, 'csv')), 'B;x');
    assert.equal(
      text.slice(...locateIssue({ code: 'errJson', path: '', params: { line: 3 } }, text, 'json')),
      '    {"id": "a", "value": 1},',
    );
  });
});
