// Command-line options of the bench scripts (scripts/bench.mjs; `option` also
// serves bench/profile.mjs). Defaults and bounds are documented in the
// header of scripts/bench.mjs.
import { join, normalize } from 'node:path';

/** The value after `--name` on the command line, or `fallback` when it is absent. */
export function option(argv, name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}

/** The options of `npm run bench`; `root` is the repository (for the default dist/cdn). */
export function benchOptions(argv, root) {
  const opt = (name, fallback) => option(argv, name, fallback);
  const reps = Math.max(1, Number(opt('reps', 7)) || 7);
  return {
    reps,
    build: !argv.includes('--no-build'),
    only: opt('only') ? new RegExp(opt('only'), 'i') : undefined,
    cpu: !argv.includes('--no-cpu'),
    budget: Number(opt('budget', 300)) || 300,
    articleReps: Math.max(1, Number(opt('article-reps', 5)) || 5),
    cdn: opt('cdn') ? normalize(opt('cdn')) : join(root, 'dist/cdn'),
    // the heavy rows never run more often than the others
    heavyReps: Math.max(1, Math.min(reps, Number(opt('heavy-reps', 3)) || 3)),
  };
}
