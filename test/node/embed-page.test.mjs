// The iframe embed page (embed/embed.html, built to dist/cdn/embed.html) in
// headless Chromium, framed by a host page, both served with the strict
// Content-Security-Policy of the reliability tests: every widget fits its
// frame at 360 and 1200 px (the frame's height is the content's after the
// `citystat:height` message, no inner scrollbar), no CSP violation, and bad
// data shows the widget's located message. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { launchBrowser, startStatic } from '../reliability/node-support.mjs';
import { widgets } from '../../scripts/registry.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const built = existsSync('dist/cdn/embed.html');
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64url');

// In every frame, before any of its scripts (the page itself may not hold an inline listener).
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
  );
}

/** The host page: the documented listener (dist/cdn/embed-host.js) and one iframe. */
const host = (src) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="stylesheet" href="/__host/host.css">
<script src="/dist/cdn/embed-host.js"></script>
</head><body><iframe id="frame" title="chart" src="${src.replace(/&/g, '&amp;')}"></iframe></body></html>`;

let server;
let browser;
let hostPath;

before(async () => {
  if (!built) return;
  const pages = new Map();
  hostPath = (src) => {
    const path = `/__host/${pages.size}.html`;
    pages.set(path, host(src));
    return path;
  };
  const routes = new Proxy(
    {
      '/favicon.ico': { type: 'image/x-icon', body: '' },
      '/__host/host.css': { type: 'text/css', body: 'body { margin: 0; } iframe { display: block; width: 100%; border: 0; }' },
    },
    { get: (target, path) => target[path] ?? (pages.has(path) ? { type: 'text/html; charset=utf-8', body: pages.get(path) } : undefined) },
  );
  server = await startStatic({ headers: { 'content-security-policy': CSP }, routes });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a host page framing the embed page with `query`; resolves when the frame has the chart's height. */
async function open(query, width) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.evaluateOnNewDocument(recordViolations);
  await page.setViewport({ width, height: 700 });
  const response = await page.goto(`${server.url}${hostPath(`/dist/cdn/embed.html${query}`)}`, { waitUntil: 'load' });
  assert.equal(response.headers()['content-security-policy'], CSP);
  const frame = await (await page.$('#frame')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.status || document.querySelector('.problem'));
  // The frame's height follows the content (several messages while the layout settles).
  await page.waitForFunction(() => {
    const iframe = document.getElementById('frame');
    const doc = iframe.contentDocument.documentElement;
    return (
      iframe.style.height !== '' &&
      iframe.clientHeight === Math.ceil(doc.getBoundingClientRect().height) &&
      doc.scrollHeight <= doc.clientHeight
    );
  });
  await new Promise((r) => setTimeout(r, 300)); // any late message would change it again
  return { page, frame, errors };
}

/** What the test reads of the framed page. */
async function measure(page, frame) {
  const outer = await page.evaluate(() => {
    const iframe = document.getElementById('frame');
    return { height: iframe.getBoundingClientRect().height, width: iframe.getBoundingClientRect().width };
  });
  const inner = await frame.evaluate(() => {
    const doc = document.documentElement;
    const el = document.querySelector('#chart > *');
    const box = el.getBoundingClientRect();
    return {
      content: Math.ceil(doc.getBoundingClientRect().height),
      scrollHeight: doc.scrollHeight,
      clientHeight: doc.clientHeight,
      scrollWidth: doc.scrollWidth,
      clientWidth: doc.clientWidth,
      chartBottom: box.bottom,
      chartWidth: box.width,
      status: el.status,
      lang: el.getAttribute('lang'),
      theme: el.getAttribute('theme'),
      error: el.shadowRoot?.querySelector('[part~=error]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      problem: document.querySelector('.problem')?.textContent ?? '',
      violations: window.__violations,
    };
  });
  const hostViolations = await page.evaluate(() => window.__violations);
  return { outer, inner, violations: [...hostViolations, ...inner.violations] };
}

function assertFits({ outer, inner }, width) {
  assert.equal(outer.width, width, 'the frame is as wide as the host page');
  assert.equal(outer.height, inner.content, 'frame height = content height');
  assert.ok(inner.scrollHeight <= inner.clientHeight, `no vertical scrollbar (${inner.scrollHeight} > ${inner.clientHeight})`);
  assert.ok(inner.scrollWidth <= inner.clientWidth, `no horizontal scrollbar (${inner.scrollWidth} > ${inner.clientWidth})`);
  assert.ok(
    Math.abs(inner.chartBottom - inner.content) <= 1,
    `the chart ends where the page does (${inner.chartBottom} vs ${inner.content})`,
  );
  assert.equal(inner.chartWidth, width, 'the chart fills the frame');
}

describe('iframe embed page', { skip: built ? false : 'dist/cdn/embed.html missing: run npm run build first' }, () => {
  for (const w of widgets) {
    for (const width of [360, 1200]) {
      test(`${w.name} from ?src= at ${width} px: fits its frame, no CSP violation`, async () => {
        const { page, frame, errors } = await open(
          `?widget=${w.name}&src=/data-schemas/examples/${w.examples[0]}&lang=en&theme=dark`,
          width,
        );
        const m = await measure(page, frame);
        assert.equal(m.inner.status, 'ready', m.inner.error);
        assert.equal(m.inner.lang, 'en');
        assert.equal(m.inner.theme, 'dark');
        assertFits(m, width);
        assert.ok(m.outer.height > 100, `a chart is drawn (${m.outer.height} px)`);
        assert.deepEqual(m.violations, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }

  test('data in the address (#data= base64url JSON, #csv=): ready, fits, no violation', async () => {
    const doc = JSON.parse(readFileSync('data-schemas/examples/kpi.json', 'utf8'));
    const json = await open(`?widget=kpi#data=${b64(JSON.stringify(doc))}`, 360);
    const m = await measure(json.page, json.frame);
    assert.equal(m.inner.status, 'ready', m.inner.error);
    assert.equal(m.inner.lang, 'vi');
    assertFits(m, 360);
    assert.deepEqual(m.violations, []);
    await json.page.close();
    const csv = await open(`?widget=fdi-composition&lang=en#csv=${b64('Form;Capital (million USD)\nNew;270\nIncrease;215\n')}`, 1200);
    const c = await measure(csv.page, csv.frame);
    assert.equal(c.inner.status, 'ready', c.inner.error);
    assertFits(c, 1200);
    assert.deepEqual(c.violations, []);
    await csv.page.close();
  });

  for (const [lang, negative, syntax] of [
    ['en', 'items[0].value must be at least 0.', 'The data is not valid JSON: error at line 1, column 44'],
    ['vi', 'items[0].value phải lớn hơn hoặc bằng 0.', 'Dữ liệu không phải JSON hợp lệ: lỗi ở dòng 1, cột 44.'],
  ]) {
    test(`bad data (${lang}): the widget's located message, in a frame that fits it, no violation`, async () => {
      const bad = await open(`?widget=sector-breakdown&lang=${lang}#data=${b64('{"items":[{"id":"a","label":"A","value":-1}]}')}`, 360);
      const m = await measure(bad.page, bad.frame);
      assert.equal(m.inner.status, 'error');
      assert.ok(m.inner.error.includes(negative), m.inner.error);
      assertFits(m, 360);
      assert.deepEqual(m.violations, []);
      await bad.page.close();
      const broken = await open(`?widget=sector-breakdown&lang=${lang}#data=${b64('{"items":[{"id":"a","label":"A","value":1},]}')}`, 1200);
      const s = await measure(broken.page, broken.frame);
      assert.equal(s.inner.status, 'error');
      assert.ok(s.inner.error.includes(syntax), s.inner.error);
      assert.deepEqual(s.violations, []);
      await broken.page.close();
    });
  }

  test('page-level problems: no widget, an unknown widget, data from another site, bad base64url', async () => {
    const cases = [
      ['?src=/x.json', 'the embed address has no widget parameter'],
      ['?widget=pie&src=/x.json', 'there is no chart type "pie"'],
      ['?widget=kpi&src=https://example.com/kpi.json', 'the data file https://example.com/kpi.json must be on the same site'],
      ['?widget=kpi', 'the embed address has no data'],
      ['?widget=kpi#data=%FF%FE', 'the #data= part of the address is not valid base64url text'],
    ];
    for (const [query, words] of cases) {
      const { page, frame } = await open(`${query.replace('?', '?lang=en&')}`, 360);
      const problem = await frame.evaluate(() => document.querySelector('.problem[role=alert]')?.textContent ?? '');
      assert.ok(problem.includes(words), `${query}: ${problem}`);
      await page.close();
    }
  });

  test('the violation listener works: a blocked inline style in the frame is recorded', async () => {
    const { page, frame } = await open('?widget=kpi&src=/data-schemas/examples/kpi.json', 360);
    await frame.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await new Promise((r) => setTimeout(r, 200));
    const { violations } = await measure(page, frame);
    assert.ok(
      violations.some((v) => v.directive.startsWith('style-src')),
      JSON.stringify(violations),
    );
    await page.close();
  });
});
