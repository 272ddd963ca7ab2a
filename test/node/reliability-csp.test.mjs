// Reliability under a strict CSP: every widget on a page served with a strict
// Content-Security-Policy (no inline script, no inline style, Trusted Types
// required) renders in all its states with zero securitypolicyviolation
// events. Two pages: one loads the CDN entry dist/cdn/citystat.js (an ES
// module that loads each widget's chunk when its tag appears, and the error
// messages chunk on demand; widgets the entry does not know yet come from an
// esbuild bundle of their define.ts), the other the classic-script build
// dist/cdn/citystat.iife.js (for CMSs that cannot add type="module").
// A fifth instance of each widget has every download button (`actions="all"`,
// with `patterns`): each is pressed, and each file must be made without a
// violation or a page error (the PNG is painted on a canvas, not loaded as a
// `blob:` image, which `img-src 'self'` refuses) and must decode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundleWidgets,
  cdnWidgets,
  discoverWidgets,
  ensureCdnBuild,
  jsonInHtml,
  launchBrowser,
  recordCounts,
  settleAll,
  startStatic,
  tmp,
} from '../reliability/node-support.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// Registered first (a classic external script: allowed), before any widget code.
const LISTEN = `window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, where: e.sourceFile + ':' + e.lineNumber });
});`;

const PAGE_CSS = `body { margin: 0; font-family: sans-serif; } .wrap { width: 720px; padding: 8px; }`;

let server;
let browser;
let widgets;
let extra = [];

before(async () => {
  ensureCdnBuild();
  widgets = discoverWidgets();
  const inCdn = new Set(cdnWidgets());
  extra = widgets.filter((w) => !inCdn.has(w.name)).map((w) => w.name);
  const routes = {
    '/__rel/listen.js': { type: 'text/javascript', body: LISTEN },
    '/__rel/page.css': { type: 'text/css', body: PAGE_CSS },
  };
  if (extra.length) {
    const { readFileSync } = await import('node:fs');
    routes['/__rel/extra.js'] = { type: 'text/javascript', body: readFileSync(await bundleWidgets(extra, 'csp-extra.js')) };
  }
  const body = widgets
    .map(
      (w) => `<section class="wrap">
  <${w.tag} id="${w.name}-inline"><script type="application/json">${jsonInHtml(w.example)}</script></${w.tag}>
  <${w.tag} id="${w.name}-src" lang="en" theme="dark" src="/data-schemas/examples/${w.name}.json"></${w.tag}>
  <${w.tag} id="${w.name}-bad" lang="en"><script type="application/json">{"bogus": [1, 2]}</script></${w.tag}>
  <${w.tag} id="${w.name}-auto" theme="auto"><script type="application/json">${jsonInHtml(w.example)}</script></${w.tag}>
  <${w.tag} id="${w.name}-actions" actions="all" patterns><script type="application/json">${jsonInHtml(w.example)}</script></${w.tag}>
</section>`,
    )
    .join('\n');
  const html = (scripts) => ({
    type: 'text/html; charset=utf-8',
    body: `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>citystat under a strict CSP</title>
<script src="/__rel/listen.js"></script>
<link rel="stylesheet" href="/__rel/page.css">
${scripts}
</head><body>
${body}
</body></html>`,
  });
  routes['/__rel/esm.html'] = html(
    `<script type="module" src="/dist/cdn/citystat.js"></script>${extra.length ? '\n<script type="module" src="/__rel/extra.js"></script>' : ''}`,
  );
  routes['/__rel/iife.html'] = html('<script src="/dist/cdn/citystat.iife.js" defer></script>');
  server = await startStatic({ headers: { 'content-security-policy': CSP }, routes });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const counts = {};
after(() => recordCounts('csp', counts));

for (const build of ['esm', 'iife']) {
  test(`${build === 'esm' ? 'CDN entry (ES module, lazy chunks)' : 'classic-script build (IIFE)'}: every widget, in every state, renders under a strict CSP with zero violations`, async () => {
    await checkPage(build);
  });
}

async function checkPage(build) {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 900 });
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  const response = await page.goto(`${server.url}/__rel/${build}.html`, { waitUntil: 'load' });
  assert.equal(response.headers()['content-security-policy'], CSP);

  const statuses = await settleAll(page);
  for (const w of widgets) {
    assert.equal(statuses[`${w.name}-inline`], 'ready', `${w.name} from an inline JSON script`);
    assert.equal(statuses[`${w.name}-src`], 'ready', `${w.name} from src (connect-src 'self')`);
    assert.equal(statuses[`${w.name}-bad`], 'error', `${w.name} with bad data (error messages chunk loaded under CSP)`);
    assert.equal(statuses[`${w.name}-auto`], 'ready', `${w.name} with theme=auto`);
    assert.equal(statuses[`${w.name}-actions`], 'ready', `${w.name} with every download button`);
  }
  const files = await pressDownloads(page);
  // The PNGs, to look at: .tmp/reliability/csp-<widget>.png.
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(tmp, { recursive: true });
  for (const f of files.filter((f) => f.png)) {
    writeFileSync(`${tmp}/csp-${build}-${f.widget}.png`, Buffer.from(f.png, 'latin1'));
    delete f.png;
  }

  // Exercise what renders later: tooltips (keyboard and pointer), the data
  // table, a language switch, a selection.
  let tooltips = 0;
  const misplaced = [];
  for (const w of widgets) {
    const id = `${w.name}-inline`;
    await page.evaluate((id) => {
      const el = document.getElementById(id);
      el.shadowRoot.querySelector('[part~=mark][tabindex="0"]').focus();
    }, id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The tooltip must be next to its mark (it is drawn without inline styles:
    // if it relied on a style attribute, CSP would leave it in a corner).
    const tip = await page.evaluate(async (id) => {
      const el = document.getElementById(id);
      await el.settled(); // the tooltip's chunk loads with the first focused mark
      const t = el.shadowRoot.querySelector('[part=tooltip]');
      if (!t) return null;
      const index = Number(el.shadowRoot.activeElement?.getAttribute('data-index') ?? 0);
      const mark = el.layout.marks[index];
      const plot = el.shadowRoot.querySelector('.plot, .plot-html').getBoundingClientRect();
      const r = t.getBoundingClientRect();
      return {
        left: r.left - plot.left,
        right: r.right - plot.left,
        top: r.top - plot.top,
        bottom: r.bottom - plot.top,
        x: mark.x,
        y: mark.y,
      };
    }, id);
    if (tip) {
      tooltips++;
      const nearX = tip.x >= tip.left - 1 && tip.x <= tip.right + 1;
      const nearY = Math.abs((tip.top + tip.bottom) / 2 - tip.y) < tip.bottom - tip.top + 48;
      if (!nearX || !nearY || tip.right - tip.left < 10)
        misplaced.push(`${w.name}: tooltip box ${JSON.stringify(tip)} is not next to its mark anchor (${tip.x}, ${tip.y})`);
    }
    const mark = await page.evaluateHandle((id) => document.getElementById(id).shadowRoot.querySelectorAll('[part~=mark]')[0], id);
    await mark.hover();
    await page.evaluate(async (id) => {
      const el = document.getElementById(id);
      el.shadowRoot.querySelector('[part=table-toggle]')?.click();
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      document.getElementById(id.replace('-inline', '-bad')).setAttribute('lang', 'vi');
    }, id);
  }
  await new Promise((r) => setTimeout(r, 300));

  const violations = await page.evaluate(() => window.__violations);
  const refused = consoleLines.filter((l) => /Content Security Policy|Trusted Type|Refused to/i.test(l));
  const instances = widgets.length * 5;
  const pageErrors = consoleLines.filter((l) => l.startsWith('pageerror:'));
  console.log(
    `reliability csp (${build}): ${widgets.length} widgets x 5 states = ${instances} elements, ${tooltips} tooltips shown, ` +
      `${files.length} downloads (${files.map((f) => `${f.widget} ${f.kind}`).join(', ')}), ${pageErrors.length} page errors, ` +
      `${violations.length} securitypolicyviolation events, ${refused.length} CSP console messages` +
      (build === 'esm' && extra.length ? ` (not in the CDN entry yet, bundled from src: ${extra.join(', ')})` : ''),
  );
  for (const v of violations) console.log(`  violation: ${JSON.stringify(v)}`);
  for (const l of refused) console.log(`  console: ${l.slice(0, 300)}`);
  for (const l of misplaced) console.log(`  misplaced: ${l}`);
  counts[build] = {
    widgets: widgets.map((w) => w.name),
    elements: instances,
    tooltips,
    violations,
    consoleMessages: refused,
    misplaced,
    downloads: files,
    pageErrors,
    notInCdnEntry: build === 'esm' ? extra : [],
  };

  // The policy is really enforced, and the listener hears violations.
  const probe = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      return 'allowed';
    } catch {
      return 'blocked';
    }
  });
  assert.equal(probe, 'blocked', 'Trusted Types are enforced on the page');
  assert.equal((await page.evaluate(() => window.__violations.length)) - violations.length, 1, 'the listener hears a violation');

  assert.deepEqual(violations, [], 'securitypolicyviolation events');
  assert.deepEqual(refused, [], 'CSP messages on the console');
  assert.deepEqual(misplaced, [], 'tooltips placed at their marks');
  assert.deepEqual(pageErrors, [], 'page errors (an unhandled EncodingError, …)');
  for (const w of widgets) {
    const mine = files.filter((f) => f.widget === w.name);
    assert.deepEqual(
      mine.map((f) => f.kind),
      w.name === 'kpi' ? ['csv'] : ['csv', 'png', 'svg'],
      `${w.name}: one file per button (HTML cards have CSV only)`,
    );
    for (const f of mine) assert.equal(f.problem, '', `${w.name} ${f.kind}: ${f.problem}`);
  }
  await page.close();
}

/**
 * Presses every download button of every `-actions` widget; each press must
 * fire `citystat-download` and save one file, which is then checked: the CSV
 * starts with a BOM, the SVG parses, the PNG decodes (createImageBitmap of the
 * blob: no load, so the policy allows it) at twice the SVG's size.
 */
async function pressDownloads(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  return page.evaluate(async () => {
    const blobs = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => (blobs.push(blob), create.call(URL, blob));
    const out = [];
    try {
      for (const el of document.querySelectorAll('[id$="-actions"]')) {
        const widget = el.id.replace(/-actions$/, '');
        for (const button of el.shadowRoot.querySelectorAll('[part=action]')) {
          const before = blobs.length;
          const event = new Promise((resolve) => {
            el.addEventListener('citystat-download', (e) => resolve(e.detail), { once: true });
            setTimeout(() => resolve(undefined), 10000);
          });
          button.click();
          const detail = await event;
          const kind = detail?.kind ?? '?';
          let problem = detail
            ? ''
            : `no citystat-download (status: ${el.shadowRoot.querySelector('[role=status]')?.textContent ?? 'none'})`;
          const blob = blobs[before];
          if (!problem && !blob) problem = 'no file saved';
          const head = [...new Uint8Array(await blob.slice(0, 3).arrayBuffer())].join(' ');
          if (!problem && kind === 'csv' && head !== '239 187 191') problem = `no BOM (${head})`;
          if (!problem && kind === 'svg') {
            // The page requires Trusted Types: the test's own policy hands the file to the parser.
            const policy = window.trustedTypes.createPolicy('csp-test-svg', { createHTML: (t) => t });
            const doc = new DOMParser().parseFromString(policy.createHTML(await blob.text()), 'image/svg+xml');
            if (doc.querySelector('parsererror')) problem = 'the SVG does not parse';
          }
          let size = '';
          if (!problem && kind === 'png') {
            try {
              const bitmap = await createImageBitmap(blob);
              size = `${bitmap.width}x${bitmap.height}`;
              const svg = el.shadowRoot.querySelector('svg.plot');
              if (bitmap.width < 2 * svg.viewBox.baseVal.width) problem = `PNG ${size} smaller than 2x the chart`;
            } catch (e) {
              problem = `the PNG does not decode: ${e}`;
            }
          }
          const png =
            kind === 'png' && blob ? [...new Uint8Array(await blob.arrayBuffer())].map((c) => String.fromCharCode(c)).join('') : undefined;
          out.push({ widget, kind, name: detail?.name ?? '', bytes: blob?.size ?? 0, size, problem, png });
        }
      }
    } finally {
      URL.createObjectURL = create;
    }
    return out;
  });
}
