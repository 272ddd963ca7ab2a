// What each long task of the throttled article holds: loads the article of
// bench/article-throttled.mjs (same page, network, CPU slowdown and reader
// positions) with a Chromium trace and a CPU profile, and prints every task
// of the renderer main thread over 50 ms: its start and length, its time by
// kind of work (script, style, layout, paint…: bench/trace.mjs's kinds), and
// the source lines with most self time in it (minified frames mapped back
// through dist/cdn's source maps: bench/source-lines.mjs).
//
//   node bench/article-trace.mjs [--no-build] [--cdn <dir>] [--lib citystat-preload] [--at 1] [--reps 2]
//
// --sampling: the CPU profile's interval in µs (0: no profile; default 1000).
// --at: the figure the reader is scrolled to while the page loads (-1: the top, the default).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlePages, collect, CPU_SLOWDOWN, throttle } from './article-throttled.mjs';
import { launchBrowser } from './browser.mjs';
import { benchOptions, option } from './options.mjs';
import { peerFiles } from './peers.mjs';
import { buildAndSnapshot } from './snapshot.mjs';
import { startServer } from './server.mjs';
import { sourceLines } from './source-lines.mjs';
import { TRACE_CATEGORIES, kindOf } from './trace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const options = benchOptions(argv, root);
const lib = option(argv, 'lib', 'citystat');
const at = Number(option(argv, 'at', -1));
const reps = Math.max(1, Number(option(argv, 'reps', 1)) || 1);
const LONG_US = 50_000;
// CPU profile sampling (µs; 0: none): the profiler slows the throttled page further
const SAMPLING_US = Number(option(argv, 'sampling', 1000));

const snapshot = buildAndSnapshot(root, options);
const article = await articlePages(root);
const { server, base } = await startServer(root, { snapshot, vendor: peerFiles(root), article });
const browser = await launchBrowser({ protocolTimeout: 180_000 });
const lines = sourceLines(snapshot, base);

for (let rep = 0; rep < reps; rep++) {
  const { events, profile, shifts, longTasks } = await tracedLoad();
  report(events, profile, shifts);
  console.log(`  the page's longtask entries (start+duration ms): ${longTasks.join(', ')}`);
}
await browser.close();
server.close();

async function tracedLoad() {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await throttle(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await page.evaluateOnNewDocument(collect, at);
    await page.evaluateOnNewDocument(watchFigures);
    await page.tracing.start({ categories: [...TRACE_CATEGORIES, 'loading'] });
    if (SAMPLING_US) await cdp.send('Profiler.start');
    await page.goto(`${base}/article/${lib}.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__article.onScreen.length >= 4, { timeout: 120_000, polling: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { shifts, longTasks } = await page.evaluate(() => ({
      shifts: [
        ...window.__article.shifts,
        ...window.__figures,
        ...[...document.querySelectorAll('figure')].map((f, i) => ({
          t: performance.now(),
          what: `figure ${i + 1} at the end: ${Math.round(f.getBoundingClientRect().height)} px high, widget ${Math.round(f.firstElementChild.getBoundingClientRect().width)} px wide, renders ${window.__article.renders.filter((r) => r.target === f.firstElementChild).length}`,
        })),
      ].sort((a, b) => a.t - b.t),
      longTasks: window.__article.longTaskStarts.map((t, i) => `${Math.round(t)}+${Math.round(window.__article.longTasks[i])}`),
    }));
    const { profile } = SAMPLING_US ? await cdp.send('Profiler.stop') : {};
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    return { events, profile, shifts, longTasks };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The renderer main thread's complete events: the one that ran the article. */
function mainThread(events) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/article/'));
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = threads.find((t) => t.pid === nav?.pid) ?? threads[0];
  const xs = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  return { xs: xs.sort((a, b) => a.ts - b.ts || b.dur - a.dur), t0: nav?.ts ?? xs[0].ts };
}

/** Self time (µs) of each kind inside `task`, from its nested events. */
function kinds(task, inner) {
  const self = {};
  const stack = [];
  for (const e of [task, ...inner]) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const kind = e === task ? 'other' : kindOf(e.name);
    self[kind] = (self[kind] ?? 0) + e.dur;
    if (stack.length) self[stack.at(-1).kind] -= e.dur;
    e.kind = kind;
    stack.push(e);
  }
  return self;
}

/** Self time (µs) per source line of the samples between `from` and `to` (profile clock = trace clock). */
function samples(profile, from, to) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) return;
    const f = byId.get(id).callFrame;
    if (f.functionName === '(idle)') return;
    const key = lines(f);
    out.set(key, (out.get(key) ?? 0) + dt);
  });
  return [...out.entries()].sort((a, b) => b[1] - a[1]);
}

function report(events, profile, shifts) {
  const { xs, t0 } = mainThread(events);
  const ms = (us) => (us / 1000).toFixed(1);
  // A task is listed when it took over 50 ms, or its thread time did (the throttled thread's CPU time, without the
  // waits other processes add: what it would take on a quiet machine).
  const tasks = xs.filter((e) => e.name === 'RunTask' && (e.dur > LONG_US || (e.tdur ?? 0) > LONG_US));
  console.log(
    `\n${lib}, reader ${at < 0 ? 'at the top' : `at figure ${at + 1}`}: ${tasks.length} tasks over 50 ms, wall or thread time (CPU ${CPU_SLOWDOWN}× slower)`,
  );
  for (const task of tasks) {
    const inner = xs.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const byKind = Object.entries(kinds(task, inner))
      .filter(([, us]) => us >= 500)
      .sort((a, b) => b[1] - a[1])
      .map(([k, us]) => `${k} ${ms(us)}`);
    const named = inner.filter((e) =>
      /^(EvaluateScript|v8.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|ParseHTML|RunMicrotasks)$/.test(e.name),
    );
    const renders = inner.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'citystat-render').length;
    task.events = named.map((e) => e.args?.data?.type);
    const what = [
      ...new Set(named.map((e) => e.args?.data?.url?.replace(/^.*\/(cdn|article)\//, '') || e.args?.data?.type || e.name)),
    ].slice(0, 6);
    console.log(
      `  at ${ms(task.ts - t0)} ms: ${ms(task.dur)} ms, thread ${ms(task.tdur ?? NaN)} ms (${byKind.join(', ')}); ${renders ? `${renders} citystat-render, ` : ''}${what.join(', ')}`,
    );
    if (profile)
      for (const [line, us] of samples(profile, task.ts, task.ts + task.dur).slice(0, 8))
        console.log(`      ${ms(us).padStart(6)} ms  ${line}`);
  }
  // The summary leaves out the previous page's unload and the article's first frame (its text's first
  // layout: the same for every library, and not reported by the page's own longtask observer).
  const page = tasks.filter((t) => t.ts >= t0 && (t.tdur ?? 0) > LONG_US && !t.events.some((e) => /^(pagehide|pagereveal)$/.test(e)));
  const longest = Math.max(0, ...page.map((t) => t.tdur));
  console.log(`  summary: ${page.length} tasks of the article over 50 ms thread time, longest ${ms(longest)} ms`);
  for (const s of shifts)
    console.log(
      s.sources
        ? `  shift at ${Math.round(s.t)} ms: ${s.value.toFixed(4)} ${s.sources.join(', ')}`
        : `  at ${Math.round(s.t)} ms: ${s.what}`,
    );
}

/** Runs in the page: when each figure changes state and where the reader is then (scroll position, the figure's top). */
function watchFigures() {
  window.__figures = [];
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName !== 'data-citystat-state') continue;
      const i = [...document.querySelectorAll('figure')].indexOf(r.target);
      const t = performance.now();
      const state = r.target.getAttribute('data-citystat-state');
      // read in the next frame, where the page is laid out anyway: not forcing a layout in the task that swapped
      requestAnimationFrame(() => {
        const top = Math.round(r.target.getBoundingClientRect().top);
        window.__figures.push({ t, what: `figure ${i + 1} ${state}, then scrollY ${scrollY}, its top ${top}` });
      });
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-citystat-state'] });
}
