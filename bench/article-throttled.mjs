// The throttled-phone article of `npm run bench`: a news article
// (bench/pages/article.vi.txt, a copy of the seed text hanoi-industry-2023.vi.txt) with the four example charts among its
// paragraphs, loaded at 390 px wide over Slow 4G (150 ms round trip,
// 1.6 Mbps down, 750 kbps up) with the CPU slowed 4×, in a fresh browser
// context per load.
//
// citystat: each chart is the table-first figure `tableFirstSnippet` writes
// (docs/embedding.md), upgraded by the site script /cdn/citystat.js; and
// "citystat + modulepreload": the same page with the <link rel="modulepreload">
// tags of dist/cdn/preload.json for its four widgets (scripts/preload-manifest.mjs),
// so that the chunks are fetched with citystat.js, not after it. Peers:
// each chart is a figure with its data as inline JSON, drawn by the peer's
// UMD bundle and bench/harness/article-peers.js (no KPI card: it stays empty).
//
// Per load: ms from navigation start to the first contentful paint (text,
// and citystat's tables), to the last chart's render (citystat:
// the fourth `citystat-render`) and to two frames later (on screen); long
// tasks over 50 ms (count, longest); cumulative layout shift (shifts without
// recent input) and the largest shift with its sources' nodes.
// Then the citystat and Chart.js pages with scripts off: their long tasks are the
// page's own first layout (`scriptlessTasks`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './median.mjs';

const KINDS = { sector: 'sector-breakdown', fdi: 'fdi-composition', fair: 'fair-participation', kpi: 'kpi' };
/** Paragraph index after which each chart stands. */
const AFTER = { 2: 'sector', 4: 'fdi', 6: 'fair', 8: 'kpi' };
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const SCRIPTS = {
  citystat: ['<script type="module" src="/cdn/citystat.js"></script>'],
  chartjs: ['<script defer src="/vendor/chart.umd.js"></script>'],
  plot: ['<script defer src="/vendor/d3.min.js"></script>', '<script defer src="/vendor/plot.umd.min.js"></script>'],
};
const PEER_HARNESS = '<script type="module" src="/bench/harness/article-peers.js"></script>';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article pages, keyed by library: HTML strings served at /article/<lib>.html. */
export async function articlePages(root) {
  const paragraphs = readFileSync(join(root, 'bench/pages/article.vi.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const { tableFirstSnippet } = await import(pathToFileURL(join(root, 'dist/embed/snippet.js')).href);
  const docs = Object.fromEntries(
    Object.entries(KINDS).map(([kind, file]) => [kind, JSON.parse(readFileSync(join(root, `data-schemas/examples/${file}.json`), 'utf8'))]),
  );
  const figure = {
    citystat: (kind) => tableFirstSnippet(KINDS[kind], docs[kind], 'vi'),
    'citystat-preload': (kind) => tableFirstSnippet(KINDS[kind], docs[kind], 'vi'),
    peer: (kind) =>
      `<figure class="bench-chart" data-kind="${kind}"><div class="bench-box"></div>` +
      `<script type="application/json">${JSON.stringify(docs[kind]).replace(/</g, '\\u003c')}</script></figure>`,
  };
  // citystat with the hints a site can give (scripts/preload-manifest.mjs): every file
  // citystat.js would load for these four table-first figures, fetched with it
  const { preloadManifest, preloadLinks } = await import(pathToFileURL(join(root, 'scripts/preload-manifest.mjs')).href);
  const tags = Object.values(KINDS).map((k) => `citystat-${k}`);
  const scripts = {
    ...SCRIPTS,
    'citystat-preload': [...SCRIPTS.citystat, ...preloadLinks(preloadManifest(join(root, 'bench/results/cdn')), tags, '/cdn/')],
  };
  const page = (lib) => {
    const body = paragraphs.map((p, i) => `<p>${escape(p)}</p>${AFTER[i + 1] ? `\n${(figure[lib] ?? figure.peer)(AFTER[i + 1])}` : ''}`);
    return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
<title>Công nghiệp Hà Nội năm 2023 (${lib})</title>
<link rel="stylesheet" href="/bench/pages/article.css" />
${scripts[lib].join('\n')}
${lib.startsWith('citystat') ? '' : PEER_HARNESS}
</head>
<body>
<article>
<h1>Công nghiệp Hà Nội năm 2023</h1>
${body.join('\n')}
</article>
</body>
</html>
`;
  };
  return Object.fromEntries(Object.keys(scripts).map((lib) => [lib, page(lib)]));
}

/** Runs in the page before its first script: collects renders, long tasks and layout shifts. */
export function collect(scrollToFigure) {
  // A reader who has scrolled to a chart while the page loads (index, or -1: at the top).
  if (scrollToFigure >= 0)
    document.addEventListener('DOMContentLoaded', () => scrollTo(0, document.querySelectorAll('figure')[scrollToFigure].offsetTop - 120));
  const data = { renders: [], onScreen: [], longTasks: [], longTaskStarts: [], shifts: [] };
  window.__article = data;
  const name = (node) =>
    node
      ? `${node.localName ?? node.nodeName}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
      : '(removed)';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      data.longTasks.push(e.duration);
      data.longTaskStarts.push(e.startTime);
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const sources = e.sources.map((s) => `${name(s.node)} ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}px`);
      data.shifts.push({ t: e.startTime, value: e.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const drawn = (e) => {
    if (data.renders.some((r) => r.target === e.target)) return; // first render of each chart
    const t = performance.now();
    data.renders.push({ target: e.target, t });
    requestAnimationFrame(() => requestAnimationFrame(() => data.onScreen.push(performance.now())));
    void t;
  };
  addEventListener('citystat-render', drawn, true);
  addEventListener('bench-drawn', drawn, true);
}

/** The phone: viewport, reduced motion, network and CPU slowdown; resolves with the page's CDP session. */
export async function throttle(page) {
  await page.setViewport(VIEWPORT);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/** One fresh, throttled load of the article of `lib`; resolves with its figures. */
export async function loadArticle(browser, base, lib, expected, scrollToFigure = -1) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await throttle(page);
    await page.evaluateOnNewDocument(collect, scrollToFigure);
    await page.goto(`${base}/article/${lib}.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction((n) => window.__article.onScreen.length >= n, { timeout: 120_000, polling: 100 }, expected);
    // late shifts (a resize re-render, a font) still count
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const r = await page.evaluate(() => {
      const d = window.__article;
      const largest = d.shifts.reduce((a, b) => (b.value > (a?.value ?? -1) ? b : a), undefined);
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        rendered: Math.max(...d.renders.map((x) => x.t)),
        onScreen: Math.max(...d.onScreen),
        charts: d.renders.length,
        longTasks: d.longTasks.length,
        longest: Math.max(0, ...d.longTasks),
        taskList: d.longTaskStarts.map((t, i) => `${Math.round(t)}+${Math.round(d.longTasks[i])}`),
        cls: d.shifts.reduce((s, x) => s + x.value, 0),
        largest: largest ? { value: largest.value, t: largest.t, sources: largest.sources } : undefined,
        shifts: d.shifts.map((x) => ({ t: Math.round(x.t), value: x.value, sources: x.sources })),
      };
    });
    return { ...r, errors };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * The same page with scripts off: its long tasks (start+ms) are the page's own first layout
 * (text, and citystat's tables), the part of a load no library's code is in. The entries are
 * read once the load is over, with scripts on again (the observer's buffer keeps them).
 */
export async function scriptlessTasks(browser, base, lib) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await throttle(page);
    await page.goto(`${base}/article/${lib}.html`, { waitUntil: 'load', timeout: 120_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.setJavaScriptEnabled(true);
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          const seen = performance.getEntriesByType('longtask');
          if (seen.length) resolve(seen.map((e) => e.duration));
          new PerformanceObserver((list) => resolve(list.getEntries().map((e) => e.duration))).observe({
            type: 'longtask',
            buffered: true,
          });
          setTimeout(() => resolve([]), 1000);
        }),
    );
  } finally {
    await context.close().catch(() => {});
  }
}

/** Where the reader is while the page loads: at the top, or scrolled to the second chart (FDI). */
const POSITIONS = { top: -1, 'at chart 2': 1 };

/** `reps` loads per library and position, interleaved; returns {results, lines} for the report. */
export async function runArticle(
  browser,
  base,
  { reps = 5, libs = ['citystat', 'citystat-preload', 'chartjs', 'plot'], log = () => {} } = {},
) {
  const expected = { citystat: 4, 'citystat-preload': 4, chartjs: 3, plot: 3 };
  const cases = Object.keys(POSITIONS).flatMap((position) => libs.map((lib) => ({ lib, position, key: `${lib} ${position}` })));
  const runs = Object.fromEntries(cases.map((c) => [c.key, []]));
  for (let rep = 0; rep < reps; rep++) {
    for (const c of cases.map((_, i) => cases[(i + rep) % cases.length])) {
      try {
        runs[c.key].push(await loadArticle(browser, base, c.lib, expected[c.lib], POSITIONS[c.position]));
      } catch (err) {
        log(`  article / ${c.key}: ${String(err?.message ?? err).split('\n')[0]}`);
      }
    }
    log(`  article: load ${rep + 1}/${reps} done`);
  }
  const scriptless = {};
  for (const lib of ['citystat', 'chartjs'].filter((l) => libs.includes(l)))
    for (let rep = 0; rep < reps; rep++) (scriptless[lib] ??= []).push(await scriptlessTasks(browser, base, lib));
  const results = {};
  for (const c of cases) {
    const rs = runs[c.key];
    if (!rs.length) continue;
    const byCls = [...rs].sort((a, b) => a.cls - b.cls);
    results[c.key] = {
      lib: c.lib,
      position: c.position,
      loads: rs.length,
      charts: rs[0].charts,
      fcp: median(rs.map((r) => r.fcp)),
      rendered: median(rs.map((r) => r.rendered)),
      onScreen: median(rs.map((r) => r.onScreen)),
      onScreenRange: [Math.min(...rs.map((r) => r.onScreen)), Math.max(...rs.map((r) => r.onScreen))],
      longTasks: median(rs.map((r) => r.longTasks)),
      longest: median(rs.map((r) => r.longest)),
      cls: median(rs.map((r) => r.cls)),
      clsRange: [byCls[0].cls, byCls.at(-1).cls],
      largest: byCls[byCls.length >> 1].largest, // from the median load
      runs: rs,
    };
  }
  return { results, scriptless, lines: [...report(results, reps), ...scriptlessReport(scriptless)] };
}

const NAMES = { citystat: 'citystat table-first', 'citystat-preload': 'citystat + modulepreload', chartjs: 'Chart.js', plot: 'Plot' };

function report(results, reps) {
  const f = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const lines = [
    '',
    `Article on a throttled phone: 390 px, Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up), CPU ${CPU_SLOWDOWN}× slower; median of ${reps} fresh loads`,
    `  ${'library, reader'.padEnd(33)} ${'charts'.padEnd(7)} ${'text ms'.padEnd(8)} ${'rendered ms'.padEnd(12)} ${'on screen ms (min–max)'.padEnd(24)} ${'long tasks'.padEnd(11)} ${'longest ms'.padEnd(11)} ${'CLS (min–max)'.padEnd(22)} largest shift (median load)`,
  ];
  for (const r of Object.values(results)) {
    const largest = r.largest ? `${r.largest.value.toFixed(4)} at ${Math.round(r.largest.t)} ms: ${r.largest.sources.join(', ')}` : 'none';
    lines.push(
      `  ${`${NAMES[r.lib]}, ${r.position}`.padEnd(33)} ${String(r.charts).padEnd(7)} ${f(r.fcp).padEnd(8)} ${f(r.rendered).padEnd(12)} ${`${f(r.onScreen)} (${f(r.onScreenRange[0])}–${f(r.onScreenRange[1])})`.padEnd(24)} ${String(r.longTasks).padEnd(11)} ${f(r.longest).padEnd(11)} ${`${r.cls.toFixed(4)} (${r.clsRange[0].toFixed(4)}–${r.clsRange[1].toFixed(4)})`.padEnd(22)} ${largest}`,
    );
  }
  return lines;
}

/** One line per page loaded with scripts off: long tasks per load and the longest (median, min–max). */
function scriptlessReport(scriptless) {
  const lines = ["  with scripts off (the page's own first layout: text, and the tables of the table-first figures):"];
  for (const [lib, loads] of Object.entries(scriptless)) {
    const longest = loads.map((l) => Math.max(0, ...l));
    lines.push(
      `  ${`${lib === 'citystat' ? 'citystat table-first' : NAMES[lib]} page`.padEnd(33)} long tasks ${median(loads.map((l) => l.length))}, longest ${median(longest).toFixed(1)} ms (${Math.min(...longest).toFixed(1)}–${Math.max(...longest).toFixed(1)})`,
    );
  }
  return lines;
}
