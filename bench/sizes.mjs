// Bundle sizes: gzip (level 9) and brotli (q 11) bytes of what a page
// downloads to draw charts from JSON. citystat: the snapshot's citystat.js
// with the chunks it imports statically, plus each widget's chunks; the
// peers: their prebuilt bundles.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Minified, gzip and brotli bytes of `files`, named as in the repository. */
function bytes(root, files) {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  // Each file is downloaded and compressed on its own: sum per file.
  const per = files.map((f) => {
    const b = readFileSync(f);
    return {
      gzip: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  return {
    files: files.map((f) => f.replace(`${root}/`, '').replace('bench/results/cdn', 'dist/cdn')),
    min: buf.length,
    gzip: per.reduce((s, p) => s + p.gzip, 0),
    brotli: per.reduce((s, p) => s + p.brotli, 0),
  };
}

/** `entry` and the chunks it imports statically (what every page downloads), and the ones it imports lazily. */
function staticGraph(entry) {
  const seen = new Set([entry]);
  const lazy = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const dep = normalize(join(dirname(file), m[1]));
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
    for (const m of code.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) lazy.add(normalize(join(dirname(file), m[1])));
  }
  for (const f of seen) lazy.delete(f);
  return { files: [...seen], lazy: [...lazy] };
}

/** The sizes of citystat (from the dist/cdn snapshot) and of the peers' bundles (`vendor`). */
export function bundleSizes(root, snapshot, vendor) {
  // citystat.js is the core (lit, base element, shared code) and loads each
  // widget's code (a chunk that calls customElements.define) when its tag
  // appears; other chunks (error messages, CSV, downloads) load only when used.
  const core = staticGraph(join(snapshot, 'citystat.js'));
  const widgetChunks = {};
  const onDemand = [];
  for (const file of core.lazy) {
    const tag = /customElements\.define\(\s*["'](citystat-[a-z-]+)["']/.exec(readFileSync(file, 'utf8'))?.[1];
    if (tag) widgetChunks[tag] = staticGraph(file).files.filter((f) => !core.files.includes(f));
    else onDemand.push(file);
  }
  const allWidgetFiles = [...new Set(Object.values(widgetChunks).flat())];
  const size = (files) => bytes(root, files);
  return {
    citystat: {
      // what a page with every widget downloads to draw them from JSON
      ...size([...core.files, ...allWidgetFiles]),
      core: size(core.files),
      // a page with one widget: the core and that widget's code
      pages: Object.fromEntries(Object.entries(widgetChunks).map(([tag, files]) => [tag, size([...core.files, ...files])])),
      widgets: Object.fromEntries(Object.entries(widgetChunks).map(([tag, files]) => [tag, size(files)])),
      lazy: onDemand.map((f) => size([f])),
    },
    chartjs: size([vendor['chart.umd.js']]),
    plot: size([vendor['plot.umd.min.js'], vendor['d3.min.js']]),
  };
}
