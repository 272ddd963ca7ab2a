// The text `npm run bench` prints (its format is documented in
// bench/README.md): the bundle sizes, the wall-time table, the CPU table,
// the DOM-node and heap lines, the throttled article's table and a footer
// naming the machine.
import { cpus } from 'node:os';
import { CS, CS_ALL, PEERS } from './scenarios.mjs';

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
// three significant digits (two decimals below 10 ms)
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ratio = (v) => (v === undefined ? '' : `${v.toFixed(2)}×`);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const short = (f) => f.replace('dist/cdn/', '');

function sizeLines(sizes, versions) {
  const lines = [`Bundles (what a page downloads to draw from JSON)      min        gzip      brotli`];
  const sizeRow = (name, s) => lines.push(`  ${pad(name, 50)} ${padL(kB(s.min), 9)} ${padL(kB(s.gzip), 9)} ${padL(kB(s.brotli), 9)}`);
  const cs = sizes.citystat;
  if (Object.keys(cs.widgets).length) {
    sizeRow(`citystat, page with all ${Object.keys(cs.widgets).length} widgets`, cs);
    sizeRow(`  core: ${cs.core.files.map(short).join(' + ')}`, cs.core);
    for (const [tag, w] of Object.entries(cs.widgets))
      sizeRow(`  + ${tag.replace('citystat-', '')} (${w.files.map(short).join(' + ')})`, w);
    const sector = cs.pages['citystat-sector-breakdown'];
    if (sector) sizeRow(`citystat, page with the sector breakdown only`, sector);
  } else {
    sizeRow(`citystat ${cs.files.map(short).join(' + ')}`, cs);
  }
  for (const l of cs.lazy) sizeRow(`  only when used: ${short(l.files[0])}`, l);
  sizeRow(`Chart.js ${versions['chart.js']} chart.umd.js`, sizes.chartjs);
  sizeRow(`Plot ${versions['@observablehq/plot']} plot.umd.min.js + d3 ${versions.d3} d3.min.js`, sizes.plot);
  lines.push(
    `  citystat/Chart.js gzip ${ratio(sizes.citystat.gzip / sizes.chartjs.gzip)}, citystat/Plot gzip ${ratio(sizes.citystat.gzip / sizes.plot.gzip)}`,
  );
  return lines;
}

const HEAD = `  ${pad('scenario', 34)} ${pad('citystat', 22)} ${pad('citystat all bars', 22)} ${pad('Chart.js', 22)} ${pad('Plot', 22)} ${pad('cs/Chart', 8)} ${pad('cs/Plot', 8)} cs/best`;

/** The table's head, then a row per result (and its all-bars ratio below it) from `cell` and the ratios `ratiosOf` gives. */
function tableLines(results, cell, ratiosOf) {
  const lines = [HEAD, `  ${'-'.repeat(HEAD.length - 2)}`];
  for (const r of results) {
    const rr = ratiosOf(r)?.[CS] ?? {};
    lines.push(
      `  ${pad(r.label, 34)} ${pad(cell(r.libs[CS]), 22)} ${pad(cell(r.libs[CS_ALL]), 22)} ${pad(cell(r.libs.chartjs), 22)} ${pad(cell(r.libs.plot), 22)} ${pad(ratio(rr.chartjs), 8)} ${pad(ratio(rr.plot), 8)} ${ratio(rr.fastestPeer)}`,
    );
    const ra = ratiosOf(r)?.[CS_ALL];
    if (ra) lines.push(`  ${pad('', 34)} ${pad('', 22)} ${pad(`all bars: cs/best ${ratio(ra.fastestPeer)}`, 22)}`);
  }
  return lines;
}

/**
 * Every line of the report. `run`: {repsDone, heavyReps, cpu (traced or not),
 * chromeVersion, loadBefore, loadAfter, seconds}; `articleLines`: the
 * throttled article's table, when it ran.
 */
export function reportLines({ sizes, versions, results, articleLines, run }) {
  const lines = ['', ...sizeLines(sizes, versions), ''];
  lines.push(
    `Timings: median (min–max) of ${run.repsDone} fresh pages (${Math.min(run.heavyReps, run.repsDone)} for N=10,000 and all bars at N ≥ 1,000), ms from creation to two frames after render; heap in MB`,
  );
  const wallCell = (l) => (!l ? '' : l.na ? 'n/a' : `${fmt(l.median)} (${fmt(l.min)}–${fmt(l.max)})`);
  lines.push(...tableLines(results, wallCell, (r) => r.ratios));
  if (run.cpu) {
    lines.push('');
    lines.push(`Main-thread CPU time over the same interval (ms, median (min–max); holds on a busy machine)`);
    const cpuCell = (l) => (!l ? '' : l.na ? 'n/a' : l.cpu ? `${fmt(l.cpu.median)} (${fmt(l.cpu.min)}–${fmt(l.cpu.max)})` : '');
    // rows without a CPU figure (the heap) are left out
    const traced = results.filter((r) => r.cpuRatios || Object.values(r.libs).some((l) => l.cpu));
    lines.push(...tableLines(traced, cpuCell, (r) => r.cpuRatios));
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
  if (articleLines) lines.push(...articleLines);
  lines.push('');
  lines.push(
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${run.chromeVersion} · ${cpus().length}× ${cpus()[0]?.model?.trim()} · load ${run.loadBefore[0].toFixed(2)} → ${run.loadAfter[0].toFixed(2)} · ${run.seconds} s`,
  );
  return lines;
}
