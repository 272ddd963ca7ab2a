// npm run build: tsc (ESM + .d.ts) to dist/, then rollup's CDN bundles to
// dist/cdn/ (with the iframe page embed/*), then prints each bundle's minified, gzip and brotli size.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
// The iframe embed page sits beside citystat.js, in the folder sites host.
cpSync(join(root, 'embed'), join(root, 'dist/cdn'), { recursive: true });

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
