// CDN bundles, built from the tsc output in dist/ (the bundles and the npm
// files are the same code), with lit and the d3 modules inside:
//  - dist/cdn/citystat.js: every widget (ESM); each widget's own code is a
//    chunk loaded the first time its tag appears in the page;
//  - dist/cdn/<widget>.js: one self-defining widget (ESM);
//  - dist/cdn/citystat.iife.js: every widget as a classic script, for CMSs
//    that only allow those.
// Optional code (error messages, CSV parsing, downloads) is split into
// dist/cdn/chunks/ and loaded on demand by the ESM files; the IIFE inlines it.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Collapses the whitespace of css`…` literals in our own modules (the tsc
 * output keeps it). Only text between `css\`` and the closing backtick is
 * touched; our styles hold no `${}` expressions.
 */
function minifyCss() {
  return {
    name: 'citystat-minify-css',
    transform(code, id) {
      if (id.includes('node_modules') || !/css\s*`/.test(code)) return null;
      const out = code.replace(/css\s*`([^`$]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}

/**
 * Collapses each run of whitespace in the static text of html`…` and svg`…`
 * literals in our own modules to one space (the tsc output keeps the source's
 * indentation). HTML and SVG render such a run as one space anyway; the
 * exception, <pre> and <textarea>, we never write, and a literal holding one
 * is left alone. The literals are found in rollup's parse of the module, so
 * their `${…}` expressions (nested templates among them) are not touched.
 */
function minifyTemplates() {
  const tags = new Set(['html', 'svg']);
  const quasis = (node, out) => {
    if (!node || typeof node !== 'object') return out;
    if (Array.isArray(node)) node.forEach((n) => quasis(n, out));
    else {
      if (node.type === 'TaggedTemplateExpression' && tags.has(node.tag.name)) {
        const raw = node.quasi.quasis.map((q) => q.value.raw).join('');
        if (!/<(pre|textarea)\b/i.test(raw)) out.push(...node.quasi.quasis);
      }
      for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') quasis(node[key], out);
    }
    return out;
  };
  return {
    name: 'citystat-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(html|svg)\s*`/.test(code)) return null;
      const found = quasis(this.parse(code), []).sort((a, b) => b.start - a.start);
      let out = code;
      for (const q of found) {
        // A backslash before a line break is a line continuation: keep such text as it is.
        if (/\\\s/.test(q.value.raw)) continue;
        out = out.slice(0, q.start) + q.value.raw.replace(/\s+/g, ' ') + out.slice(q.end);
      }
      return { code: out, map: null };
    },
  };
}

/** Sets core/dev.js's `DEV` to false: the CDN bundles drop the development warnings. */
function production() {
  return {
    name: 'citystat-production',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/dist/core/dev.js')) return null;
      const out = code.replace('DEV = true', 'DEV = false');
      if (out === code) this.error('dist/core/dev.js no longer reads `DEV = true`');
      return { code: out, map: null };
    },
  };
}

const plugins = () => [
  minifyCss(),
  minifyTemplates(),
  production(),
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  terser({
    ecma: 2021,
    module: true,
    // keep_fargs: nothing reads a function's `length`; unsafe_arrows: no
    // function expression of ours, lit's or d3's is called with `new`;
    // unsafe_proto: `[].slice` for `Array.prototype.slice`.
    compress: { passes: 3, keep_fargs: false, unsafe_arrows: true, unsafe_proto: true },
    // Private members of our classes start with `_` and a lowercase letter;
    // lit's own internals (`_$…`) are left alone.
    mangle: { properties: { regex: /^_[a-z]/ } },
    // No comments but the compile hint (COMPILE_HINT, below; a literal: terser's workers get the options as text).
    format: { comments: /^# allFunctionsCalledOnLoad$/ },
  }),
];

/**
 * V8's explicit compile hint, on the CDN entry and each widget's code (the
 * files whose code runs as a chart is drawn): compiled eagerly, off the main
 * thread while the file streams in, instead of function by function on first
 * call, on the main thread, while the chart is drawn. Not on the chunks loaded
 * when needed, nor on the widgets' own files (docs/design.md, "Compile hint").
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const compileHint = (chunk) => (chunk.isEntry || chunk.moduleIds.some((id) => /\/charts\/[^/]+\/define\.js$/.test(id)) ? COMPILE_HINT : '');

const esm = (name, input) => ({
  input: { [name]: input },
  // Lazy chunks import what they need from the entry itself (no facade files).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    banner: name === 'citystat' ? compileHint : undefined,
    entryFileNames: '[name].js',
    // Six characters of content hash (2^36 names) instead of eight: the entry
    // names every chunk it loads, and random characters do not compress.
    chunkFileNames: 'chunks/[name]-[hash:6].js',
    // Loaders as arrow functions, const and shorthand properties in rollup's own code: shorter than its defaults.
    generatedCode: { arrowFunctions: true, constBindings: true, objectShorthand: true },
  },
  plugins: plugins(),
});

const widgets = existsSync('dist/charts')
  ? readdirSync('dist/charts')
      .filter((w) => existsSync(`dist/charts/${w}/define.js`))
      .sort()
  : [];

export default [
  // The CDN entry: shared code, and each widget's code loaded when its tag appears.
  esm('citystat', 'dist/cdn.js'),
  ...widgets.map((w) => esm(w, `dist/charts/${w}/define.js`)),
  // The chart builder's CSV reader (demo/builder/csv-doc.js), d3-dsv inside:
  // the page loads dist/ modules as they are and cannot resolve bare imports.
  { input: 'dist/core/csv.js', output: { file: 'dist/builder/csv.js', format: 'es' }, plugins: [nodeResolve({ browser: true })] },
  {
    input: 'dist/define.js',
    output: { file: 'dist/cdn/citystat.iife.js', format: 'iife', name: 'citystat', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
];
