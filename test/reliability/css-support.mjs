// Pages for the hostile-CSS tests: every widget on a clean page and on pages
// with host stylesheets, screenshots of each widget element, pixel comparison.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import {
  bundleWidgets,
  discoverWidgets,
  jsonInHtml,
  launchBrowser,
  root,
  settleAll,
  startStatic,
  tmp,
  wordpressCss,
} from './node-support.mjs';

export const LIMIT = 0.005; // 0.5% of pixels

// The page's own layout: a fixed column, so the widget gets the same width on
// every page whatever the theme does to containers (only the widget is judged).
const BASE_CSS = `.wrap, .wrap figure, .wrap .slot { width: 640px !important; max-width: none !important; min-width: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; float: none !important;
  box-sizing: content-box !important; display: block !important; transform: none !important; }
.wrap { margin: 24px !important; }`;

/** Bootstrap 5, WordPress block-library (style, theme, common) and the issue's global resets. */
export const HOSTILE = ['/__rel/bootstrap.css', '/__rel/wp-style.css', '/__rel/wp-theme.css', '/__rel/wp-common.css', '/__rel/resets.css'];

function page(widgets, title, styles) {
  const body = widgets
    .map(
      (
        w,
      ) => `<div class="wrap wp-block-group is-layout-flow"><figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper slot">
  <${w.tag} id="${w.name}" lang="vi"><script type="application/json">${jsonInHtml(w.example)}</script></${w.tag}>
</div></figure></div>
<div class="wrap"><${w.tag} id="${w.name}-en" lang="en" theme="dark"><script type="application/json">${jsonInHtml(w.example)}</script></${w.tag}></div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/__rel/base.css">
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<script type="module" src="/__rel/widgets.js"></script>
</head><body class="wp-site-blocks">
<main class="container wp-block-post-content entry-content is-layout-constrained"><div class="row"><div class="col">
${body}
</div></div></main>
</body></html>`;
}

/**
 * Starts the server and browser. `pages`: name → list of stylesheet paths
 * (served: /__rel/bootstrap.css, /__rel/wp-*.css, /__rel/resets.css, and the
 * paths of `extraCss`: path → file from the project root).
 */
export async function cssPages(pages, extraCss = {}) {
  const widgets = discoverWidgets();
  const [wpStyle, wpTheme, wpCommon] = await wordpressCss();
  const bundle = await bundleWidgets(
    widgets.map((w) => w.name),
    'css-widgets.js',
  );
  const css = (file) => ({ type: 'text/css', body: readFileSync(file) });
  const routes = {
    '/__rel/base.css': { type: 'text/css', body: BASE_CSS },
    '/__rel/widgets.js': { type: 'text/javascript', body: readFileSync(bundle) },
    '/__rel/bootstrap.css': css(join(root, 'node_modules/bootstrap/dist/css/bootstrap.min.css')),
    '/__rel/wp-style.css': css(wpStyle),
    '/__rel/wp-theme.css': css(wpTheme),
    '/__rel/wp-common.css': css(wpCommon),
    '/__rel/resets.css': css(join(root, 'test/reliability/fixtures/hostile-resets.css')),
    ...Object.fromEntries(Object.entries(extraCss).map(([path, file]) => [path, css(join(root, file))])),
  };
  for (const [name, styles] of Object.entries({ clean: [], ...pages })) {
    routes[`/__rel/${name}.html`] = { type: 'text/html; charset=utf-8', body: page(widgets, name, styles) };
  }
  const server = await startStatic({ routes });
  const browser = await launchBrowser(['--force-device-scale-factor=1', '--hide-scrollbars']);
  mkdirSync(join(tmp, 'css'), { recursive: true });

  /** Screenshots of every widget element of a page, by element id. */
  async function shots(name) {
    const p = await browser.newPage();
    await p.setViewport({ width: 720, height: 1000, deviceScaleFactor: 1 });
    await p.goto(`${server.url}/__rel/${name}.html`, { waitUntil: 'load' });
    const statuses = await settleAll(p);
    await p.evaluate(() => document.fonts.ready);
    const out = {};
    for (const id of Object.keys(statuses)) {
      assert.equal(statuses[id], 'ready', `${name}: ${id}`);
      const el = await p.$(`#${id}`);
      out[id] = PNG.sync.read(await el.screenshot({ type: 'png', captureBeyondViewport: true }));
    }
    await p.close();
    return out;
  }

  /** Share of differing pixels per widget (1 when the sizes differ); images of differences go to .tmp/reliability/css/. */
  function compare(name, a, b) {
    const out = {};
    const save = (file, png) => writeFileSync(join(tmp, 'css', file), PNG.sync.write(png));
    for (const id of Object.keys(a)) {
      const x = a[id];
      const y = b[id];
      if (!y || x.width !== y.width || x.height !== y.height) {
        out[id] = { ratio: 1, size: `${x.width}x${x.height} vs ${y ? `${y.width}x${y.height}` : 'missing'}` };
        save(`clean-${id}.png`, x);
        if (y) save(`${name}-${id}.png`, y);
        continue;
      }
      const diff = new PNG({ width: x.width, height: x.height });
      const n = pixelmatch(x.data, y.data, diff.data, x.width, x.height, { threshold: 0.1 });
      out[id] = { ratio: n / (x.width * x.height), pixels: n, size: `${x.width}x${x.height}` };
      if (n) {
        save(`clean-${id}.png`, x);
        save(`${name}-${id}.png`, y);
        save(`${name}-${id}-diff.png`, diff);
      }
    }
    return out;
  }

  async function close() {
    await browser.close();
    await server.close();
  }
  return { widgets, shots, compare, close };
}

/** Prints the differences; returns the worst ratio and the widgets over the limit. */
export function report(label, diffs) {
  const worst = Math.max(...Object.values(diffs).map((d) => d.ratio));
  console.log(`reliability css (${label}): worst widget differs by ${(worst * 100).toFixed(3)}% of pixels (limit ${LIMIT * 100}%)`);
  for (const [id, d] of Object.entries(diffs)) console.log(`  ${id}: ${(d.ratio * 100).toFixed(3)}% (${d.pixels ?? '-'} px of ${d.size})`);
  const over = Object.entries(diffs)
    .filter(([, d]) => d.ratio > LIMIT)
    .map(([id, d]) => `${id}: ${(d.ratio * 100).toFixed(2)}% (${d.size})`);
  return { worst, over };
}
