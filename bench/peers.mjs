// The peers' prebuilt bundles in node_modules (Chart.js, Plot and the d3 UMD
// bundle Plot's UMD needs) and the versions installed, for the bench pages
// and the report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The peers' files by the name they are served under (/vendor/<name>); exits when one is missing. */
export function peerFiles(root) {
  // the first existing path: npm may nest d3 under plot
  const firstFile = (...paths) => paths.map((p) => join(root, p)).find((p) => existsSync(p));
  const vendor = {
    'chart.umd.js': firstFile('node_modules/chart.js/dist/chart.umd.js'),
    'plot.umd.min.js': firstFile('node_modules/@observablehq/plot/dist/plot.umd.min.js'),
    'd3.min.js': firstFile('node_modules/@observablehq/plot/node_modules/d3/dist/d3.min.js', 'node_modules/d3/dist/d3.min.js'),
  };
  for (const [name, path] of Object.entries(vendor)) {
    if (!path) {
      console.error(`${name} not found in node_modules: run npm install`);
      process.exit(1);
    }
  }
  return vendor;
}

/** Installed versions of the peers, '?' for one not found. */
export function peerVersions(root) {
  const version = (pkg) => {
    for (const p of [`node_modules/${pkg}/package.json`, `node_modules/@observablehq/plot/node_modules/${pkg}/package.json`]) {
      if (existsSync(join(root, p))) return JSON.parse(readFileSync(join(root, p), 'utf8')).version;
    }
    return '?';
  };
  return { 'chart.js': version('chart.js'), '@observablehq/plot': version('@observablehq/plot'), d3: version('d3') };
}
