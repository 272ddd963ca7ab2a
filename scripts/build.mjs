// npm run build: tsc (ESM + .d.ts) to dist/, then rollup's CDN bundles to
// dist/cdn/ (with the iframe page embed/*), then prints each bundle's minified, gzip and brotli size.
// A running `npm start` serves its own copy of the last complete build: the
// build mark is removed before dist/ is touched and written once it is whole
// (scripts/dist-snapshot.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { BUILD_MARK } from './dist-snapshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, BUILD_MARK), { force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
// The iframe embed page sits beside citystat.js, in the folder sites host.
cpSync(join(root, 'embed'), join(root, 'dist/cdn'), { recursive: true });
// dist/cdn/preload.json: the chunks citystat.js loads, for a site's modulepreload hints
run(process.execPath, [join(root, 'scripts/preload-manifest.mjs')]);
mkdirSync(dirname(join(root, BUILD_MARK)), { recursive: true });
writeFileSync(join(root, BUILD_MARK), JSON.stringify({ built: new Date().toISOString(), pid: process.pid }));

export function sizes(file) {
  const buf = readFileSync(file);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const cdn = join(root, 'dist/cdn');
console.log('\nCDN bundles (min / gzip / brotli):');
const files = readdirSync(cdn, { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .sort();
for (const name of files) {
  const s = sizes(join(cdn, name));
  console.log(`  dist/cdn/${name.padEnd(32)} ${kb(s.min).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}`);
}
