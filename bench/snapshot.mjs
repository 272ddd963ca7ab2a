// Step 1 of `npm run bench`: build (unless --no-build), then copy the build
// to time (dist/cdn, or --cdn) to bench/results/cdn, so that a concurrent
// build cannot pull files away mid-run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Builds if asked, snapshots `cdn` and returns the snapshot's directory; exits on failure. */
export function buildAndSnapshot(root, { build, cdn }) {
  const resultsDir = join(root, 'bench/results');
  const snapshot = join(resultsDir, 'cdn');
  if (build) {
    process.stdout.write('building (node scripts/build.mjs)… ');
    try {
      execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
    } catch (err) {
      console.error(`\nbuild failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
      process.exit(1);
    }
    console.log('done');
  }
  if (!existsSync(join(cdn, 'citystat.js'))) {
    console.error(`${join(cdn, 'citystat.js')} is missing: run without --no-build`);
    process.exit(1);
  }
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  cpSync(cdn, snapshot, { recursive: true });
  return snapshot;
}
