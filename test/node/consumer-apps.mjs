// The three apps of test/node/consumer.test.mjs, as the files written into their projects.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `files` (name → text) into `dir`. */
export function writeApp(dir, files) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** (a) A plain page loading the CDN file from node_modules, each example in an inline script. */
export function plainApp(examples) {
  const body = Object.entries(examples)
    .map(
      ([w, doc]) =>
        `<citystat-${w} lang="vi">\n<script type="application/json">${JSON.stringify(doc).replace(/<\//g, '<\\/')}</script>\n</citystat-${w}>`,
    )
    .join('\n');
  return {
    'index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain</title>
<script type="module" src="./node_modules/citystat/dist/cdn/citystat.js"></script></head><body>${body}</body></html>`,
  };
}

/** (b) A Vite app importing citystat/define.js and citystat, one element per widget with its example. */
export function viteApp(widgets, examples) {
  return {
    'index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Vite</title></head>
<body><main id="app"></main><script type="module" src="./main.js"></script></body></html>`,
    'data.json': JSON.stringify(examples),
    'main.js': `import 'citystat/define.js';
import { CitystatSectorBreakdown } from 'citystat';
import examples from './data.json';

if (customElements.get('citystat-sector-breakdown') !== CitystatSectorBreakdown) throw new Error('one class for one tag');
const app = document.getElementById('app');
for (const name of ${JSON.stringify(widgets)}) {
  const el = document.createElement('citystat-' + name);
  el.data = examples[name];
  app.append(el);
}
`,
  };
}

/** (c) A React 19 app importing each widget's own entry and setting `data` as a property through a ref. */
export function reactApp(widgets, examples) {
  return {
    'index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React</title></head>
<body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>`,
    'data.json': JSON.stringify(examples),
    'main.jsx': `import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
${widgets.map((w) => `import 'citystat/${w}.js';`).join('\n')}
import examples from './data.json';

/** A citystat element whose data is set as a property (not an attribute). */
function Chart({ tag: Tag, data }) {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.data = data;
  }, [data]);
  return <Tag ref={ref} lang="vi" />;
}

function App() {
  return (
    <main>
      {${JSON.stringify(widgets)}.map((name) => (
        <section key={name}>
          <Chart tag={'citystat-' + name} data={examples[name]} />
        </section>
      ))}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
`,
  };
}
