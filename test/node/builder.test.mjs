// Drives the editors' builder page (demo/builder.html) in headless Chromium,
// as an editor would: pick a widget, paste figures, read a located problem,
// fix it, copy the snippet (table-first by default, or the tag with its data)
// and the one-time site step, and load them in a fresh page to see the same
// chart. Needs the CDN build (npm run build): the page loads
// /dist/cdn/citystat.js, as the snippet does. More in builder-forms.test.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSnippet, escapeScriptData, locateIssue, locateJson } from '../../demo/builder/text.js';
import { CSV_SAMPLES } from '../../demo/builder/samples.js';
import { widgetNames } from '../../scripts/registry.mjs';
import { FDI_CSV, built, chartOf, ctx, loadSnippet, openBuilder, paste, pickWidget, report, setUpBuilder } from '../builder-support.mjs';

setUpBuilder();

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
    // The site step (table-first only): for a plain HTML page, the script line, once per page.
    await page.select('#site', 'html');
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
  test('lists every widget of the registry; those the bundle does not define are disabled', async () => {
    const { page, errors } = await openBuilder();
    try {
      const radios = await page.$$eval('input[name="widget"]', (rs) =>
        rs.map((r) => ({ value: r.value, disabled: r.disabled, label: r.labels[0].textContent })),
      );
      assert.deepEqual(
        radios.map((r) => r.value),
        widgetNames,
      );
      for (const r of radios) {
        assert.equal(r.disabled, !ctx.defined.includes(`citystat-${r.value}`), r.value);
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

  // The library without its widgets, or a checkout that was never built (the page's tools missing too).
  for (const [what, path, answer] of [
    [
      'a library that lacks the widgets',
      '/dist/cdn/citystat.js',
      { status: 200, body: 'export function define(tag) { return Promise.reject(new Error(tag)); }' },
    ],
    ['no build of the page’s tools', '/dist/builder/csv.js', { status: 404, body: 'not found' }],
  ]) {
    test(`${what}: every choice disabled, the page says so`, async () => {
      const page = await ctx.browser.newPage();
      try {
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          if (new URL(req.url()).pathname === path) req.respond({ ...answer, contentType: 'text/javascript' });
          else req.continue();
        });
        await page.goto(new URL('demo/builder.html', ctx.base).href, { waitUntil: 'load' });
        await page.waitForFunction(() => !!window.citystatBuilder);
        await page.evaluate(() => window.citystatBuilder.settled());
        assert.deepEqual(
          await page.$$eval('input[name="widget"]', (rs) => rs.map((r) => r.disabled)),
          widgetNames.map(() => true),
        );
        assert.equal(await page.$eval('#no-widgets', (p) => p.hidden), false);
        assert.equal((await report(page)).text, 'Dán số liệu vào ô phía trên, hoặc chọn số liệu mẫu.');
        assert.equal(await page.$eval('#copy', (b) => b.disabled), true);
      } finally {
        await page.close();
      }
    });
  }

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
    assert.match(snippet, /^<figure class="citystat-figure" data-citystat="sector-breakdown" lang="vi">\n {2}<table><caption>/);
    assert.ok(snippet.includes('<th scope="row">Dệt may, da giầy</th>'));
    assert.ok(!snippet.includes('<script'), 'a table-first snippet holds no script');
  });

  test('CSV path (Hanoi FDI): paste, bad cell by line and column, fix, copy, same chart from the snippet', async (t) => {
    if (!ctx.defined.includes('citystat-fdi-composition')) {
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

  test('CSV path (Hanoi IIP by quarter, trend): bad cell located, fix, copy, same chart from the table-first snippet', async () => {
    const csv = `${CSV_SAMPLES.trend.join('\n')}\n`;
    const { snippet, labels } = await editorPath({
      widget: 'trend',
      data: csv,
      bad: csv.replace(';3,7%', ';ba phẩy bảy'),
      message: 'Tệp CSV, dòng 3, cột 2: "ba phẩy bảy" không phải là một số.',
      messageEn: 'CSV file, line 3, column 2: "ba phẩy bảy" is not a number.',
      line: 3,
      marks: 4,
    });
    assert.match(snippet, /^<figure class="citystat-figure" data-citystat="trend" lang="vi">/);
    assert.ok(snippet.includes('<th scope="col" data-id="s1">IIP so với cùng kỳ (%)</th>'), snippet);
    assert.ok(snippet.includes('<tr><th scope="row">Quý 4/2023</th><td>+4,3 (ước tính)</td></tr>'), snippet);
    assert.deepEqual(labels, [
      'Quý 1/2023, IIP so với cùng kỳ: +0,9%',
      'Quý 2/2023, IIP so với cùng kỳ: +3,7%',
      'Quý 3/2023, IIP so với cùng kỳ: +3,0%',
      'Quý 4/2023, IIP so với cùng kỳ: +4,3%, ước tính',
    ]);
  });

  test('JSON path (Hanoi FDI example), tag form: same chart from the snippet', async (t) => {
    if (!ctx.defined.includes('citystat-fdi-composition')) {
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
