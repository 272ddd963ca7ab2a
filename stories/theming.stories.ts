import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/kpi/define.js';
import '../src/charts/fdi-composition/define.js';
import '../src/charts/fair-participation/define.js';
import '../src/charts/trend/define.js';
import manifest from '../custom-elements.json';
import sectors from '../data-schemas/examples/sector-breakdown.json';
import kpi from '../data-schemas/examples/kpi.json';
import fdi from '../data-schemas/examples/fdi-composition.json';
import fairs from '../data-schemas/examples/fair-participation.json';
import trend from '../data-schemas/examples/trend.json';

/**
 * Theming: every public `--citystat-*` custom property and every `::part()`
 * in use, on the real widgets. The lists come from custom-elements.json (the
 * elements' JSDoc); a name used here but missing from the JSDoc is marked.
 */

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

/** A newspaper theme: each value meets 4.5:1 (text) or 3:1 (marks) on the cream background. */
const themeValues: Record<string, string> = {
  '--citystat-font-family': "Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  '--citystat-font-size': '16px',
  '--citystat-color-background': '#fbf6ec',
  '--citystat-color-text': '#2b2118',
  '--citystat-color-muted': '#5e4b3c',
  '--citystat-color-accent': '#8a3b12',
  '--citystat-color-accent-strong': '#5c2408',
  '--citystat-color-grid': '#d9cbb5',
  '--citystat-color-missing': '#6f5f50',
  '--citystat-color-focus': '#0b57d0',
  '--citystat-color-error': '#9b1c1c',
  '--citystat-color-error-background': '#fbe3dc',
  '--citystat-color-notice-background': '#f6e7b9',
  '--citystat-radius': '10px',
  '--citystat-padding': '16px 20px',
  '--citystat-sector-bar-color': '#8a3b12',
  '--citystat-fair-bar-color': '#1f5e4a',
  '--citystat-color-1': '#8a3b12',
  '--citystat-color-2': '#1f5e4a',
  '--citystat-color-3': '#3b4f8f',
  '--citystat-color-4': '#7a2f6b',
  '--citystat-color-5': '#6b5a10',
  '--citystat-color-6': '#2e6f80',
  '--citystat-color-7': '#9c3d3d',
  '--citystat-color-8': '#4d4d4d',
  '--citystat-kpi-color-good': '#1e6b34',
  '--citystat-kpi-color-bad': '#a3231b',
  '--citystat-kpi-card-background': '#f3ead8',
  '--citystat-trend-column-color': '#6b3fa0',
};

/** One `::part()` rule per part, in the `.cs-parts` scope. */
const partRules: Record<string, string> = {
  base: 'border: 2px solid #1d5fa8; border-radius: 6px; padding: 8px 12px;',
  title: 'text-transform: uppercase; letter-spacing: 0.04em;',
  subtitle: 'font-style: italic;',
  chart: 'border-top: 1px dashed #6b7178; padding-top: 8px;',
  mark: 'cursor: pointer;',
  bar: 'stroke: #0e2f57; stroke-width: 1.5px;',
  segment: 'stroke: #ffffff; stroke-width: 2px;',
  key: 'rx: 6px; ry: 6px;',
  label: 'font-style: italic;',
  tooltip: 'filter: drop-shadow(0 2px 2px rgb(0 0 0 / 0.35));',
  table: 'background: rgb(29 95 168 / 0.08);',
  'table-toggle': 'border-radius: 999px; padding-inline: 1em;',
  actions: 'outline: 1px dotted #6b7178;',
  action: 'border-style: dashed;',
  notice: 'border-inline-start: 4px solid #8a6100;',
  note: 'font-style: italic;',
  source: 'font-weight: 600;',
  error: 'border-radius: 0; border-inline-start-width: 8px;',
};

const tags = ['citystat-sector-breakdown', 'citystat-kpi', 'citystat-fdi-composition', 'citystat-fair-participation', 'citystat-trend'];

const frame = html`<style>
  .cs-theming {
    display: grid;
    gap: 20px;
    font-family: system-ui, sans-serif;
    color: #1b1f24;
  }
  .cs-theming h2 {
    font-size: 18px;
    margin: 0;
  }
  .cs-theming > p {
    margin: -12px 0 0;
  }
  .cs-theming .list {
    border-collapse: collapse;
    font-size: 14px;
    background: #ffffff;
    color: #1b1f24;
  }
  .cs-theming .list th,
  .cs-theming .list td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid #d5d9de;
    padding: 4px 8px;
  }
  .cs-theming code {
    font-size: 13px;
  }
  .cs-theming .undocumented {
    color: #a4161a;
    font-weight: 600;
  }
  .cs-theming .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border: 1px solid #50575f;
    vertical-align: -2px;
    margin-inline-end: 6px;
  }
  .cs-theming.dark h2,
  .cs-theming.dark > p {
    color: #eceff3;
  }
</style>`;

/** CSS text of the custom-property theme, scoped to `.cs-custom`. */
const customCss = `.cs-custom :is(${tags.join(', ')}) {\n${Object.entries(themeValues)
  .map(([k, v]) => `  ${k}: ${v};`)
  .join('\n')}\n}`;

/** Swatch classes: one rule per colour value, no inline styles. */
const swatchCss = Object.entries(themeValues)
  .filter(([, v]) => v.startsWith('#'))
  .map(([k, v]) => `.cs-theming .swatch.${k.slice(2)} { background: ${v}; }`)
  .join('\n');

const partsCss = tags
  .flatMap((tag) => Object.entries(partRules).map(([part, rule]) => `.cs-parts ${tag}::part(${part}) { ${rule} }`))
  .join('\n');

// The generated rules go into one document style sheet (bindings inside a
// template's <style> are not something Lit promises to support).
const sheet = document.createElement('style');
sheet.dataset.citystatStory = 'theming';
sheet.textContent = [customCss, swatchCss, partsCss].join('\n');
document.head.append(sheet);

const illustrative = { vi: 'Số liệu minh họa, không phải số liệu thật', en: 'Illustrative numbers, not real data' };
// Beyond the rounding tolerance of nine integer figures (±4.5), so the notice shows.
const withNotice = { ...sectors, total: 45 };
const withMissing = {
  ...sectors,
  total: undefined,
  note: illustrative,
  items: sectors.items.map((item: any, i: number) => (i === 2 ? { ...item, value: null } : item)),
};
const eightParts = {
  title: { vi: 'Ví dụ minh họa: tám thành phần (số liệu giả định)', en: 'Illustration: eight parts (made-up figures)' },
  unit: { vi: 'triệu USD', en: 'million USD' },
  components: [120, 95, 80, 64, 40, 22, 9, 3].map((capital, i) => ({
    id: `p${i + 1}`,
    label: { vi: `Thành phần ${i + 1}`, en: `Part ${i + 1}` },
    capital,
  })),
};
const goodAndBad = {
  title: illustrative,
  figures: [
    {
      id: 'good',
      label: { vi: 'Tăng, tin tốt', en: 'Up, good news' },
      value: 120,
      change: { value: 4.5, kind: 'percent', comparison: { vi: 'so với cùng kỳ', en: 'year on year' }, direction: 'up-good' },
    },
    {
      id: 'bad',
      label: { vi: 'Tăng, tin xấu', en: 'Up, bad news' },
      value: 12,
      change: { value: 2, kind: 'absolute', comparison: { vi: 'so với năm trước', en: 'on last year' }, direction: 'up-bad' },
    },
  ],
};
const broken = { ...sectors, items: [{ id: 'a', label: 'A', value: 'six' }] };

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function propertyTable() {
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

function partTable() {
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

/** Hovers the first mark of every chart and opens the first data table, so tooltip and table parts show. */
async function revealParts({ canvasElement }: { canvasElement: HTMLElement }) {
  const charts = [...canvasElement.querySelectorAll<HTMLElement & { settled(): Promise<string> }>(tags.join(','))];
  await Promise.all(charts.map((c) => c.settled()));
  const first = charts.find((c) => c.localName === 'citystat-sector-breakdown');
  first?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="table-toggle"]')?.click();
  const hovered = charts.find((c) => c.localName === 'citystat-fair-participation');
  hovered?.shadowRoot?.querySelector('[data-index="0"]')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await Promise.all(charts.map((c) => c.settled()));
}

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

export const CustomProperties: Story = {
  render: (_args, context) => {
    const dark = context.globals.theme === 'dark' ? 'dark' : '';
    return html`${frame}
      <div class="cs-theming cs-custom ${dark}">
        <h2>--citystat-* custom properties</h2>
        <p>Set on the elements (or any ancestor); they pierce the shadow root. Every documented property has a value here.</p>
        ${propertyTable()}
        <citystat-sector-breakdown .data=${withNotice} actions="csv"></citystat-sector-breakdown>
        <citystat-sector-breakdown .data=${withMissing}></citystat-sector-breakdown>
        <citystat-kpi .data=${kpi}></citystat-kpi>
        <citystat-kpi .data=${goodAndBad}></citystat-kpi>
        <citystat-fdi-composition .data=${fdi}></citystat-fdi-composition>
        <citystat-fdi-composition .data=${eightParts} variant="donut"></citystat-fdi-composition>
        <citystat-fair-participation .data=${fairs}></citystat-fair-participation>
        <citystat-trend .data=${trend}></citystat-trend>
        <citystat-sector-breakdown .data=${broken}></citystat-sector-breakdown>
      </div>`;
  },
};

export const Parts: Story = {
  render: (_args, context) => {
    const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
    return html`${frame}
      <div class="cs-theming cs-parts ${theme}">
        <h2>::part() selectors</h2>
        <p>
          Each part below has a visible rule; the first data table is opened and one tooltip is shown. Chart text
          (<code>label</code>, <code>mark</code>) is laid out from the default font's widths: restyle its colour or
          style, not its size, weight or letter spacing, or long labels may overlap.
        </p>
        ${partTable()}
        <citystat-sector-breakdown .data=${withNotice} theme=${theme} actions="csv"></citystat-sector-breakdown>
        <citystat-fdi-composition .data=${fdi} theme=${theme}></citystat-fdi-composition>
        <citystat-fair-participation .data=${fairs} theme=${theme}></citystat-fair-participation>
        <citystat-kpi .data=${kpi} theme=${theme}></citystat-kpi>
        <citystat-sector-breakdown .data=${broken} theme=${theme}></citystat-sector-breakdown>
      </div>`;
  },
  play: revealParts,
};
