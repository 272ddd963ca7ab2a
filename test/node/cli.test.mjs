// The citystat command line (bin/citystat.mjs), run as users run it: on each
// example, on CSV, on bad data in vi and en (exit status and the widget's
// located message), and from the packed tarball in a temporary project
// through `npx citystat`. Run after `npm run build` (the CLI runs dist/).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_SAMPLES } from '../../demo/builder/samples.js';
import { widgets } from '../../scripts/registry.mjs';

const root = process.cwd();
const CLI = join(root, 'bin/citystat.mjs');
const built = existsSync(join(root, 'dist/embed/snippet.js'));

const examples = widgets.flatMap((w) => w.examples.map((file) => ({ widget: w.name, file: join(root, 'data-schemas/examples', file) })));

/** Runs a command; resolves {code, stdout, stderr} whatever the exit status. */
function run(cmd, args, cwd = root) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: 240000, env: { ...process.env, npm_config_update_notifier: 'false' } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}
const citystat = (...args) => run(process.execPath, [CLI, ...args]);

let work;
/** Writes a file in the temporary folder; returns its path. */
function file(name, text) {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}
const example = (name) => JSON.parse(readFileSync(join(root, 'data-schemas/examples', name), 'utf8'));

// The builder's FDI sample: Vietnamese Excel style (`;`, 2.041 is two thousand and forty-one).
const FDI_CSV = `${CSV_SAMPLES['fdi-composition'].join('\n')}\n`;

/** Bad files and the one located message the widget shows for each, in vi and en. */
const BAD = {
  negative: {
    name: 'negative.json',
    text: () => {
      const doc = example('sector-breakdown.json');
      doc.items[2].value = -5;
      return JSON.stringify(doc, null, 2);
    },
    vi: 'items[2].value phải lớn hơn hoặc bằng 0.',
    en: 'items[2].value must be at least 0.',
  },
  type: {
    name: 'type.json',
    text: () => {
      const doc = example('kpi.json');
      delete doc.$schema; // the widget is guessed from the fields
      doc.figures[1].value = 'nhiều';
      return JSON.stringify(doc, null, 2);
    },
    vi: 'figures[1].value phải là null hoặc một số, nhưng đang là một chuỗi văn bản.',
    en: 'figures[1].value must be null or a number, but is a text.',
  },
  malformed: {
    name: 'malformed.json',
    text: () => '{\n  "items": [\n    { "id": "a", "label": "A", "value": 1, }\n  ]\n}\n',
    vi: 'Dữ liệu không phải JSON hợp lệ: lỗi ở dòng 3, cột 44.',
    en: /^The data is not valid JSON: error at line 3, column 44 \(.+\)\.$/,
  },
  csvCell: {
    name: 'fdi-bad.csv',
    widget: 'fdi-composition',
    text: () => FDI_CSV.replace('215', '2x15'),
    vi: 'Tệp CSV, dòng 3, cột 2: "2x15" không phải là một số.',
    en: 'CSV file, line 3, column 2: "2x15" is not a number.',
  },
};

/** The messages of `check`'s output: its heading line, then one `  - ` line each. */
function messagesOf(stdout) {
  const [heading, ...rest] = stdout.trimEnd().split('\n');
  return { heading, messages: rest.map((l) => l.replace(/^ {2}- /, '')) };
}

describe('citystat CLI', { skip: built ? false : 'dist/ missing: run npm run build first' }, () => {
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'citystat-cli-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  for (const { widget, file: path } of examples) {
    const name = path.split('/').pop();
    test(`check ${name}: valid, exit 0; snippet: its table-first figure`, async () => {
      const check = await citystat('check', path, '--lang', 'en');
      assert.equal(check.code, 0, check.stdout + check.stderr);
      assert.equal(check.stdout, `${path}: the data is valid (${widget}).\n`);
      const snippet = await citystat('snippet', path);
      assert.equal(snippet.code, 0, snippet.stderr);
      assert.match(snippet.stdout, new RegExp(`^<figure class="citystat-figure" data-citystat="${widget}" lang="vi">`));
      assert.match(snippet.stdout, /<table>[\s\S]*<tbody>[\s\S]*<\/tbody>[\s\S]*<\/table>/);
      // The rows are the data's: every id of the example appears as a row; a trend's series are
      // columns (their ids on the header cells) and its periods rows, one each.
      const doc = JSON.parse(readFileSync(path, 'utf8'));
      if (doc.series) {
        for (const sr of doc.series) assert.ok(snippet.stdout.includes(`<th scope="col" data-id="${sr.id}">`), `series ${sr.id}`);
        const periods = new Set(doc.series.flatMap((sr) => sr.points.map((p) => p.period)));
        assert.equal(snippet.stdout.match(/<tr><th scope="row">/g)?.length, periods.size);
      } else {
        const rows = doc.items ?? doc.components ?? doc.events ?? doc.figures;
        for (const row of rows) assert.ok(snippet.stdout.includes(`<tr data-id="${row.id}">`), `row ${row.id}`);
      }
      assert.equal(snippet.stderr, '');
    });
  }

  test('CSV: read with the widget’s CSV reader; snippet and check with --widget', async () => {
    const path = file('fdi.csv', FDI_CSV);
    const check = await citystat('check', path, '--widget', 'fdi-composition');
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.equal(check.stdout, `${path}: số liệu hợp lệ (fdi-composition).\n`);
    const snippet = await citystat('snippet', path, '--widget=fdi-composition', '--lang', 'en');
    assert.equal(snippet.code, 0, snippet.stderr);
    assert.match(snippet.stdout, /data-citystat="fdi-composition" lang="en"/);
    // The semicolon file's numbers are Vietnamese: 2.041 is two thousand and forty-one.
    // The CSV’s texts are marked as Vietnamese inside the English figure; a no-break space before the unit.
    assert.match(
      snippet.stdout,
      /<th scope="row"><span lang="vi">Góp vốn, mua cổ phần<\/span><\/th><td>2,041<\/td><td>252\u00a0<span lang="vi">lượt<\/span><\/td>/,
    );
    const guess = await citystat('check', path);
    assert.equal(guess.code, 1);
    assert.match(guess.stderr, /không đoán được loại biểu đồ.*--widget/);
  });

  test('citystat snippet on a trend CSV: periods as rows, the series a column with its unit, decimals and estimates kept', async () => {
    const path = file('iip.csv', `${CSV_SAMPLES.trend.join('\n')}\n`);
    const snippet = await citystat('snippet', path, '--widget', 'trend');
    assert.equal(snippet.code, 0, snippet.stderr);
    assert.match(
      snippet.stdout,
      /<thead><tr><th scope="col">Thời gian<\/th><th scope="col" data-id="s1">IIP so với cùng kỳ \(%\)<\/th><\/tr><\/thead>/,
    );
    const rows = [...snippet.stdout.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, [
      ['Quý 1/2023', '+0,9'],
      ['Quý 2/2023', '+3,7'],
      ['Quý 3/2023', '+3,0'],
      ['Quý 4/2023', '+4,3 (ước tính)'],
    ]);
    const unsorted = file('iip-unsorted.csv', 'Kỳ;IIP so với cùng kỳ\nQuý 2/2023;3,7%\nQuý 1/2023;0,9%\n');
    const check = await citystat('check', unsorted, '--widget', 'trend', '--lang', 'en');
    assert.equal(check.code, 1);
    assert.deepEqual(messagesOf(check.stdout).messages, [
      'series[0].points[1].period: period "2023-Q1" is earlier than "2023-Q2" before it (periods in time order).',
    ]);
  });

  for (const [kind, bad] of Object.entries(BAD)) {
    for (const lang of ['vi', 'en']) {
      test(`bad data (${kind}, ${lang}): check exits 1 with the located message; snippet refuses`, async () => {
        const path = file(bad.name, bad.text());
        const widget = bad.widget ? ['--widget', bad.widget] : [];
        const check = await citystat('check', path, '--lang', lang, ...widget);
        assert.equal(check.code, 1, check.stdout);
        const { heading, messages } = messagesOf(check.stdout);
        const title =
          lang === 'vi' ? 'Không hiển thị được biểu đồ vì dữ liệu có lỗi:' : 'This chart cannot be shown because its data has errors:';
        assert.equal(heading, `${path}: ${title}`);
        assert.equal(messages.length, 1, check.stdout);
        if (bad[lang] instanceof RegExp) assert.match(messages[0], bad[lang]);
        else assert.equal(messages[0], bad[lang]);
        const snippet = await citystat('snippet', path, '--lang', lang, ...widget);
        assert.equal(snippet.code, 1);
        assert.equal(snippet.stdout, '', 'no snippet for bad data');
        assert.ok(snippet.stderr.includes(messages[0]), snippet.stderr);
      });
    }
  }

  test('a number JSON cannot hold (1e400) and a widget rule beyond the schema (duplicate ids)', async () => {
    const inf = await citystat('check', file('inf.json', '{"items":[{"id":"a","label":"A","value":1e400}]}'), '--lang', 'en');
    assert.equal(inf.code, 1);
    assert.deepEqual(messagesOf(inf.stdout).messages, ['items[0].value must be a finite number.']);
    const doc = example('fdi-composition.json');
    doc.components[1].id = doc.components[0].id;
    const dup = await citystat('check', file('dup.json', JSON.stringify(doc)), '--lang', 'en');
    assert.equal(dup.code, 1);
    assert.deepEqual(messagesOf(dup.stdout).messages, [`components[1].id: id "${doc.components[0].id}" is already used by components[0].`]);
  });

  test('--help, and usage errors exit 1 with a message', async () => {
    const help = await citystat('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /citystat snippet <data\.json\|data\.csv> \[--widget NAME\] \[--lang vi\|en\]/);
    assert.match(help.stdout, /citystat check /);
    for (const w of widgets) assert.ok(help.stdout.includes(w.name), `help names ${w.name}`);
    const cases = [
      [['frob', 'x.json'], /Unknown command "frob"/],
      [['check'], /No data file given/],
      [['check', join(work, 'missing.json')], /Cannot read .*missing\.json: ENOENT/],
      [['check', examples[0].file, '--widget', 'pie'], /There is no widget "pie"/],
      // No language given: the messages are Vietnamese, as the widget's default.
      [['check', examples[0].file, '--lang'], /Tùy chọn không hợp lệ: --lang/],
    ];
    for (const [args, message] of cases) {
      const r = await citystat(...args, ...(args.includes('--lang') ? [] : ['--lang', 'en']));
      assert.equal(r.code, 1, args.join(' '));
      assert.match(r.stderr, message);
    }
  });
});

describe('citystat CLI from the packed tarball (npx citystat)', { skip: built ? false : 'dist/ missing', timeout: 600000 }, () => {
  let project;
  before(async () => {
    project = mkdtempSync(join(tmpdir(), 'citystat-cli-pack-'));
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project]);
    assert.equal(packed.code, 0, packed.stderr);
    const tarball = join(project, JSON.parse(packed.stdout)[0].filename);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-consumer', private: true, version: '0.0.0', type: 'module' }));
    const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
    assert.equal(installed.code, 0, installed.stdout + installed.stderr);
  });
  after(() => project && rmSync(project, { recursive: true, force: true }));

  test('npx citystat snippet prints each example’s HTML; npx citystat check exits 1 on bad data', async () => {
    for (const { widget, file: path } of examples) {
      const r = await run('npx', ['--no-install', 'citystat', 'snippet', path], project);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^<figure class="citystat-figure" data-citystat="${widget}"[^>]*>\\n  <table>`));
    }
    const bad = join(project, 'negative.json');
    writeFileSync(bad, BAD.negative.text());
    for (const lang of ['vi', 'en']) {
      const r = await run('npx', ['--no-install', 'citystat', 'check', bad, '--lang', lang], project);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.deepEqual(messagesOf(r.stdout).messages, [BAD.negative[lang]]);
    }
  });
});
