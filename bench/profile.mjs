// Where does citystat's time go? Runs chosen bench scenarios on the
// unminified tsc output (bench/pages/citystat-dev.html) and reports, per
// scenario:
//  - wall time (creation → two frames after render), median of --reps fresh
//    pages, for the baseline and for each experiment (a candidate change
//    applied as a monkey patch on the page: see bench/harness/citystat-dev.js);
//  - phases summed over all elements (wrapped methods): validation, layout,
//    templates (render()), lit's DOM commit (update() − render()), number of
//    updates;
//  - main-thread CPU time (thread time from a trace of every page, so it
//    holds on a busy machine where wall time does not), by kind: script,
//    style, layout, paint, GC;
//  - from one more baseline page: the functions and files with most self
//    time (CPU profile, 100 µs sampling).
//
//   node bench/profile.mjs [--reps 3] [--no-build] [--only <regex>] [--exp <regex>]
//
// Writes bench/results/profile.json. Wall times are noisy on a busy machine:
// compare CPU times, and variants measured in the same run only.
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { median } from './median.mjs';
import { option } from './options.mjs';
import { CONTENT_TYPES, inside } from './server.mjs';
import { TRACE_CATEGORIES, mainThreadWork } from './trace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench/results');
const snapshot = join(resultsDir, 'dist');
const argv = process.argv.slice(2);
const opt = (name, fallback) => option(argv, name, fallback);
const REPS = Math.max(1, Number(opt('reps', 3)) || 3);
const ONLY = opt('only') ? new RegExp(opt('only'), 'i') : undefined;
const EXP = opt('exp') ? new RegExp(opt('exp'), 'i') : undefined;

if (!argv.includes('--no-build')) {
  process.stdout.write('building… ');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  console.log('done');
}
rmSync(snapshot, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
cpSync(join(root, 'dist'), snapshot, { recursive: true, filter: (src) => !src.includes('/dist/cdn') });

// ---- server: bench pages, the dist snapshot, lit and d3 modules -------------------------
const MODULES = /^(lit|lit-html|lit-element|@lit\/reactive-element|d3-[a-z-]+|internmap)\//;
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  let file;
  if (path.startsWith('/dist/')) file = inside(snapshot, path.slice(6));
  else if (path.startsWith('/bench/') && !path.startsWith('/bench/results/')) file = inside(join(root, 'bench'), path.slice(7));
  else if (path.startsWith('/data-schemas/')) file = inside(join(root, 'data-schemas'), path.slice(14));
  else if (path.startsWith('/node_modules/') && MODULES.test(path.slice(14))) file = inside(join(root, 'node_modules'), path.slice(14));
  if (!file || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launchBrowser({ protocolTimeout: 300_000 });

let knownWidth = 0;
async function openPage(exps, extra = '') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}/bench/pages/citystat-dev.html?exp=${exps.join(',')}&width=${knownWidth}${extra}`, { waitUntil: 'load' });
  await page.bringToFront();
  const info = await page.evaluate(async () => {
    for (let i = 0; i < 300 && !window.bench; i++) await new Promise((r) => setTimeout(r, 10));
    return window.bench.ready;
  });
  return { page, context, errors, info };
}

// ---- scenarios and experiments ------------------------------------------------------------
const probe = await openPage([], '&probe');
const kinds = probe.info.kinds;
knownWidth = await probe.page.evaluate(() => window.knownWidth);
console.log(`widgets: ${kinds.join(', ')}; width inside a 478 px box: ${knownWidth} px`);
await probe.context.close();
const trio = ['sector', 'fdi', 'fair'].filter((k) => kinds.includes(k));
const ALL = { 'max-bars': '0' };
const TABLE = [['table-flat'], ['table-dom'], ['table-none'], ['table-fixed'], ['table-sep'], ['table-cv']];
const SMALL = [[], ['width'], ['intl-warm'], ['width', 'intl-warm']];
const BIG = [[], ['width'], ['table-none'], ['width', 'intl-warm', 'table-none']];
const scenarios = [
  { id: 'trio', spec: { scenario: 'charts', kinds: trio }, exps: SMALL },
  { id: 'n-8', spec: { scenario: 'charts', kinds: ['sector'], n: 8 }, exps: SMALL },
  { id: 'n-100', spec: { scenario: 'charts', kinds: ['sector'], n: 100 }, exps: [[], ['width']] },
  { id: 'n-100-all', spec: { scenario: 'charts', kinds: ['sector'], n: 100, attrs: ALL }, exps: [[], ['marks-lean']] },
  {
    id: 'n-1000',
    spec: { scenario: 'charts', kinds: ['sector'], n: 1000 },
    exps: [[], ['width'], ...TABLE, ['width', 'table-dom'], ['width', 'intl-warm', 'table-none']],
  },
  { id: 'n-10000', spec: { scenario: 'charts', kinds: ['sector'], n: 10000 }, exps: BIG },
  {
    id: 'n-1000-all',
    spec: { scenario: 'charts', kinds: ['sector'], n: 1000, attrs: ALL },
    exps: [[], ['width'], ['marks-lean'], ['width', 'intl-warm', 'table-none', 'marks-lean']],
  },
  {
    id: 'n-10000-all',
    spec: { scenario: 'charts', kinds: ['sector'], n: 10000, attrs: ALL },
    exps: [[], ['width', 'intl-warm', 'table-none', 'marks-lean']],
    reps: 1,
  },
  { id: 'many-100', spec: { scenario: 'charts', kinds: trio, count: 100 }, exps: [[], ['width'], ['intl-warm'], ['width', 'intl-warm']] },
  { id: 'rerender-100', spec: { scenario: 'rerender', n: 100 }, exps: [[], ['table-none']] },
  { id: 'rerender-100-all', spec: { scenario: 'rerender', n: 100, attrs: ALL }, exps: [[], ['marks-lean']] },
].filter((s) => !ONLY || ONLY.test(s.id));
for (const s of scenarios) s.exps = s.exps.filter((e) => !EXP || !e.length || EXP.test(e.join('+')));

// ---- CPU profile analysis ------------------------------------------------------------------
function analyseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fn = new Map();
  const file = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += us;
    const short = url ? url.replace(/^.*\/(dist|node_modules|bench)\//, '$1/') : '';
    const key = `${functionName || '(anonymous)'}${short ? ` ${short}:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = short ? short.replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1') : functionName;
    file.set(f, (file.get(f) ?? 0) + us);
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => ({ name: k, ms: Math.round(us / 10) / 100, share: Math.round((us / total) * 1000) / 10 }));
  return { sampledMs: Math.round(total / 10) / 100, functions: top(fn, 15), files: top(file, 10) };
}

// ---- run ------------------------------------------------------------------------------------
/** One fresh page: always traced (main-thread CPU time); `profiled` adds a CPU profile. */
async function once(s, exps, profiled) {
  const { page, context, errors } = await openPage(exps);
  try {
    let cdp;
    if (profiled) {
      cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    if (profiled) await cdp.send('Profiler.start');
    const r = await page.evaluate(async (sp) => {
      const result = await window.bench.run(sp);
      return { ...result, phases: { ...window.phases } };
    }, s.spec);
    const profile = profiled ? analyseProfile((await cdp.send('Profiler.stop')).profile) : undefined;
    const trace = mainThreadWork(await page.tracing.stop());
    if (errors.length) r.errors = errors;
    return { ...r, trace, profile };
  } finally {
    await context.close().catch(() => {});
  }
}

const started = Date.now();
const load = [loadavg()[0]];
const out = [];
for (const s of scenarios) {
  const reps = s.reps ?? REPS;
  const variants = s.exps.map((e) => ({ exps: e, runs: [] }));
  for (let rep = 0; rep < reps; rep++) {
    for (const v of variants) v.runs.push(await once(s, v.exps, false));
  }
  const traced = await once(s, [], true);
  const row = { id: s.id, variants: [] };
  for (const v of variants) {
    const ok = v.runs.filter((r) => typeof r.ms === 'number');
    if (!ok.length) {
      row.variants.push({ exps: v.exps, na: v.runs[0]?.na ?? v.runs[0]?.errors?.[0] ?? 'failed' });
      continue;
    }
    const ph = {};
    for (const k of Object.keys(ok[0].phases)) ph[k] = Math.round(median(ok.map((r) => r.phases[k])) * 100) / 100;
    ph.commit = Math.round((ph.update - ph.render) * 100) / 100;
    const cpu = {};
    for (const k of Object.keys(ok[0].trace?.cpu ?? {})) cpu[k] = Math.round(median(ok.map((r) => r.trace.cpu[k])) * 10) / 10;
    row.variants.push({
      exps: v.exps,
      ms: median(ok.map((r) => r.ms)),
      runs: ok.map((r) => Math.round(r.ms)),
      cpuMs: median(ok.map((r) => r.trace?.cpuMs ?? NaN)),
      cpuRuns: ok.map((r) => Math.round(r.trace?.cpuMs ?? NaN)),
      cpu,
      nodes: ok[0].nodes,
      phases: ph,
    });
  }
  row.profile = traced.profile;
  row.tracedMs = traced.ms;
  out.push(row);

  // print
  const b = row.variants[0];
  console.log(`\n== ${s.id} (${reps} reps)`);
  for (const v of row.variants) {
    if (v.na) {
      console.log(`  ${(v.exps.join('+') || 'baseline').padEnd(28)} n/a: ${v.na}`);
      continue;
    }
    const gain = b?.cpuMs && v !== b ? `  CPU ${((v.cpuMs / b.cpuMs) * 100).toFixed(0)}% of baseline` : '';
    const p = v.phases;
    const c = v.cpu;
    console.log(
      `  ${(v.exps.join('+') || 'baseline').padEnd(28)} wall ${v.ms.toFixed(0).padStart(6)} ms [${v.runs.join(', ')}]  main-thread CPU ${v.cpuMs.toFixed(0).padStart(5)} ms [${v.cpuRuns.join(', ')}]${gain}\n` +
        `      CPU: script ${c.script}, style ${c.style}, layout ${c.layout}, paint ${c.paint}, gc ${c.gc}, other ${c.other}\n` +
        `      updates ${p.updates}, willUpdate ${p.willUpdate} (validate ${p.validate}, checkData ${p.checkData}, layout ${p.layout}), ` +
        `render ${p.render} (chart ${p.renderChart}), commit ${p.commit}, updated ${p.updated}; nodes ${v.nodes}`,
    );
  }
  if (row.profile) {
    console.log(`  CPU profile of one more baseline page (${Math.round(traced.ms)} ms wall):`);
    console.log(`  self time by file: ${row.profile.files.map((f) => `${f.name} ${f.share}%`).join(', ')}`);
    console.log(
      `  top functions:\n${row.profile.functions
        .slice(0, 10)
        .map((f) => `    ${f.ms.toFixed(1).padStart(8)} ms ${String(f.share).padStart(5)}%  ${f.name}`)
        .join('\n')}`,
    );
  }
}
load.push(loadavg()[0]);
await browser.close();
server.close();
writeFileSync(
  join(resultsDir, 'profile.json'),
  `${JSON.stringify({ date: new Date().toISOString(), reps: REPS, load, seconds: Math.round((Date.now() - started) / 1000), scenarios: out }, null, 2)}\n`,
);
console.log(
  `\nload ${load.map((l) => l.toFixed(2)).join(' → ')}; ${Math.round((Date.now() - started) / 1000)} s; wrote bench/results/profile.json`,
);
