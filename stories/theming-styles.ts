/**
 * The theme of the theming stories (theming.stories.ts): a value for every
 * `--citystat-*` custom property, a rule for every `::part()`, the page's own
 * frame, and the generated rules in one document style sheet.
 */
import { html } from 'lit';

/** A newspaper theme: each value meets 4.5:1 (text) or 3:1 (marks) on the cream background. */
export const themeValues: Record<string, string> = {
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
export const partRules: Record<string, string> = {
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

export const tags = [
  'citystat-sector-breakdown',
  'citystat-kpi',
  'citystat-fdi-composition',
  'citystat-fair-participation',
  'citystat-trend',
];

export const frame = html`<style>
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
