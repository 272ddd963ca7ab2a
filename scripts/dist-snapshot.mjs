// The local server's own copy of dist/, so that a build (npm test, npm run
// build) never pulls files from under a running `npm start`. scripts/build.mjs
// removes BUILD_MARK before it touches dist/ and writes it once dist/ is
// complete; the server copies dist/ when it starts and again when it sees a new
// mark, and meanwhile keeps serving the last complete build. URLs do not
// change (/dist/… is served from the copy), so source maps stay right.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_MARK = '.tmp/dist-build.json';
const SNAPSHOTS = '.tmp/serve';

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

let serial = 0;
/** Every copy this process serves, removed when it exits. */
const live = new Set();
const removeAll = () => live.forEach((dir) => rmSync(dir, { recursive: true, force: true }));

/** A copy of `root`/dist that follows completed builds. `dir()` is the folder to serve /dist/ from. */
export function distSnapshot(root) {
  const base = join(root, SNAPSHOTS);
  mkdirSync(base, { recursive: true });
  // Copies left by servers that were killed.
  for (const name of readdirSync(base)) {
    const pid = Number(name.split('-')[0]);
    if (pid !== process.pid && !alive(pid)) rmSync(join(base, name), { recursive: true, force: true });
  }
  const mark = join(root, BUILD_MARK);
  const readMark = () => (existsSync(mark) ? readFileSync(mark, 'utf8') : undefined);
  let current; // { id, dir }

  const refresh = () => {
    const id = readMark();
    // No mark: a build is running (or dist/ was built some other way): keep what is served.
    if (current && (id === undefined || id === current.id)) return;
    if (!existsSync(join(root, 'dist'))) return;
    const dir = join(base, `${process.pid}-${++serial}`);
    try {
      cpSync(join(root, 'dist'), dir, { recursive: true });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      return; // a build started while copying: try again on the next request
    }
    if (readMark() !== id) return void rmSync(dir, { recursive: true, force: true });
    const old = current;
    current = { id, dir };
    live.add(dir);
    if (old) dispose(old);
  };

  const dispose = (copy = current) => {
    if (!copy) return;
    rmSync(copy.dir, { recursive: true, force: true });
    live.delete(copy.dir);
  };
  if (!process.listeners('exit').includes(removeAll)) process.once('exit', removeAll);
  refresh();
  return {
    dir() {
      refresh();
      return current?.dir;
    },
    dispose: () => dispose(),
  };
}
