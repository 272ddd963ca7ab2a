// The built Storybook (storybook-static/): where it is, its stories, and whether it
// is older than what it is built from. Used through harness.mjs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const staticDir = join(root, 'storybook-static');

/** The stories of the built Storybook (docs entries excluded), or undefined when it is not built. */
export function readStories() {
  const file = join(staticDir, 'index.json');
  if (!existsSync(file)) return undefined;
  const index = JSON.parse(readFileSync(file, 'utf8'));
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => ({ id: e.id, title: e.title, name: e.name }));
}

/**
 * A reason to skip when storybook-static/ is older than the files it is built
 * from (src/, stories/, .storybook/, custom-elements.json), else undefined.
 */
export function staleBuild() {
  const built = statSync(join(staticDir, 'index.json')).mtimeMs;
  const newest = { file: '', mtime: 0 };
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else {
        const m = statSync(p).mtimeMs;
        if (m > newest.mtime) Object.assign(newest, { file: p, mtime: m });
      }
    }
  };
  for (const d of ['src', 'stories', '.storybook']) if (existsSync(join(root, d))) visit(join(root, d));
  const manifest = join(root, 'custom-elements.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs > newest.mtime)
    Object.assign(newest, { file: manifest, mtime: statSync(manifest).mtimeMs });
  return newest.mtime > built
    ? `storybook-static/ is older than ${newest.file.slice(root.length + 1)}: run \`npm run build-storybook\` first`
    : undefined;
}
