// The builder's texts around a CSV chart (title, subtitle, unit, source and
// its link, note), in headless Chromium: filled in from the CSV's header block
// or a sample, shown in the preview, written into every output (the
// table-first figure, the tag's inline CSV, the saved figures file), and
// read back by the real widgets in a fresh page. Needs the CDN build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_SAMPLES, SAMPLE_TEXTS } from '../../demo/builder/samples.js';
import { widgetNames } from '../../scripts/registry.mjs';
import { built, chartOf, ctx, loadSnippet, openBuilder, paste, pickWidget, report, setUpBuilder } from '../builder-support.mjs';

setUpBuilder();

const FIELDS = ['title', 'subtitle', 'unit', 'source-name', 'source-url', 'source-date', 'note'];
/** Header block keys → field ids (core/csv-meta.ts). */
const KEY_FIELD = { title: 'title', subtitle: 'subtitle', unit: 'unit', source: 'source-name', 'source-url': 'source-url', note: 'note' };

/** The fields' values, and which are hidden (the unit, where the widget has none). */
const fieldsOf = (page) =>
  page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => {
          const f = document.getElementById(`field-${id}`);
          return [id, f.closest('.field').hidden ? null : f.value];
        }),
      ),
    FIELDS,
  );

/** What a widget shows around its chart, its data table's column headers, and its marks. */
async function shown(page, selector) {
  const texts = await page.evaluate(async (sel) => {
    const found = document.querySelector(sel);
    const el = found.matches('figure[data-citystat]') ? found.firstElementChild : found;
    await el.settled();
    const root = el.shadowRoot;
    // The data table (a chunk of its own) opens with its button.
    if (!root.querySelector('[part~="table"]')) root.querySelector('[part~="table-toggle"]').click();
    for (let i = 0; i < 100 && !root.querySelector('[part~="table"] th'); i++) await new Promise((r) => setTimeout(r, 50));
    const text = (p) => root.querySelector(`[part~="${p}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      title: text('title'),
      subtitle: text('subtitle'),
      source: text('source'),
      link: root.querySelector('[part~="source"] a')?.getAttribute('href') ?? null,
      note: text('note'),
      headers: [...root.querySelectorAll('[part~="table"] th[scope="col"]')].map((th) => th.textContent.replace(/\s+/g, ' ').trim()),
    };
  }, selector);
  return { ...texts, labels: (await chartOf(page, selector)).labels };
}

const settle = (page) => page.evaluate(() => window.citystatBuilder.settled());
const snippetOf = (page) => page.$eval('#snippet', (t) => t.value);

/** Saves the figures file through the page's button; returns its name, type and text. */
async function savedFile(page) {
  return page.evaluate(async () => {
    const create = URL.createObjectURL;
    let blob;
    URL.createObjectURL = (b) => ((blob = b), create.call(URL, b));
    let name;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      name = this.download; // no real download in a headless test
    };
    try {
      document.getElementById('download-data').click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    return { name, type: blob.type, text: (await blob.text()).replace(/^\uFEFF/, '') };
  });
}

/**
 * Every output of the page as it stands, each loaded in a fresh page: the
 * table-first figure (with the site step), the tag with inline data, the tag
 * with a saved figures file. Returns what each fresh page shows.
 */
async function everyOutput(page) {
  await page.select('#site', 'html');
  const head = await page.$eval('#site-code', (t) => t.value);
  const outputs = { table: { snippet: await snippetOf(page), head } };
  await page.click('input[name="form"][value="tag"]');
  outputs.inline = { snippet: await snippetOf(page), note: await page.$eval('#snippet-note', (n) => n.textContent) };
  await page.click('input[name="mode"][value="src"]');
  const file = await savedFile(page);
  await page.$eval('#src-url', (f) => (f.value = ''));
  await page.type('#src-url', `/figures-under-test/${file.name}`);
  outputs.src = { snippet: await snippetOf(page), file, note: await page.$eval('#snippet-note', (n) => n.textContent) };
  await page.click('input[name="mode"][value="inline"]');
  await page.click('input[name="form"][value="table"]');
  const seen = {};
  for (const [form, { snippet, head: siteHead = '', file: saved }] of Object.entries(outputs)) {
    const files = saved ? { [`/figures-under-test/${saved.name}`]: { body: saved.text, type: saved.type } } : {};
    const fresh = await loadSnippet(snippet, { head: siteHead, files });
    try {
      seen[form] = await shown(fresh.page, 'main > [lang]');
      assert.equal(await fresh.page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(fresh.errors, [], form);
    } finally {
      await fresh.page.close();
    }
  }
  return { outputs, seen };
}

describe('builder page: the texts around a CSV chart', { skip: built ? false : 'dist/cdn/citystat.js missing: run npm run build' }, () => {
  for (const name of widgetNames) {
    test(`${name}: the CSV sample's texts fill the fields, the preview and every output, read back the same`, async (t) => {
      if (!ctx.defined.includes(`citystat-${name}`)) return t.skip(`citystat-${name} is not in dist/cdn/citystat.js`);
      const { page, errors } = await openBuilder();
      try {
        await pickWidget(page, name);
        await page.click('#load-csv');
        await settle(page);
        assert.equal((await report(page)).status, 'ready');
        // The fields say what the sample's header block says.
        const expected = Object.fromEntries(FIELDS.map((id) => [id, '']));
        for (const line of SAMPLE_TEXTS[name]) {
          const [, key, value] = /^# ([^:]+): (.*)$/.exec(line);
          expected[KEY_FIELD[key]] = value;
        }
        if (name === 'fdi-composition') expected.unit = 'triệu USD'; // the capital column's header: `Vốn (triệu USD)`
        if (!['sector-breakdown', 'fdi-composition'].includes(name)) expected.unit = null; // a unit per figure, series or measure
        assert.deepEqual(await fieldsOf(page), expected);
        const preview = await shown(page, '#preview-desktop > *');
        assert.equal(preview.title, expected.title);
        assert.equal(preview.subtitle, expected.subtitle || null);
        assert.match(preview.source, new RegExp(`${expected['source-name'].replace(/[()]/g, '\\$&')}$`));
        if (expected.note) assert.match(preview.note, new RegExp(expected.note.replace(/[().]/g, '\\$&')));
        if (expected.unit)
          assert.ok(
            preview.headers.some((h) => h.endsWith(`(${expected.unit})`)),
            preview.headers.join(' | '),
          );
        const { outputs, seen } = await everyOutput(page);
        assert.match(outputs.table.snippet, new RegExp(`<caption>${expected.title.replace(/[()]/g, '\\$&')}`));
        assert.ok(outputs.inline.snippet.includes(`<script type="text/csv">${SAMPLE_TEXTS[name][0]}\n`), outputs.inline.snippet);
        assert.equal(outputs.inline.note, '');
        assert.equal(outputs.src.file.name, `${name}.csv`);
        // The saved file: the fields as its header block (FDI's unit too, read from its column header), then the figures.
        const block = Object.entries(KEY_FIELD)
          .filter(([, id]) => expected[id])
          .map(([key, id]) => `# ${key}: ${expected[id]}`);
        assert.ok(outputs.src.file.text.startsWith(`${block.join('\n')}\n${CSV_SAMPLES[name][0]}\n`), outputs.src.file.text);
        for (const form of ['table', 'inline', 'src']) assert.deepEqual(seen[form], preview, form);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('edited texts: markup stays text, a link and a date; read back the same from every output', async () => {
    const { page, errors } = await openBuilder();
    try {
      await pickWidget(page, 'sector-breakdown');
      const title = 'Sản phẩm <script>window.__pwned=1</script> & <b>đậm</b> </script><!--';
      await page.$eval(
        '#field-title',
        (f, v) => {
          f.value = v;
          f.dispatchEvent(new InputEvent('input', { bubbles: true }));
        },
        title,
      );
      await page.$eval('#field-source-url', (f) => {
        f.value = 'https://congthuong.hanoi.gov.vn/?a=1&b=2';
        f.dispatchEvent(new InputEvent('input', { bubbles: true }));
      });
      await settle(page);
      const preview = await shown(page, '#preview-desktop > *');
      assert.equal(preview.title, title);
      assert.equal(preview.link, 'https://congthuong.hanoi.gov.vn/?a=1&b=2');
      assert.equal(await page.$$eval('#preview-desktop script, #preview-desktop b', (n) => n.length), 0);
      let { outputs, seen } = await everyOutput(page);
      assert.ok(outputs.table.snippet.includes('Sản phẩm &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;'));
      assert.ok(outputs.table.snippet.includes('<a href="https://congthuong.hanoi.gov.vn/?a=1&amp;b=2">'), outputs.table.snippet);
      // Inside a script element `</script` cannot stay as it is: the inline data is the JSON document, and the page says why.
      assert.match(outputs.inline.snippet, /<script type="application\/json">/);
      assert.equal(outputs.inline.note, 'Chuỗi «</script» hay «<!--» không ghi được trong CSV: mã nhúng chứa số liệu dạng JSON.');
      // A file needs no escaping: it stays CSV, the title in its header block.
      assert.ok(outputs.src.file.text.startsWith(`# title: ${title}\n`));
      for (const form of ['table', 'inline', 'src']) assert.deepEqual(seen[form], preview, form);

      // A date: no header block key says it, so the tag's data and the saved file are JSON.
      await page.type('#field-source-date', '13/12/2022');
      await settle(page);
      const dated = await shown(page, '#preview-desktop > *');
      assert.match(dated.source, /theo báo Hànộimới, 13\/12\/2022$/);
      ({ outputs, seen } = await everyOutput(page));
      assert.equal(outputs.src.file.name, 'sector-breakdown.json');
      assert.equal(JSON.parse(outputs.src.file.text).source.date, '13/12/2022');
      assert.match(outputs.src.note, /^Ngày công bố không ghi được trong CSV: tệp số liệu được lưu dạng JSON \(\.json\)\.$/);
      for (const form of ['table', 'inline', 'src']) assert.deepEqual(seen[form], dated, form);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('the fields follow the CSV: a text said anew, a cell edited, a line removed, a header’s unit; keys read in order', async () => {
    const { page, errors } = await openBuilder('?lang=en');
    try {
      await pickWidget(page, 'sector-breakdown');
      const sample = await page.$eval('#data', (d) => d.value);
      // A header block with commas in it: the figures are still told apart by semicolons.
      assert.equal(await page.$eval('#data-format', (p) => p.textContent), 'Recognised: CSV, separated by semicolons (;).');
      // The editor's title survives an edited cell; a title line edited in the CSV replaces the field's.
      await page.$eval('#field-title', (f) => (f.value = ''));
      await page.type('#field-title', 'Tiêu đề của biên tập viên');
      await settle(page);
      await paste(page, sample.replace('Cơ khí, chế tạo;6', 'Cơ khí, chế tạo;7'));
      assert.equal(await page.$eval('#field-title', (f) => f.value), 'Tiêu đề của biên tập viên');
      assert.equal((await shown(page, '#preview-desktop > *')).title, 'Tiêu đề của biên tập viên');
      await paste(page, sample.replace('# title: Sản phẩm', '# tiêu đề: Các sản phẩm'));
      assert.equal(await page.$eval('#field-title', (f) => f.value), 'Các sản phẩm công nghiệp chủ lực Hà Nội năm 2022 theo nhóm ngành');
      // A line removed: its field empties, unless the editor changed it.
      await page.type('#field-subtitle', ' (đợt 2022)');
      await settle(page);
      const noBlock = sample.replace(/^# .*\n/gm, '');
      await paste(page, noBlock);
      const fields = await fieldsOf(page);
      assert.equal(fields.title, '');
      assert.equal(fields.subtitle, '33 sản phẩm của 25 doanh nghiệp được công nhận trong đợt năm 2022 (đợt 2022)');
      assert.deepEqual([fields.unit, fields['source-name'], fields.note], ['', '', '']);
      const preview = await shown(page, '#preview-desktop > *');
      assert.deepEqual([preview.title, preview.source, preview.note], [null, null, null]);
      // A unit in the value column's header fills the unit field.
      await paste(page, 'Nhóm;Vốn (triệu USD)\nA;1,5\nB;2\n');
      assert.equal(await page.$eval('#field-unit', (f) => f.value), 'triệu USD');
      // Clearing the figures empties the fields the editor left alone.
      await page.click('#clear-data');
      await settle(page);
      assert.equal(await page.$eval('#field-unit', (f) => f.value), '');

      // A value refused by the schema is located on its row below the header block.
      await paste(page, sample.replace('Điện, điện tử;4', 'Điện, điện tử;-4'));
      const r = await report(page);
      assert.equal(r.status, 'error');
      const line = sample.split('\n').findIndex((l) => l.startsWith('Điện, điện tử')) + 1;
      assert.deepEqual(r.buttons, [`Go to the problem (line ${line})`]);

      // The fields in keyboard order, each with its label, in the page's language.
      await paste(page, sample);
      await page.focus('#field-title');
      const order = ['field-title'];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => document.activeElement.id));
      }
      assert.deepEqual(
        order,
        FIELDS.map((id) => `field-${id}`),
      );
      const labels = await page.$$eval('#csv-fields input', (inputs) => inputs.map((i) => i.labels[0].textContent));
      assert.deepEqual(labels, [
        'Title',
        'Line under the title',
        'Unit',
        'Source of the figures',
        'Link to the source (optional)',
        'Publication date',
        'Note',
      ]);
      assert.equal(await page.$eval('#csv-fields', (f) => f.getAttribute('aria-describedby')), 'fields-hint');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
