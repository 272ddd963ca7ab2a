// VS Code custom data (html.customData) from custom-elements.json, so the
// editor completes citystat tags and attributes with their documentation:
// "html.customData": ["./node_modules/citystat/vscode.html-custom-data.json"].
// `--check` compares instead of writing and exits 1 when stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

export function vscodeData(manifest) {
  const tags = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      tags.push({
        name: d.tagName,
        description: [d.summary, d.description].filter(Boolean).join('\n\n'),
        attributes: (d.attributes ?? []).map((a) => {
          const values = /^(('[^']*'|"[^"]*")\s*\|\s*)+('[^']*'|"[^"]*")(\s*\|\s*undefined)?$/.test(a.type?.text ?? '')
            ? a.type.text
                .split('|')
                .map((v) => v.trim().replace(/^['"]|['"]$/g, ''))
                .filter((v) => v !== 'undefined')
                .map((name) => ({ name }))
            : undefined;
          return { name: a.name, description: a.description ?? '', ...(values ? { values } : {}) };
        }),
        references: [{ name: 'Data schema', url: `https://citystat.dev/schemas/${d.tagName.replace('citystat-', '')}.schema.json` }],
      });
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return JSON.stringify({ version: 1.1, tags }, null, 2) + '\n';
}

const out = vscodeData(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const file = 'vscode.html-custom-data.json';
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== out) {
    console.error(`${file} is stale: run npm run manifest`);
    process.exit(1);
  }
  console.log(`${file} up to date`);
} else {
  writeFileSync(file, out);
  console.log(`wrote ${file}`);
}
