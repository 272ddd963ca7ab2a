// CDN bundles: single files with lit and the d3 modules inside, built from the
// tsc output in dist/ (so the bundles and the npm files are the same code).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Collapses the whitespace of css`…` literals in our own modules (the tsc
 * output keeps it). Only text between `css\`` and the closing backtick is
 * touched; our styles hold no `${}` expressions and no strings that need it.
 */
function minifyCss() {
  return {
    name: 'citystat-minify-css',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`$]*)`/g, (_, body) => {
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

const plugins = [
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

export default [
  {
    // Error messages are a separate chunk, loaded the first time a widget has an
    // error: pages with valid data never download it.
    input: { citystat: 'dist/define.js' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins,
  },
];
