// npm run bench: citystat against Chart.js 4 and Observable Plot 0.6, same
// data, same 478×318 px boxes, animations off, in headless Chromium.
//
//   node scripts/bench.mjs [--reps 7] [--heavy-reps 3] [--budget 300] [--no-build] [--only <regex>] [--no-cpu]
//                          [--article-reps 5] [--cdn <dir>]
//
// --cdn <dir> times another build of dist/cdn (e.g. a copy made before a
// change) instead of this tree's: run it and the current build back to back.
//
// 1. builds (scripts/build.mjs) and snapshots dist/cdn to bench/results/cdn
//    (so a concurrent build cannot pull files away mid-run);
// 2. sizes: gzip and brotli bytes of what a page downloads to draw charts
//    from JSON: citystat = dist/cdn/citystat.js + the chunks it imports
//    statically; Chart.js = chart.umd.js; Plot = plot.umd.min.js + d3.min.js
//    (its UMD needs the d3 UMD bundle);
// 3. serves bench/pages on 127.0.0.1 and, for every repetition, every scenario
//    and every library (order rotated per repetition: interleaved), opens a
//    fresh page in a fresh browser context and times one scenario there:
//    from element creation to two animation frames after the render is
//    complete (citystat: `await el.settled()`; peers: their synchronous
//    render), or the JS heap after 50 charts; the interaction rows send a
//    real pointer move or arrow key (CDP) and time it to the updated tooltip
//    (bench/harness/interact.js);
// 4. the article on a throttled phone (bench/article-throttled.mjs): time to
//    the charts on screen, long tasks and layout shift of a news article at
//    390 px over Slow 4G, CPU 4× slower, 5 loads (--article-reps);
// 5. prints medians with min–max and the citystat/peer ratios, and writes
//    bench/results/latest.json.
//
// Frames are the browser's own 60 Hz frames (headless Chromium ignores
// --disable-frame-rate-limit): "two frames after render" adds 17–33 ms of
// waiting to every figure, the same for every library. The phases behind a
// figure (validate, layout, templates, DOM, style, paint) are in
// bench/profile.mjs.
//
// CPU: every timed page is traced, and the renderer main thread's CPU time
// between the same two instants is reported too (bench/trace.mjs): unlike
// wall time it holds when other processes share the machine. --no-cpu turns
// tracing off (pure wall times, no tracing overhead).
//
// The largest cases (N=10,000, and every N ≥ 1,000 with all bars drawn) run
// `--heavy-reps` times (default 3) so that the run stays within ~5 minutes;
// and once 3 repetitions are done, no further one starts when it would end
// after `--budget` seconds (default 300) from the start: the table then says
// how many were run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { TRACE_CATEGORIES, mainThreadWork } from '../bench/trace.mjs';
import { articlePages, runArticle } from '../bench/article-throttled.mjs';
import { interact } from '../bench/interact.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench/results');
const snapshot = join(resultsDir, 'cdn');

// ---- options ------------------------------------------------------------------
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const REPS = Math.max(1, Number(opt('reps', 7)) || 7);
const BUILD = !argv.includes('--no-build');
const ONLY = opt('only') ? new RegExp(opt('only'), 'i') : undefined;
const CPU = !argv.includes('--no-cpu');
const BUDGET = Number(opt('budget', 300)) || 300;
const ARTICLE_REPS = Math.max(1, Number(opt('article-reps', 5)) || 5);
const CDN = opt('cdn') ? normalize(opt('cdn')) : join(root, 'dist/cdn');
const HEAVY_REPS = Math.max(1, Math.min(REPS, Number(opt('heavy-reps', 3)) || 3));
const started = Date.now();

// ---- build and snapshot ---------------------------------------------------------
if (BUILD) {
  process.stdout.write('building (node scripts/build.mjs)… ');
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    console.error(`\nbuild failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    process.exit(1);
  }
  console.log('done');
}
if (!existsSync(join(CDN, 'citystat.js'))) {
  console.error(`${join(CDN, 'citystat.js')} is missing: run without --no-build`);
  process.exit(1);
}
rmSync(snapshot, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
cpSync(CDN, snapshot, { recursive: true });

// ---- the peers' files -------------------------------------------------------------
/** First existing path among candidates (node_modules layout may nest d3 under plot). */
const firstFile = (...paths) => paths.map((p) => join(root, p)).find((p) => existsSync(p));
const vendor = {
  'chart.umd.js': firstFile('node_modules/chart.js/dist/chart.umd.js'),
  'plot.umd.min.js': firstFile('node_modules/@observablehq/plot/dist/plot.umd.min.js'),
  'd3.min.js': firstFile('node_modules/@observablehq/plot/node_modules/d3/dist/d3.min.js', 'node_modules/d3/dist/d3.min.js'),
};
for (const [name, path] of Object.entries(vendor)) {
  if (!path) {
    console.error(`${name} not found in node_modules: run npm install`);
    process.exit(1);
  }
}
const version = (pkg) => {
  for (const p of [`node_modules/${pkg}/package.json`, `node_modules/@observablehq/plot/node_modules/${pkg}/package.json`]) {
    if (existsSync(join(root, p))) return JSON.parse(readFileSync(join(root, p), 'utf8')).version;
  }
  return '?';
};

// ---- sizes ------------------------------------------------------------------------
function bytes(files) {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  // Each file is downloaded and compressed on its own: sum per file.
  const per = files.map((f) => {
    const b = readFileSync(f);
    return {
      gzip: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  return {
    files: files.map((f) => f.replace(`${root}/`, '').replace('bench/results/cdn', 'dist/cdn')),
    min: buf.length,
    gzip: per.reduce((s, p) => s + p.gzip, 0),
    brotli: per.reduce((s, p) => s + p.brotli, 0),
  };
}

/** citystat.js and the chunks it imports statically (what every page downloads). */
function staticGraph(entry) {
  const seen = new Set([entry]);
  const lazy = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const dep = normalize(join(dirname(file), m[1]));
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
    for (const m of code.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) lazy.add(normalize(join(dirname(file), m[1])));
  }
  for (const f of seen) lazy.delete(f);
  return { files: [...seen], lazy: [...lazy] };
}

// citystat.js is the core (lit, base element, shared code) and loads each
// widget's code (a chunk that calls customElements.define) when its tag
// appears; other chunks (error messages, CSV, downloads) load only when used.
const core = staticGraph(join(snapshot, 'citystat.js'));
const widgetChunks = {};
const onDemand = [];
for (const file of core.lazy) {
  const tag = /customElements\.define\(\s*["'](citystat-[a-z-]+)["']/.exec(readFileSync(file, 'utf8'))?.[1];
  if (tag) widgetChunks[tag] = staticGraph(file).files.filter((f) => !core.files.includes(f));
  else onDemand.push(file);
}
const allWidgetFiles = [...new Set(Object.values(widgetChunks).flat())];
const sizes = {
  citystat: {
    // what a page with every widget downloads to draw them from JSON
    ...bytes([...core.files, ...allWidgetFiles]),
    core: bytes(core.files),
    // a page with one widget: the core and that widget's code
    pages: Object.fromEntries(Object.entries(widgetChunks).map(([tag, files]) => [tag, bytes([...core.files, ...files])])),
    widgets: Object.fromEntries(Object.entries(widgetChunks).map(([tag, files]) => [tag, bytes(files)])),
    lazy: onDemand.map((f) => bytes([f])),
  },
  chartjs: bytes([vendor['chart.umd.js']]),
  plot: bytes([vendor['plot.umd.min.js'], vendor['d3.min.js']]),
};

// the throttled article (bench/article-throttled.mjs), served at /article/<lib>.html
const ARTICLE = !ONLY || ONLY.test('article-throttled');
const article = ARTICLE ? await articlePages(root) : {};

// ---- server -----------------------------------------------------------------------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};
function serveFile(res, file) {
  if (!file || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
}
const inside = (base, path) => {
  const file = normalize(join(base, path));
  return file.startsWith(`${base}/`) ? file : undefined;
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const articleLib = /^\/article\/([\w-]+)\.html$/.exec(path)?.[1];
  if (article[articleLib])
    return res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' }).end(article[articleLib]);
  if (path.startsWith('/vendor/')) return serveFile(res, vendor[path.slice(8)]);
  if (path.startsWith('/cdn/')) return serveFile(res, inside(snapshot, path.slice(5)));
  if (path.startsWith('/bench/') && !path.startsWith('/bench/results/')) return serveFile(res, inside(join(root, 'bench'), path.slice(7)));
  if (path.startsWith('/data-schemas/')) return serveFile(res, inside(join(root, 'data-schemas'), path.slice(14)));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- browser ----------------------------------------------------------------------
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  protocolTimeout: 180_000,
  args: [
    ...chromeArgs,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--disable-extensions',
  ],
});
// Ctrl-C or a kill: close the browser this script started, then leave.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void browser.close().finally(() => process.exit(130));
  });
}
const chromeVersion = await browser.version();

/** Opens a fresh page (own browser context) of one library and waits for its harness. */
async function openPage(lib) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}/bench/pages/${lib}.html`, { waitUntil: 'load' });
  await page.bringToFront();
  const info = await page.evaluate(async () => {
    for (let i = 0; i < 200 && !window.bench; i++) await new Promise((r) => setTimeout(r, 10));
    if (!window.bench) throw new Error('harness did not start');
    return window.bench.ready;
  });
  return { page, context, errors, info };
}

// ---- what is available ----------------------------------------------------------------
const probe = await openPage('citystat');
const available = probe.info.kinds; // widget kinds registered in citystat.js and with an example file
await probe.context.close();
const TRIO = ['sector', 'fdi', 'fair'];
const trio = TRIO.filter((k) => available.includes(k));
const names = { sector: 'A sector', fdi: 'B FDI', fair: 'C fair' };
const letter = { sector: 'A', fdi: 'B', fair: 'C' };
const trioLabel =
  trio.length === 3
    ? 'A+B+C on one page'
    : `${trio.map((k) => letter[k]).join('+')} on one page (${TRIO.filter((k) => !trio.includes(k))
        .map((k) => letter[k])
        .join(', ')} n/a)`;

// ---- scenarios ------------------------------------------------------------------------
const CS = 'citystat';
const CS_ALL = 'citystat all bars';
const PEERS = ['chartjs', 'plot'];
const LIBS = { [CS]: 'citystat', [CS_ALL]: 'citystat', chartjs: 'chartjs', plot: 'plot' };
const ALL_BARS = { 'max-bars': '0' };

/** id, group, label, libs, spec per lib (a function of the lib key), what is measured. */
const scenarios = [];
for (const kind of TRIO) {
  scenarios.push({
    id: `one-${kind}`,
    group: 'charts',
    label: `${names[kind]} (example)`,
    libs: [CS, ...PEERS],
    spec: { scenario: 'charts', kinds: [kind] },
  });
}
scenarios.push({
  id: 'trio',
  group: 'charts',
  label: trioLabel,
  libs: [CS, ...PEERS],
  spec: { scenario: 'charts', kinds: trio.length ? trio : TRIO },
  headline: true,
});
for (const n of [8, 100, 1000, 10000]) {
  scenarios.push({
    id: `n-${n}`,
    group: 'n',
    label: `sector N=${n.toLocaleString('en')}`,
    libs: [CS, CS_ALL, ...PEERS],
    spec: { scenario: 'charts', kinds: ['sector'], n },
    // repetitions per library: the big ones are slow
    reps: (lib) => (n >= 10000 || (n >= 1000 && lib === CS_ALL) ? HEAVY_REPS : REPS),
  });
}
scenarios.push({
  id: 'many-100',
  group: 'many',
  label: `100 charts (${(trio.length ? trio : ['sector']).map((k) => letter[k]).join('/')} cycled)`,
  libs: [CS, ...PEERS],
  spec: { scenario: 'charts', kinds: trio.length ? trio : ['sector'], count: 100 },
});
scenarios.push({
  id: 'four',
  group: 'many',
  label: 'the four citystat widgets',
  libs: [CS],
  spec: { scenario: 'charts', kinds: ['sector', 'fdi', 'fair', 'kpi'] },
});
for (const n of [12, 120, 1200]) {
  scenarios.push({
    id: `trend-${n}`,
    group: 'trend',
    label: `trend N=${n.toLocaleString('en')} points`,
    libs: [CS],
    spec: { scenario: 'charts', kinds: ['trend'], n },
  });
}
for (const n of [8, 100]) {
  scenarios.push({
    id: `rerender-${n}`,
    group: 'rerender',
    label: `re-render N=${n}`,
    libs: [CS, CS_ALL, ...PEERS],
    spec: { scenario: 'rerender', n },
  });
}
// interaction: from a pointer move onto the second bar (or ArrowDown on the
// focused first bar) to two frames after its tooltip shows (bench/harness/interact.js)
for (const via of ['pointer', 'key']) {
  for (const n of [8, 100]) {
    scenarios.push({
      id: `tip-${via}-${n}`,
      group: 'interact',
      label: `tooltip after ${via === 'key' ? 'an arrow key' : 'a pointer move'}, N=${n}`,
      libs: [CS, CS_ALL, ...PEERS],
      spec: { scenario: 'interact', via, n },
    });
  }
}
scenarios.push({
  id: 'heap-50',
  group: 'heap',
  label: `JS heap, 50 charts (MB)`,
  libs: [CS, ...PEERS],
  spec: { scenario: 'charts', kinds: trio.length ? trio : ['sector'], count: 50 },
  heap: true,
});
const selected = scenarios.filter((s) => !ONLY || ONLY.test(s.id) || ONLY.test(s.label));

async function measure(s, lib, rep) {
  const spec = { ...s.spec, ...(lib === CS_ALL ? { attrs: ALL_BARS } : {}) };
  const { page, context, errors } = await openPage(LIBS[lib]);
  try {
    let heapBefore;
    let cdp;
    if (s.heap) {
      cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    const traced = CPU && !s.heap;
    let tracing = false;
    const startTrace = async () => {
      if (traced) await page.tracing.start({ categories: TRACE_CATEGORIES });
      tracing = traced;
    };
    let r;
    if (spec.scenario === 'interact') r = await interact(page, spec, startTrace);
    else {
      await startTrace();
      r = await page.evaluate((sp) => window.bench.run(sp), spec);
    }
    const work = tracing ? mainThreadWork(await page.tracing.stop()) : undefined;
    if (r.error) throw new Error(r.error);
    if (r.na) return { na: r.na };
    if (s.heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      return { value: after / 1048576, delta: (after - heapBefore) / 1048576, errors };
    }
    return { value: r.ms, cpu: work?.cpuMs, cpuKinds: work?.cpu, nodes: r.nodes, errors };
  } catch (err) {
    return { error: String(err?.message ?? err).split('\n')[0], errors };
  } finally {
    await context.close().catch(() => {});
    void rep;
  }
}

// ---- run, interleaved -------------------------------------------------------------------
const raw = {}; // raw[scenarioId][lib] = [{value, ...}]
const loadBefore = loadavg();
const repsOf = (s, lib) => (s.reps ? s.reps(lib) : REPS);
const total = selected.reduce((n, s) => n + s.libs.reduce((m, lib) => m + repsOf(s, lib), 0), 0);
let done = 0;
let repsDone = 0;
let lastRepSeconds = 0;
for (let rep = 0; rep < REPS; rep++) {
  const repStart = Date.now();
  const elapsed = (Date.now() - started) / 1000;
  const perRep = lastRepSeconds; // later repetitions skip the heavy cases: the last one is the best guess
  if (rep >= 3 && elapsed + perRep > BUDGET) {
    console.log(`\ntime budget (${BUDGET} s) reached: ${rep} repetitions instead of ${REPS}`);
    break;
  }
  for (const s of selected) {
    const libs = s.libs.map((_, i) => s.libs[(i + rep) % s.libs.length]);
    for (const lib of libs) {
      if (rep >= repsOf(s, lib)) continue;
      const r = await measure(s, lib, rep);
      ((raw[s.id] ??= {})[lib] ??= []).push(r);
      done++;
      if (r.error) console.error(`  ${s.id} / ${lib}: ${r.error}`);
      else if (r.errors?.length) console.error(`  ${s.id} / ${lib}: page error: ${r.errors[0]}`);
    }
  }
  repsDone++;
  lastRepSeconds = (Date.now() - repStart) / 1000;
  process.stdout.write(`\rrepetition ${rep + 1}/${REPS} (${done}/${total} pages, ${Math.round((Date.now() - started) / 1000)} s)`);
}
process.stdout.write('\n');
const articleRun = ARTICLE ? await runArticle(browser, base, { reps: ARTICLE_REPS, log: (l) => console.log(l) }) : undefined;
await browser.close();
server.close();
const loadAfter = loadavg();

// ---- statistics -------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const results = selected.map((s) => {
  const libs = {};
  for (const lib of s.libs) {
    const runs = raw[s.id]?.[lib] ?? [];
    const ok = runs.filter((r) => typeof r.value === 'number');
    const na = runs.find((r) => r.na)?.na;
    const error = runs.find((r) => r.error)?.error;
    if (!ok.length) {
      libs[lib] = { na: na ?? error ?? 'no result' };
      continue;
    }
    const values = ok.map((r) => r.value);
    const cpus = ok.map((r) => r.cpu).filter((v) => typeof v === 'number');
    const kinds = {};
    if (cpus.length) for (const k of Object.keys(ok[0].cpuKinds ?? {})) kinds[k] = median(ok.map((r) => r.cpuKinds[k]));
    libs[lib] = {
      median: median(values),
      min: Math.min(...values),
      max: Math.max(...values),
      runs: values.map((v) => Math.round(v * 100) / 100),
      ...(cpus.length ? { cpu: { median: median(cpus), min: Math.min(...cpus), max: Math.max(...cpus), runs: cpus, kinds } } : {}),
      ...(ok[0].nodes !== undefined ? { nodes: median(ok.map((r) => r.nodes)) } : {}),
      ...(ok[0].delta !== undefined ? { deltaMB: median(ok.map((r) => r.delta)) } : {}),
      ...(error ? { failures: runs.length - ok.length } : {}),
    };
  }
  const ratioSet = (get) => {
    const out = {};
    const peerValues = PEERS.map((p) => get(libs[p])).filter((v) => v !== undefined);
    const best = peerValues.length ? Math.min(...peerValues) : undefined;
    for (const cs of [CS, CS_ALL]) {
      const m = get(libs[cs]);
      if (m === undefined) continue;
      out[cs] = {};
      for (const p of PEERS) if (get(libs[p])) out[cs][p] = m / get(libs[p]);
      if (best) out[cs].fastestPeer = m / best;
    }
    return out;
  };
  const ratios = ratioSet((l) => l?.median);
  const cpuRatios = ratioSet((l) => l?.cpu?.median);
  return { id: s.id, label: s.label, unit: s.heap ? 'MB' : 'ms', libs, ratios, ...(Object.keys(cpuRatios).length ? { cpuRatios } : {}) };
});

// ---- report ---------------------------------------------------------------------------
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const cell = (r) => (!r ? '' : r.na ? 'n/a' : `${fmt(r.median)} (${fmt(r.min)}–${fmt(r.max)})`);
const ratio = (v) => (v === undefined ? '' : `${v.toFixed(2)}×`);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

const lines = [];
lines.push('');
lines.push(`Bundles (what a page downloads to draw from JSON)      min        gzip      brotli`);
const sizeRow = (name, s) => lines.push(`  ${pad(name, 50)} ${padL(kB(s.min), 9)} ${padL(kB(s.gzip), 9)} ${padL(kB(s.brotli), 9)}`);
const short = (f) => f.replace('dist/cdn/', '');
const cs = sizes.citystat;
if (Object.keys(cs.widgets).length) {
  sizeRow(`citystat, page with all ${Object.keys(cs.widgets).length} widgets`, cs);
  sizeRow(`  core: ${cs.core.files.map(short).join(' + ')}`, cs.core);
  for (const [tag, w] of Object.entries(cs.widgets)) sizeRow(`  + ${tag.replace('citystat-', '')} (${w.files.map(short).join(' + ')})`, w);
  const sector = cs.pages['citystat-sector-breakdown'];
  if (sector) sizeRow(`citystat, page with the sector breakdown only`, sector);
} else {
  sizeRow(`citystat ${cs.files.map(short).join(' + ')}`, cs);
}
for (const l of cs.lazy) sizeRow(`  only when used: ${short(l.files[0])}`, l);
sizeRow(`Chart.js ${version('chart.js')} chart.umd.js`, sizes.chartjs);
sizeRow(`Plot ${version('@observablehq/plot')} plot.umd.min.js + d3 ${version('d3')} d3.min.js`, sizes.plot);
lines.push(
  `  citystat/Chart.js gzip ${ratio(sizes.citystat.gzip / sizes.chartjs.gzip)}, citystat/Plot gzip ${ratio(sizes.citystat.gzip / sizes.plot.gzip)}`,
);
lines.push('');
lines.push(
  `Timings: median (min–max) of ${repsDone} fresh pages (${Math.min(HEAVY_REPS, repsDone)} for N=10,000 and all bars at N ≥ 1,000), ms from creation to two frames after render; heap in MB`,
);
const head = `  ${pad('scenario', 34)} ${pad('citystat', 22)} ${pad('citystat all bars', 22)} ${pad('Chart.js', 22)} ${pad('Plot', 22)} ${pad('cs/Chart', 8)} ${pad('cs/Plot', 8)} cs/best`;
lines.push(head);
lines.push(`  ${'-'.repeat(head.length - 2)}`);
for (const r of results) {
  const rr = r.ratios[CS] ?? {};
  lines.push(
    `  ${pad(r.label, 34)} ${pad(cell(r.libs[CS]), 22)} ${pad(cell(r.libs[CS_ALL]), 22)} ${pad(cell(r.libs.chartjs), 22)} ${pad(cell(r.libs.plot), 22)} ${pad(ratio(rr.chartjs), 8)} ${pad(ratio(rr.plot), 8)} ${ratio(rr.fastestPeer)}`,
  );
  const ra = r.ratios[CS_ALL];
  if (ra) lines.push(`  ${pad('', 34)} ${pad('', 22)} ${pad(`all bars: cs/best ${ratio(ra.fastestPeer)}`, 22)}`);
}
if (CPU) {
  lines.push('');
  lines.push(`Main-thread CPU time over the same interval (ms, median (min–max); holds on a busy machine)`);
  const cpuCell = (r) => (!r ? '' : r.na ? 'n/a' : r.cpu ? `${fmt(r.cpu.median)} (${fmt(r.cpu.min)}–${fmt(r.cpu.max)})` : '');
  lines.push(head);
  lines.push(`  ${'-'.repeat(head.length - 2)}`);
  for (const r of results) {
    if (!r.cpuRatios && !Object.values(r.libs).some((l) => l.cpu)) continue;
    const rr = r.cpuRatios?.[CS] ?? {};
    lines.push(
      `  ${pad(r.label, 34)} ${pad(cpuCell(r.libs[CS]), 22)} ${pad(cpuCell(r.libs[CS_ALL]), 22)} ${pad(cpuCell(r.libs.chartjs), 22)} ${pad(cpuCell(r.libs.plot), 22)} ${pad(ratio(rr.chartjs), 8)} ${pad(ratio(rr.plot), 8)} ${ratio(rr.fastestPeer)}`,
    );
    const ra = r.cpuRatios?.[CS_ALL];
    if (ra) lines.push(`  ${pad('', 34)} ${pad('', 22)} ${pad(`all bars: cs/best ${ratio(ra.fastestPeer)}`, 22)}`);
  }
}
const nodesLine = results
  .filter((r) => r.id.startsWith('n-'))
  .map((r) => `${r.label.replace('sector ', '')}: ${[CS, CS_ALL, 'plot'].map((l) => r.libs[l]?.nodes ?? '-').join(' / ')}`)
  .join('; ');
if (nodesLine) lines.push(`  DOM nodes (citystat / all bars / Plot; Chart.js draws on one canvas): ${nodesLine}`);
const heap = results.find((r) => r.id === 'heap-50');
if (heap)
  lines.push(
    `  heap added by the 50 charts (MB): ${[CS, ...PEERS].map((l) => `${l} ${heap.libs[l]?.deltaMB?.toFixed(2) ?? 'n/a'}`).join(', ')}`,
  );
if (articleRun) lines.push(...articleRun.lines);
const seconds = Math.round((Date.now() - started) / 1000);
lines.push('');
lines.push(
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${chromeVersion} · ${cpus().length}× ${cpus()[0]?.model?.trim()} · load ${loadBefore[0].toFixed(2)} → ${loadAfter[0].toFixed(2)} · ${seconds} s`,
);
console.log(lines.join('\n'));

const git = (args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const out = {
  date: new Date().toISOString(),
  machine: {
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpu: cpus()[0]?.model?.trim(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chrome: chromeVersion,
    loadBefore,
    loadAfter,
  },
  git: { commit: git(['rev-parse', 'HEAD']), dirty: git(['status', '--porcelain', '--', 'src']) !== '' },
  settings: {
    reps: REPS,
    box: '478x318',
    heavyReps: HEAVY_REPS,
    cpu: CPU ? 'renderer main-thread CPU time from a trace of every timed page (bench/trace.mjs)' : 'off',
    frames: '60 Hz (two requestAnimationFrame after render)',
    reducedMotion: true,
    citystatWidgets: available,
    versions: { 'chart.js': version('chart.js'), '@observablehq/plot': version('@observablehq/plot'), d3: version('d3') },
  },
  sizes,
  results,
  ...(articleRun ? { article: articleRun.results } : {}),
  seconds,
};
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote bench/results/latest.json`);
