// Maps a CPU profile's call frame in the minified dist/cdn files back to its
// source line through the build's source maps (`src/base/report-controller.ts:45`),
// for bench/article-trace.mjs. Frames outside the snapshot keep their own name.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Base64 VLQ numbers of one mapping segment. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Per generated line, its segments [column, source, line] in column order. */
function decode(map) {
  let source = 0;
  let line = 0;
  return map.mappings.split(';').map((row) => {
    let column = 0;
    const segments = [];
    for (const seg of row.split(',').filter(Boolean)) {
      const [dc, ds, dl] = vlq(seg);
      column += dc;
      if (ds === undefined) continue;
      source += ds;
      line += dl;
      segments.push([column, source, line]);
    }
    return segments;
  });
}

/** A function `(frame) => "file:line name"` for frames served from `snapshot` under `base`/cdn/. */
export function sourceLines(snapshot, base) {
  const maps = new Map();
  const load = (file) => {
    if (!maps.has(file)) {
      const path = join(snapshot, `${file}.map`);
      const map = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
      maps.set(file, map && { sources: map.sources, lines: decode(map) });
    }
    return maps.get(file);
  };
  return ({ url, lineNumber, columnNumber, functionName }) => {
    const name = functionName || '(anonymous)';
    const file = url?.startsWith(`${base}/cdn/`) ? url.slice(base.length + 5) : undefined;
    const map = file && load(file);
    if (!map) return `${name}${url ? ` ${url.replace(/^.*\//, '')}:${lineNumber + 1}` : ''}`;
    const segments = map.lines[lineNumber] ?? [];
    let hit;
    for (const s of segments) if (s[0] <= columnNumber) hit = s;
    if (!hit) return `${name} ${file}:${lineNumber + 1}:${columnNumber}`;
    const src = map.sources[hit[1]].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    return `${src}:${hit[2] + 1} (${name})`;
  };
}
