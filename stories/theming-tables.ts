/**
 * The tables of the theming stories (theming.stories.ts): every documented
 * custom property and part (from custom-elements.json, the elements' JSDoc)
 * with its value or rule in the story; a name missing from either is marked.
 */
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { partRules, tags, themeValues } from './theming-styles.js';

interface Documented {
  name: string;
  description?: string;
  tags: string[];
}

/** Every documented CSS property or part of the citystat elements, with the tags that have it. */
function documented(kind: 'cssProperties' | 'cssParts'): Documented[] {
  const byName = new Map<string, Documented>();
  for (const mod of (manifest as any).modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName) continue;
      for (const item of decl[kind] ?? []) {
        const entry: Documented = byName.get(item.name) ?? { name: item.name, description: item.description, tags: [] };
        entry.tags.push(decl.tagName);
        byName.set(item.name, entry);
      }
    }
  }
  // `--x-1 - … (likewise -2 … -8)` documents a numbered series in one line.
  for (const entry of [...byName.values()]) {
    const m = /^(.*-)1$/.exec(entry.name);
    const last = Math.max(1, ...[...(entry.description ?? '').matchAll(/-(\d+)\b/g)].map((n) => Number(n[1])));
    if (!m || last < 2) continue;
    for (let i = 2; i <= last; i++) {
      const name = `${m[1]}${i}`;
      if (!byName.has(name)) byName.set(name, { name, description: `Like ${entry.name} (series 1–${last}).`, tags: entry.tags });
    }
  }
  return [...byName.values()];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function propertyTable() {
  const docs = documented('cssProperties');
  const names = [...new Set([...docs.map((d) => d.name), ...Object.keys(themeValues)])].sort(byName);
  return html`<table class="list">
    <thead>
      <tr><th scope="col">Property</th><th scope="col">Value here</th><th scope="col">Description (JSDoc)</th></tr>
    </thead>
    <tbody>
      ${names.map((name) => {
        const d = docs.find((x) => x.name === name);
        const value = themeValues[name];
        return html`<tr>
          <th scope="row"><code>${name}</code></th>
          <td>
            ${value?.startsWith('#') ? html`<span class="swatch ${name.slice(2)}" aria-hidden="true"></span>` : ''}
            ${value ? html`<code>${value}</code>` : html`<span class="undocumented unset">not set in this story</span>`}
          </td>
          <td>${d ? d.description : html`<span class="undocumented">not in the JSDoc (@cssprop missing)</span>`}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function partTable() {
  const docs = documented('cssParts');
  const names = [...new Set([...docs.map((d) => d.name), ...Object.keys(partRules)])].sort(byName);
  return html`<table class="list">
    <thead>
      <tr><th scope="col">Part</th><th scope="col">Rule here</th><th scope="col">Description (JSDoc)</th></tr>
    </thead>
    <tbody>
      ${names.map((name) => {
        const d = docs.find((x) => x.name === name);
        return html`<tr>
          <th scope="row"><code>::part(${name})</code></th>
          <td>${partRules[name] ? html`<code>${partRules[name]}</code>` : html`<span class="undocumented unset">no rule in this story</span>`}</td>
          <td>${d ? html`${d.description} <small>(${d.tags.length === tags.length ? 'all widgets' : d.tags.join(', ')})</small>` : html`<span class="undocumented">not in the JSDoc (@csspart missing)</span>`}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
