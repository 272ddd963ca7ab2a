// Reads a Chromium trace (puppeteer page.tracing) between the page's
// `bench:start` and `bench:end` user-timing marks and sums the renderer main
// thread's work there, by kind. Uses thread time (`tdur`: CPU time of the
// thread) when the trace has it, so the figure holds on a busy machine where
// wall time does not; `wall` gives the same sums in wall time.

/** Trace categories needed: tasks, style/layout/paint events, user timing. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

const KIND = [
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/, 'style'],
  [/^(Layout|UpdateLayout|ComputeIntersections|ResizeObserver.*|LayoutShift)$/, 'layout'],
  [
    /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|PaintImage|CompositeLayers|Rasterize|RasterTask|HitTest|IntersectionObserverController::computeIntersections)$/,
    'paint',
  ],
  [/GC|^BlinkGC|^V8\.GC|^MinorGC|^MajorGC|^CppGC/, 'gc'],
  [
    // (A microtask checkpoint's own time is the promise jobs it runs: lit's updates after a dynamic import resolves.)
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|FireAnimationFrame|EventDispatch|v8::|ParseHTML|CompileScript|CompileCode|CacheScript|Streaming)/,
    'script',
  ],
];
export const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';
const ms = (us) => Math.round(us / 10) / 100;

/**
 * @param {string|Uint8Array} raw the trace JSON
 * @returns {{windowMs:number, cpuMs:number, wallBusyMs:number, cpu:Record<string,number>, wall:Record<string,number>}|undefined}
 */
export function mainThreadWork(raw) {
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  const events = JSON.parse(text).traceEvents ?? [];
  const start = events.find((e) => e.name === 'bench:start');
  const end = events.filter((e) => e.name === 'bench:end').pop();
  if (!start || !end) return undefined;
  const pid = start.pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? start.tid;
  const xs = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts + e.dur >= start.ts && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const zero = () => ({ script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 });
  const wall = zero();
  const cpu = zero();
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const clipped = Math.max(0, Math.min(e.ts + e.dur, end.ts) - Math.max(e.ts, start.ts));
    const share = e.dur > 0 ? clipped / e.dur : 0;
    const w = clipped;
    const c = (e.tdur ?? e.dur) * share;
    e.kind = kindOf(e.name);
    wall[e.kind] += w;
    cpu[e.kind] += c;
    if (parent) {
      wall[parent.kind] -= w;
      cpu[parent.kind] -= c;
    }
    stack.push(e);
  }
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ms(Math.max(0, v))]));
  return { windowMs: ms(end.ts - start.ts), cpuMs: ms(sum(cpu)), wallBusyMs: ms(sum(wall)), cpu: round(cpu), wall: round(wall) };
}
