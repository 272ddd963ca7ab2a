// The node side of the bench's interaction rows (the page side is
// bench/harness/interact.js), used by scripts/bench.mjs.

/**
 * The interaction row on an open page: draws and warms up the chart
 * (interact.js), starts the trace, then sends the real input through CDP.
 */
export async function interact(page, spec, startTrace) {
  const call = (step, arg) => page.evaluate((st, a) => window.bench.interact(st, a), step, arg);
  const prep = await call('prepare', spec);
  if (prep.na) return prep;
  if (spec.via === 'pointer') await page.mouse.move(prep.first.x, prep.first.y);
  if (!(await call('warm'))) return { error: 'no tooltip on the first mark' };
  await startTrace();
  await call('arm');
  if (spec.via === 'key') await page.keyboard.press('ArrowDown');
  else await page.mouse.move(prep.second.x, prep.second.y);
  return call('finish');
}
