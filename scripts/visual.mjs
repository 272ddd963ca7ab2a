// Visual baselines of the Storybook stories.
//   node scripts/visual.mjs [--build] [--update] [--only <text>]
// --build   build Storybook first (storybook-static/)
// --update  (re)write test/visual-baselines/<story id>.png and the README's Chromium line
// --only    only stories whose id contains <text>
// Without --update: compares with the baselines, like the node test, and prints the changed stories;
// a full compare with nothing changed on a Chromium major the README does not list yet adds that
// build to its `Compared clean on:` line, so the node test compares on it too.
// `npm run visual:update` = build + update. Screenshots: vi, light, 800 px wide (or the
// story's viewport: phone 360, tablet 768, desktop 1200), device scale 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  baselineChromiums,
  baselineDir,
  baselinesHoldFor,
  compare,
  open,
  openWorker,
  readStories,
  root,
  shoot,
  storyParameters,
  widthOf,
  writeBaseline,
} from '../test/storybook/harness.mjs';

const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (args.includes('--build')) {
  console.log('building Storybook…');
  const r = spawnSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const all = readStories();
if (!all) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` (or pass --build).');
  process.exit(1);
}
const stories = all.filter((s) => !only || s.id.includes(only));
const started = Date.now();
const env = await open();
let changed = 0;
let missing = 0;
try {
  const params = await storyParameters(env);
  // One page, the stories in index order: the same sequence as the node test's vi+light pass.
  const worker = await openWorker(env, { locale: 'vi', theme: 'light' });
  try {
    for (const { id } of stories) {
      const v = await worker.visit(id, widthOf(params[id]));
      if (v.errors.length) console.warn(`${id}: ${v.errors.join('; ')}`);
      const png = await shoot(worker.page);
      if (update) {
        writeBaseline(id, png);
        continue;
      }
      const r = compare(id, png);
      if (r.status === 'missing') {
        missing++;
        console.log(`MISSING  ${id}`);
      } else if (r.status === 'changed') {
        changed++;
        console.log(`CHANGED  ${id}: ${r.changed} px (${(r.ratio * 100).toFixed(3)}%), ${r.size} vs ${r.baselineSize} → ${r.diffFile}`);
      }
    }
  } finally {
    await worker.close();
  }
  if (update) {
    // Baselines of stories that no longer exist go (only on a full update).
    if (!only) {
      const ids = new Set(all.map((s) => `${s.id}.png`));
      for (const f of readdirSync(baselineDir)) if (f.endsWith('.png') && !ids.has(f)) rmSync(join(baselineDir, f));
    }
    writeReadme(env.version, []);
    console.log(`wrote ${stories.length} baselines (Chromium ${env.version}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    console.log(
      `${stories.length} stories: ${changed} changed, ${missing} without baseline (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (!only && !changed && !missing && !baselinesHoldFor(env.version)) {
      const [recorded, ...clean] = baselineChromiums();
      writeReadme(recorded, [...clean, env.version]);
      console.log(`every story unchanged on Chromium ${env.version}: added to the README's "Compared clean on" line`);
    }
  }
} finally {
  await env.close();
}
process.exit(changed || missing ? 1 : 0);

/** The README: the build `version` recorded the baselines; a full compare found them unchanged on `clean`. */
function writeReadme(version, clean) {
  const file = join(baselineDir, 'README.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const body = `# Visual baselines

One PNG per Storybook story, \`<story id>.png\`: the story root in Vietnamese, light theme, device scale 1,
800 px wide, or the story's viewport (phone 360, tablet 768, desktop 1200).
test/node/storybook.test.mjs compares each story with its baseline (pixelmatch threshold 0.1); a story fails
when more than 0.1% of its pixels differ or its size changed, and the diff (changed pixels in red) and the new
screenshot are written to test/visual-diffs/ (git-ignored).

Pixels depend on the Chromium build and the installed fonts. The baselines were recorded with:

Chromium: ${version}
${clean.length ? `Compared clean on: ${clean.join(', ')}\n` : ''}Fonts: ${fonts()}

\`Compared clean on\` lists other builds on which a full \`node scripts/visual.mjs\` found every story unchanged
(the script adds them). With a Chromium major version not listed the comparison is skipped (set VISUAL_STRICT=1
to compare anyway).
After an intended visual change, rebuild and re-record, then look at the changed PNGs before committing:

    npm run visual:update          # builds Storybook, rewrites every baseline
    node scripts/visual.mjs        # compare only (needs storybook-static/)
    node scripts/visual.mjs --update --only sector-breakdown
`;
  if (body !== old) writeFileSync(file, body);
}

function fonts() {
  const r = spawnSync('fc-match', ['-f', '%{family[0]} %{style[0]}', 'sans-serif'], { encoding: 'utf8' });
  const s = spawnSync('fc-match', ['-f', '%{family[0]}', 'serif'], { encoding: 'utf8' });
  return r.status === 0 ? `sans-serif → ${r.stdout.trim()}, serif → ${s.stdout.trim()} (fc-match)` : 'unknown (fc-match not found)';
}
