// The builder page's other paths in headless Chromium: hostile text, axe,
// the tag form's src mode, the texts around CSV figures, the script's address
// and the one-time site step. Needs the CDN build (npm run build).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { built, chartOf, loadSnippet, openBuilder, paste, pickWidget, report, setUpBuilder } from '../builder-support.mjs';

setUpBuilder();

describe('builder page: hostile text, axe, src mode', { skip: built ? false : 'dist/cdn/citystat.js missing: run npm run build' }, () => {
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
      await page.select('#site', 'html');
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
      // WordPress: the plugin of integrations/wordpress/, its address set in wp-config.php.
      assert.match(steps.wordpress.text, /integrations\/wordpress\/citystat\/ folder .* “citystat” plugin/);
      assert.match(steps.wordpress.text, /“Custom HTML” block/);
      assert.equal(steps.wordpress.code, `// wp-config.php\ndefine( 'CITYSTAT_SCRIPT_URL', '${address}' );\n`);
      assert.match(steps.ghost.text, /Code injection → Site Header/);
      assert.equal(steps.ghost.code, line);
      assert.match(steps.drupal.text, /libraries\.yml/);
      assert.equal(
        steps.drupal.code,
        `# THEME.libraries.yml\ncitystat:\n  js:\n    '${address}': { type: external, attributes: { type: module } }\n`,
      );
      assert.match(steps.html.text, /<head>/);
      assert.equal(steps.html.code, line);
      await page.click('#copy-site');
      await page.waitForFunction(() => window.__copied.length === 1);
      assert.equal(await page.evaluate(() => window.__copied[0]), line, 'the shown site’s code (plain HTML, the last chosen)');
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
