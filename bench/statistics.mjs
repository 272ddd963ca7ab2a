// From the raw results of `npm run bench` to its figures: per scenario and
// library the median with min–max of wall time (or heap), of main-thread
// CPU time and of DOM nodes, and citystat's medians over the peers' (ratios).
import { median } from './median.mjs';
import { CS, CS_ALL, PEERS } from './scenarios.mjs';

/** citystat's (and citystat all bars') value over each peer's and over the faster peer's. */
function ratioSet(libs, get) {
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
}

/** The figures of one library in one scenario from its runs; {na} when none has a value. */
function libFigures(runs) {
  const ok = runs.filter((r) => typeof r.value === 'number');
  const na = runs.find((r) => r.na)?.na;
  const error = runs.find((r) => r.error)?.error;
  if (!ok.length) return { na: na ?? error ?? 'no result' };
  const values = ok.map((r) => r.value);
  const cpus = ok.map((r) => r.cpu).filter((v) => typeof v === 'number');
  const kinds = {};
  if (cpus.length) for (const k of Object.keys(ok[0].cpuKinds ?? {})) kinds[k] = median(ok.map((r) => r.cpuKinds[k]));
  return {
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

/** One result per selected scenario: {id, label, unit, libs, ratios, cpuRatios?}. */
export function summarise(selected, raw) {
  return selected.map((s) => {
    const libs = {};
    for (const lib of s.libs) libs[lib] = libFigures(raw[s.id]?.[lib] ?? []);
    const ratios = ratioSet(libs, (l) => l?.median);
    const cpuRatios = ratioSet(libs, (l) => l?.cpu?.median);
    return { id: s.id, label: s.label, unit: s.heap ? 'MB' : 'ms', libs, ratios, ...(Object.keys(cpuRatios).length ? { cpuRatios } : {}) };
  });
}
