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
//    (so a concurrent build cannot pull files away mid-run: bench/snapshot.mjs);
// 2. sizes: gzip and brotli bytes of what a page downloads to draw charts
//    from JSON: citystat = dist/cdn/citystat.js + the chunks it imports
//    statically; Chart.js = chart.umd.js; Plot = plot.umd.min.js + d3.min.js
//    (its UMD needs the d3 UMD bundle): bench/sizes.mjs;
// 3. serves bench/pages on 127.0.0.1 and, for every repetition, every scenario
//    and every library (order rotated per repetition: interleaved), opens a
//    fresh page in a fresh browser context and times one scenario there:
//    from element creation to two animation frames after the render is
//    complete (citystat: `await el.settled()`; peers: their synchronous
//    render), or the JS heap after 50 charts; the interaction rows send a
//    real pointer move or arrow key (CDP) and time it to the updated tooltip
//    (bench/harness/interact.js). Rows: bench/scenarios.mjs; one page:
//    bench/measure.mjs; the interleaving: bench/run.mjs;
// 4. the article on a throttled phone (bench/article-throttled.mjs): time to
//    the charts on screen, long tasks and layout shift of a news article at
//    390 px over Slow 4G, CPU 4× slower, 5 loads (--article-reps);
// 5. prints medians with min–max and the citystat/peer ratios
//    (bench/statistics.mjs, bench/report.mjs), and writes
//    bench/results/latest.json (bench/latest-json.mjs).
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
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlePages, runArticle } from '../bench/article-throttled.mjs';
import { launchBrowser } from '../bench/browser.mjs';
import { writeLatest } from '../bench/latest-json.mjs';
import { pageRunner } from '../bench/measure.mjs';
import { benchOptions } from '../bench/options.mjs';
import { peerFiles, peerVersions } from '../bench/peers.mjs';
import { reportLines } from '../bench/report.mjs';
import { runInterleaved } from '../bench/run.mjs';
import { benchScenarios } from '../bench/scenarios.mjs';
import { startServer } from '../bench/server.mjs';
import { bundleSizes } from '../bench/sizes.mjs';
import { summarise } from '../bench/statistics.mjs';
import { buildAndSnapshot } from '../bench/snapshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = benchOptions(process.argv.slice(2), root);
const started = Date.now();

const snapshot = buildAndSnapshot(root, options);
const vendor = peerFiles(root);
const versions = peerVersions(root);
const sizes = bundleSizes(root, snapshot, vendor);

// the throttled article (bench/article-throttled.mjs), served at /article/<lib>.html
const ARTICLE = !options.only || options.only.test('article-throttled');
const article = ARTICLE ? await articlePages(root) : {};
const { server, base } = await startServer(root, { snapshot, vendor, article });
const browser = await launchBrowser({ protocolTimeout: 180_000, args: ['--disable-extensions'] });
const chromeVersion = await browser.version();
const { openPage, measure } = pageRunner(browser, base, options);

// the widget kinds registered in citystat.js and with an example file
const probe = await openPage('citystat');
const available = probe.info.kinds;
await probe.context.close();
const selected = benchScenarios(available, options).filter((s) => !options.only || options.only.test(s.id) || options.only.test(s.label));

const loadBefore = loadavg();
const { raw, repsDone } = await runInterleaved(selected, measure, { ...options, started });
const articleRun = ARTICLE ? await runArticle(browser, base, { reps: options.articleReps, log: (l) => console.log(l) }) : undefined;
await browser.close();
server.close();
const loadAfter = loadavg();

const results = summarise(selected, raw);
const seconds = Math.round((Date.now() - started) / 1000);
const run = { repsDone, heavyReps: options.heavyReps, cpu: options.cpu, chromeVersion, loadBefore, loadAfter, seconds };
console.log(reportLines({ sizes, versions, results, articleLines: articleRun?.lines, run }).join('\n'));
writeLatest(root, {
  options,
  versions,
  sizes,
  results,
  run: { ...run, available, articleResults: articleRun?.results, articleScriptless: articleRun?.scriptless },
});
