// Walks every story of the built Storybook (storybook-static/, built by
// `npm run build-storybook`; .ci/run builds it before `npm test`):
// - no console error, page error or failed request, and Storybook rendered the story;
// - every citystat-* element is defined and settles (ready, empty or error; a
//   story of the loading state may hold `loading`);
// - axe-core: 0 violations on the story root;
// in vi + light and en + dark (WALK=full: also en + light and vi + dark), plus vi + light with
// forced colours emulated (`forced-colors: active`) and the toolbar's forced-colours global;
// - visual regression: a screenshot of each story (vi, light; 800 px, or the
//   story's viewport: phone 360, tablet 768, desktop 1200) compared with
//   test/visual-baselines/<id>.png; diffs go to test/visual-diffs/.
// Skips with a message when storybook-static/ is missing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_DIFF_RATIO,
  axe,
  baselineChromiums,
  baselinesHoldFor,
  compare,
  open,
  openWorker,
  pool,
  readStories,
  shoot,
  staleBuild,
  storyParameters,
  widthOf,
} from '../storybook/harness.mjs';

const stories = readStories();
// Default: vi + light and en + dark (each language and each theme once); WALK=full adds
// en + light and vi + dark (about 1.7x the time).
const full = process.env.WALK === 'full';
const combos = full
  ? [
      { locale: 'vi', theme: 'light', shots: true },
      { locale: 'en', theme: 'dark' },
      { locale: 'en', theme: 'light' },
      { locale: 'vi', theme: 'dark' },
    ]
  : [
      { locale: 'vi', theme: 'light', shots: true },
      { locale: 'en', theme: 'dark' },
    ];
combos.push({ locale: 'vi', theme: 'light', forced: true });
const comboName = (c) => `${c.locale}+${c.theme}${c.forced ? '+forced-colors' : ''}`;
/** Pages at once: the machine has 2 cores and other test runs may share them. */
const PAGES = Number(process.env.WALK_PAGES) || 2;
const VISIT_MS = 60000;

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]);
}

const stale = stories && staleBuild();
if (!stories || stale) {
  const reason = stale ?? 'storybook-static/ not built: run `npm run build-storybook` first';
  console.log(`storybook walk skipped: ${reason}`);
  test('Storybook walk and visual regression', { skip: reason }, () => {});
} else {
  /** story id → { [combo]: {errors, states, violations} , png } */
  const results = new Map(stories.map((s) => [s.id, { combos: {}, png: undefined }]));
  let env;
  let params = {};
  let walkError;
  const counts = { visits: 0, axeRuns: 0, violations: 0, shots: 0 };
  const started = Date.now();

  before(async () => {
    try {
      env = await open();
      params = await storyParameters(env);
      // Each page shows one combination of globals; stories switch in place.
      const jobs = combos.map((c) => ({ combo: c, ids: stories.map((s) => s.id) }));
      await pool(jobs, PAGES, async ({ combo, ids }) => {
        let worker = await openWorker(env, combo);
        try {
          for (const id of ids) {
            const entry = results.get(id);
            try {
              const r = await withTimeout(
                worker.visit(id, widthOf(params[id])),
                VISIT_MS,
                `showing the story took over ${VISIT_MS / 1000} s`,
              );
              const violations = await withTimeout(axe(worker.page), VISIT_MS, 'axe took too long');
              counts.visits++;
              counts.axeRuns++;
              counts.violations += violations.length;
              entry.combos[comboName(combo)] = { ...r, violations };
              if (combo.shots) {
                entry.png = await withTimeout(shoot(worker.page), VISIT_MS, 'the screenshot took too long');
                counts.shots++;
              }
            } catch (e) {
              // One broken story must not stop the walk: note it, start a fresh page.
              entry.combos[comboName(combo)] = { errors: [`walk: ${e.message}`], states: [], violations: [] };
              await worker.close().catch(() => {});
              worker = await openWorker(env, combo);
            }
          }
        } finally {
          await worker.close();
        }
      });
    } catch (e) {
      walkError = e;
    }
    const s = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `storybook walk: ${stories.length} stories × ${combos.length} combinations (${combos.map(comboName).join(', ')}), ` +
        `${counts.visits} visits, ${counts.axeRuns} axe runs, ${counts.violations} violations, ${counts.shots} screenshots, ${s} s, ` +
        `Chromium ${env?.version ?? '?'}`,
    );
  });

  after(async () => {
    await env?.close();
  });

  describe('storybook stories render cleanly', () => {
    for (const { id } of stories) {
      test(id, () => {
        if (walkError) throw walkError;
        const problems = [];
        for (const [combo, r] of Object.entries(results.get(id).combos)) {
          for (const e of r.errors) problems.push(`${combo}: ${e}`);
          for (const s of r.states) {
            const ok = ['ready', 'empty', 'error'].includes(s.status) || (s.status === 'loading-held' && /loading|slow/i.test(id));
            if (!ok)
              problems.push(
                `${combo}: <${s.tag}> ${s.status === 'not-defined' ? 'is not defined (define module not imported)' : `did not settle (${s.status})`}`,
              );
          }
          for (const v of r.violations) problems.push(`${combo}: axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
        }
        if (Object.keys(results.get(id).combos).length !== combos.length) problems.push('not visited in every combination');
        assert.deepEqual(problems, []);
      });
    }
  });

  describe('visual regression (vi, light)', () => {
    const skip = process.env.VISUAL === 'off' ? 'VISUAL=off' : undefined;
    for (const { id } of stories) {
      test(id, { skip }, (t) => {
        if (walkError) throw walkError;
        const png = results.get(id).png;
        assert.ok(png, 'no screenshot taken');
        if (env && !baselinesHoldFor(env.version) && !process.env.VISUAL_STRICT) {
          t.skip(`baselines hold for Chromium ${baselineChromiums().join(', ')}, this is ${env.version}: run npm run visual:update`);
          return;
        }
        const r = compare(id, png);
        assert.notEqual(r.status, 'missing', `no baseline ${r.baselineFile}: run \`npm run visual:update\` and commit it`);
        assert.equal(
          r.status,
          'same',
          `${r.changed} pixels differ (${(r.ratio * 100).toFixed(3)}% > ${MAX_DIFF_RATIO * 100}%), size ${r.size} vs baseline ${r.baselineSize}; diff: ${r.diffFile}`,
        );
      });
    }
  });
}
