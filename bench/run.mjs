// The interleaved run of `npm run bench`: each repetition runs every selected
// scenario for every library, in an order rotated per repetition, so that a
// busy spell of the machine falls on every library alike. Once 3 repetitions
// are done, no further one starts when it would end after the time budget.

/**
 * Runs `measure(scenario, lib)` for every repetition; returns the raw
 * results (raw[scenarioId][lib] = [result per repetition]) and the number
 * of repetitions run.
 */
export async function runInterleaved(selected, measure, { reps, budget, started }) {
  const raw = {};
  const repsOf = (s, lib) => (s.reps ? s.reps(lib) : reps);
  const total = selected.reduce((n, s) => n + s.libs.reduce((m, lib) => m + repsOf(s, lib), 0), 0);
  let done = 0;
  let repsDone = 0;
  let lastRepSeconds = 0;
  for (let rep = 0; rep < reps; rep++) {
    const repStart = Date.now();
    const elapsed = (Date.now() - started) / 1000;
    const perRep = lastRepSeconds; // later repetitions skip the heavy cases: the last one is the best guess
    if (rep >= 3 && elapsed + perRep > budget) {
      console.log(`\ntime budget (${budget} s) reached: ${rep} repetitions instead of ${reps}`);
      break;
    }
    for (const s of selected) {
      const libs = s.libs.map((_, i) => s.libs[(i + rep) % s.libs.length]);
      for (const lib of libs) {
        if (rep >= repsOf(s, lib)) continue;
        const r = await measure(s, lib);
        ((raw[s.id] ??= {})[lib] ??= []).push(r);
        done++;
        if (r.error) console.error(`  ${s.id} / ${lib}: ${r.error}`);
        else if (r.errors?.length) console.error(`  ${s.id} / ${lib}: page error: ${r.errors[0]}`);
      }
    }
    repsDone++;
    lastRepSeconds = (Date.now() - repStart) / 1000;
    process.stdout.write(`\rrepetition ${rep + 1}/${reps} (${done}/${total} pages, ${Math.round((Date.now() - started) / 1000)} s)`);
  }
  process.stdout.write('\n');
  return { raw, repsDone };
}
