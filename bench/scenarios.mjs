// The rows of `npm run bench`: what each draws (the spec the page's harness
// runs: bench/harness/common.js), for which libraries, and how many
// repetitions each library gets there.

/** Row keys: citystat as shipped, citystat drawing every bar, and the two peers. */
export const CS = 'citystat';
export const CS_ALL = 'citystat all bars';
export const PEERS = ['chartjs', 'plot'];
/** The bench page each row key opens: bench/pages/<page>.html. */
export const LIBS = { [CS]: 'citystat', [CS_ALL]: 'citystat', chartjs: 'chartjs', plot: 'plot' };
/** What CS_ALL sets on the element: no "Other" row, every item a bar. */
export const ALL_BARS = { 'max-bars': '0' };

const TRIO = ['sector', 'fdi', 'fair'];
const names = { sector: 'A sector', fdi: 'B FDI', fair: 'C fair' };
const letter = { sector: 'A', fdi: 'B', fair: 'C' };

/**
 * Every row: id, group, label, libs, spec, and `reps(lib)` or `heap` where
 * they apply. `available`: the widget kinds registered in citystat.js and
 * with an example file; a missing one of A/B/C is left out of the rows
 * that combine them (their label says so).
 */
export function benchScenarios(available, { reps, heavyReps }) {
  const trio = TRIO.filter((k) => available.includes(k));
  const trioLabel =
    trio.length === 3
      ? 'A+B+C on one page'
      : `${trio.map((k) => letter[k]).join('+')} on one page (${TRIO.filter((k) => !trio.includes(k))
          .map((k) => letter[k])
          .join(', ')} n/a)`;
  const cycled = trio.length ? trio : ['sector'];
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
      reps: (lib) => (n >= 10000 || (n >= 1000 && lib === CS_ALL) ? heavyReps : reps),
    });
  }
  scenarios.push({
    id: 'many-100',
    group: 'many',
    label: `100 charts (${cycled.map((k) => letter[k]).join('/')} cycled)`,
    libs: [CS, ...PEERS],
    spec: { scenario: 'charts', kinds: cycled, count: 100 },
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
    label: 'JS heap, 50 charts (MB)',
    libs: [CS, ...PEERS],
    spec: { scenario: 'charts', kinds: cycled, count: 50 },
    heap: true,
  });
  return scenarios;
}
