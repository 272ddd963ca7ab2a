// bench/results/latest.json (git-ignored): every figure of the run with the
// machine, the commit and the settings it ran with, for comparing runs later.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

/** '' when git is not there or fails: the results are written all the same. */
function git(root, args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Writes bench/results/latest.json; `run`: {chromeVersion, loadBefore, loadAfter, seconds, available, articleResults, articleScriptless}. */
export function writeLatest(root, { options, versions, sizes, results, run }) {
  const out = {
    date: new Date().toISOString(),
    machine: {
      platform: `${platform()} ${release()}`,
      cpus: cpus().length,
      cpu: cpus()[0]?.model?.trim(),
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chrome: run.chromeVersion,
      loadBefore: run.loadBefore,
      loadAfter: run.loadAfter,
    },
    // dirty: the timed build may not be the commit's
    git: { commit: git(root, ['rev-parse', 'HEAD']), dirty: git(root, ['status', '--porcelain', '--', 'src']) !== '' },
    settings: {
      reps: options.reps,
      box: '478x318',
      heavyReps: options.heavyReps,
      cpu: options.cpu ? 'renderer main-thread CPU time from a trace of every timed page (bench/trace.mjs)' : 'off',
      frames: '60 Hz (two requestAnimationFrame after render)',
      reducedMotion: true,
      citystatWidgets: run.available,
      versions,
    },
    sizes,
    results,
    ...(run.articleResults ? { article: run.articleResults } : {}),
    ...(run.articleScriptless ? { articleScriptless: run.articleScriptless } : {}),
    seconds: run.seconds,
  };
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote bench/results/latest.json`);
}
