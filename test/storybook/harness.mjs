// Visits the stories of the built Storybook (storybook-static/) in headless
// Chromium: console and page errors, every citystat element settled, axe-core on
// the story root, and a screenshot compared with a committed baseline.
// Used by test/node/storybook.test.mjs and scripts/visual.mjs.
// The built Storybook's paths and stories are in static-build.mjs, the baselines in
// baselines.mjs; both are exported from here too.
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { root } from './static-build.mjs';

export { root, staticDir, readStories, staleBuild } from './static-build.mjs';
export {
  baselineDir,
  diffDir,
  PIXEL_THRESHOLD,
  MAX_DIFF_RATIO,
  baselineChromiums,
  baselinesHoldFor,
  shoot,
  pngName,
  compare,
  writeBaseline,
} from './baselines.mjs';

const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');

/** Viewport widths by the story's `parameters.viewport.defaultViewport`. */
export const WIDTHS = { phone: 360, tablet: 768, desktop: 1200 };
export const DEFAULT_WIDTH = 800;
/** How long an element may stay `loading` before it counts as held (a story of the loading state). */
const LOADING_GRACE_MS = 1500;

/** Launches headless Chromium with the project's flags. */
export function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...chromeArgs, '--hide-scrollbars', '--force-color-profile=srgb'],
    protocolTimeout: 90000,
  });
}

/**
 * Starts the static server and a first browser (for the story parameters).
 * Each worker has a browser of its own: a second tab of one browser is a
 * background tab, whose frames (rAF, ResizeObserver) may stall.
 */
export async function open() {
  const { server, url } = await startServer(9400 + Math.floor(Math.random() * 400), { quiet: true });
  const browser = await launch();
  const version = (await browser.version()).replace(/^[^/]*\//, '');
  return {
    url,
    browser,
    version,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Story parameters (viewport) of every story, read once from the preview. */
export async function storyParameters(env) {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.url}storybook-static/iframe.html`, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue, { timeout: 120000 });
    return await page.evaluate(async () => {
      const all = await window.__STORYBOOK_PREVIEW__.extract();
      const out = {};
      for (const [id, s] of Object.entries(all)) out[id] = { viewport: s.parameters?.viewport?.defaultViewport ?? null };
      return out;
    });
  } finally {
    await page.close();
  }
}

export function widthOf(params) {
  return WIDTHS[params?.viewport] ?? DEFAULT_WIDTH;
}

/** The iframe URL of a story with the given toolbar globals. */
export function storyUrl(env, id, { locale = 'vi', theme = 'light', forced = false } = {}) {
  // a11y.manual: the addon's own axe run after each story is skipped; this harness runs axe itself.
  const globals = [`locale:${locale}`, `theme:${theme}`, `forcedColors:${forced ? 'active' : 'none'}`, 'a11y.manual:!true'];
  return `${env.url}storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals.join(';')}`;
}

/**
 * One page showing stories one after another with the same toolbar globals:
 * the preview is loaded once and stories are switched in place (as the
 * Storybook manager does), which is several times faster than a load per story.
 */
export async function openWorker(env, { locale = 'vi', theme = 'light', forced = false } = {}) {
  const browser = await launch();
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  let errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    const u = r.url();
    // The loading stories hold a request on purpose; a replaced source's fetch is aborted.
    if (!u.startsWith('data:') && !u.includes('__citystat-story') && r.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`request failed: ${u} ${r.failure()?.errorText}`);
  });
  // Through CDP: puppeteer-core 24 (the last for Node 20) refuses forced-colors in emulateMediaFeatures.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: theme === 'dark' ? 'dark' : 'light' },
      { name: 'forced-colors', value: forced ? 'active' : 'none' },
    ],
  });
  await page.setViewport({ width: DEFAULT_WIDTH, height: 900, deviceScaleFactor: 1 });
  const url = storyUrl(env, '__none__', { locale, theme, forced }).replace('id=__none__&', '');
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue, { timeout: 120000 });
  // URL globals only count when the URL names a story: set them through the preview.
  const globals = { locale, theme, forcedColors: forced ? 'active' : 'none', a11y: { manual: true } };
  await page.evaluate((g) => window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals: g }), globals);
  const set = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.storyStoreValue.userGlobals.get());
  if (set.locale !== locale || set.theme !== theme || set.forcedColors !== globals.forcedColors || set.a11y?.manual !== true)
    throw new Error(`Storybook globals not applied: ${JSON.stringify(set)}`);
  await page.addScriptTag({ path: axePath });
  errors = [];
  let width = DEFAULT_WIDTH;

  return {
    page,
    /**
     * Shows story `id` at `w` px and waits until Storybook has rendered it and
     * every citystat element has settled. Returns the errors seen meanwhile and
     * the elements' states.
     */
    async visit(id, w = DEFAULT_WIDTH) {
      if (w !== width) {
        await page.setViewport({ width: w, height: 900, deviceScaleFactor: 1 });
        width = w;
      }
      errors = [];
      await page.evaluate((storyId) => {
        window.__STORYBOOK_PREVIEW__.onSetCurrentStory({ storyId, viewMode: 'story' });
      }, id);
      await page.waitForFunction(
        (storyId) => {
          const r = window.__STORYBOOK_PREVIEW__.currentRender;
          return r?.id === storyId && ['finished', 'errored', 'aborted'].includes(r.phase);
        },
        { timeout: 120000, polling: 50 },
        id,
      );
      const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
      const states = await page.evaluate(async (grace) => {
        const rootEl = document.querySelector('#storybook-root');
        const els = [...(rootEl?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('citystat-'));
        const out = await Promise.all(
          els.map(async (el) => {
            if (typeof el.settled !== 'function') return { tag: el.localName, status: 'not-defined' };
            const status = await Promise.race([el.settled(), new Promise((r) => setTimeout(() => r('timeout'), grace))]);
            return { tag: el.localName, status: status === 'timeout' && el.status === 'loading' ? 'loading-held' : status };
          }),
        );
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return out;
      }, LOADING_GRACE_MS);
      const seen = [...errors];
      if (phase !== 'finished') seen.push(`Storybook render phase: ${phase}`);
      // The theming stories mark a documented property or part they do not show.
      const unset = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root .unset')].map((e) => e.closest('tr')?.querySelector('th')?.textContent?.trim()),
      );
      for (const name of unset) seen.push(`not shown in this story: ${name}`);
      return { errors: seen, states };
    },
    close: () => browser.close(),
  };
}

/** axe-core on the story root; returns the violations (id, impact, help, targets). */
export async function axe(page) {
  return page.evaluate(async () => {
    const result = await window.axe.run('#storybook-root', {
      resultTypes: ['violations'],
      // A story is a fragment of a page: page-level landmark rules do not apply.
      rules: { region: { enabled: false } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

/** Runs `fn` over `items` with at most `n` at a time. */
export async function pool(items, n, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}
