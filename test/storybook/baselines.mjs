// Visual baselines of the stories (test/visual-baselines/<story id>.png): a
// screenshot of the story root compared with its baseline. Used through harness.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { root } from './static-build.mjs';

export const baselineDir = join(root, 'test', 'visual-baselines');
export const diffDir = join(root, 'test', 'visual-diffs');

/** A pixel differs when pixelmatch's YIQ distance exceeds this (0..1). */
export const PIXEL_THRESHOLD = 0.1;
/** A story fails when more than this share of its pixels differ. */
export const MAX_DIFF_RATIO = 0.001;

/**
 * The Chromium builds the baselines hold for: the one they were recorded with
 * (README line `Chromium: …`), then those a full compare found unchanged
 * (line `Compared clean on: a, b`). Empty without a README.
 */
export function baselineChromiums() {
  const readme = join(baselineDir, 'README.md');
  if (!existsSync(readme)) return [];
  const text = readFileSync(readme, 'utf8');
  const recorded = /^Chromium:\s*(\S+)/m.exec(text)?.[1];
  const clean = /^Compared clean on:\s*(.+)$/m.exec(text)?.[1].split(',') ?? [];
  return [recorded, ...clean].map((v) => v?.trim()).filter(Boolean);
}

/** Whether the baselines hold for this Chromium: same major version as one of `baselineChromiums()`. */
export function baselinesHoldFor(version) {
  const major = (v) => v.split('.')[0];
  const known = baselineChromiums();
  return !known.length || known.some((v) => major(v) === major(version));
}

/** A PNG of the story root (its whole box, below the fold too). */
export async function shoot(page) {
  const box = await page.evaluate(() => {
    const el = document.querySelector('#storybook-root');
    const r = el.getBoundingClientRect();
    return { x: 0, y: 0, width: Math.ceil(document.documentElement.clientWidth), height: Math.ceil(r.bottom + 16) };
  });
  return Buffer.from(await page.screenshot({ clip: box, captureBeyondViewport: true, type: 'png' }));
}

/** File name of a story's baseline and diff. */
export const pngName = (id) => `${id}.png`;

/**
 * Compares a screenshot with the story's baseline. Writes the diff image
 * (changed pixels in red over a faded copy) to test/visual-diffs/ when it fails.
 */
export function compare(id, actual) {
  const baselineFile = join(baselineDir, pngName(id));
  if (!existsSync(baselineFile)) return { status: 'missing', baselineFile };
  const a = PNG.sync.read(readFileSync(baselineFile));
  const b = PNG.sync.read(actual);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const pa = pad(a, width, height);
  const pb = pad(b, width, height);
  const diff = new PNG({ width, height });
  const changed = pixelmatch(pa.data, pb.data, diff.data, width, height, { threshold: PIXEL_THRESHOLD });
  const ratio = changed / (width * height);
  const sizeChanged = a.width !== b.width || a.height !== b.height;
  const ok = ratio <= MAX_DIFF_RATIO && !sizeChanged;
  let diffFile;
  if (!ok) {
    mkdirSync(diffDir, { recursive: true });
    diffFile = join(diffDir, pngName(id));
    writeFileSync(diffFile, PNG.sync.write(diff));
    writeFileSync(join(diffDir, `${id}.actual.png`), actual);
  }
  return {
    status: ok ? 'same' : 'changed',
    changed,
    ratio,
    size: `${b.width}x${b.height}`,
    baselineSize: `${a.width}x${a.height}`,
    diffFile,
  };
}

function pad(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const out = new PNG({ width, height, fill: true });
  out.data.fill(0);
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out;
}

export function writeBaseline(id, png) {
  mkdirSync(baselineDir, { recursive: true });
  writeFileSync(join(baselineDir, pngName(id)), png);
}
