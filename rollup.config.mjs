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

const plugins = () => [
  minifyCss(),
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    // Private members of our classes start with `_` and a lowercase letter;
    // lit's own internals (`_$…`) are left alone.
    mangle: { properties: { regex: /^_[a-z]/ } },
    format: { comments: false },
  }),
];

const esm = (name, input) => ({
  input: { [name]: input },
  // Lazy chunks import what they need from the entry itself (no facade files).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
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
