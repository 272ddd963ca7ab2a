// One timed page of `npm run bench`. Every page is fresh, in its own browser
// context (cold JIT, cold ICU, as a reader's first chart). The clock runs in
// the page (window.bench, bench/harness/common.js: from the first element's
// creation to two frames after the render); around it this side traces the
// renderer main thread's CPU time (bench/trace.mjs) or reads the JS heap.
import { interact } from './interact.mjs';
import { ALL_BARS, CS_ALL, LIBS } from './scenarios.mjs';
import { TRACE_CATEGORIES, mainThreadWork } from './trace.mjs';

/** `openPage(lib)` and `measure(scenario, rowKey)` on `browser`, pages served from `base`. */
export function pageRunner(browser, base, { cpu }) {
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

  /** Scenario `s` for row key `lib` on a fresh page: {value, cpu, cpuKinds, nodes, errors}, {value, delta} (heap), {na} or {error}. */
  async function measure(s, lib) {
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
      // the heap row reports memory, not time: nothing to trace there
      const traced = cpu && !s.heap;
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
    }
  }

  return { openPage, measure };
}
