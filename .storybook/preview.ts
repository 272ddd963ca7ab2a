import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';

// Autodocs tables (attributes, properties, events, CSS parts and custom
// properties) come from the JSDoc of the elements, through custom-elements.json
// (`npm run manifest`).
setCustomElementsManifest(manifest);

interface CemItem {
  kind?: string;
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
  static?: boolean;
}

/** A TypeScript type text as a Storybook type, so controls are inferred (`'a' | 'b'` → a radio). */
function sbType(text: string): { name: string; value?: unknown } {
  const t = text.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (t === 'number' || t === 'string' || t === 'boolean') return { name: t };
  const literals = t.split('|').map((x) => x.trim());
  if (literals.every((x) => /^'[^']*'$/.test(x))) return { name: 'enum', value: literals.map((x) => x.slice(1, -1)) };
  return { name: 'other', value: t };
}

/**
 * The argTypes of a citystat element from custom-elements.json, one row per
 * setting: a property with an attribute is shown under its attribute name
 * (`max-bars`) but keyed by the property (`maxBars`), as the stories' args are,
 * so it is not listed twice; read-only properties, events, CSS parts and custom
 * properties are documented without a control.
 */
function citystatArgTypes(tagName: string): Record<string, unknown> | null {
  let decl: any;
  for (const mod of (manifest as any).modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tagName) decl = d;
  if (!decl) return null;
  const out: Record<string, unknown> = {};
  const row = (item: CemItem, category: string, extra: Record<string, unknown> = {}) => ({
    name: item.name,
    description: item.description,
    ...(item.type?.text ? { type: sbType(item.type.text) } : {}),
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
    ...(item.type?.text && sbType(item.type.text).name === 'other' ? { control: false } : {}),
    ...extra,
  });
  const attributes: CemItem[] = decl.attributes ?? [];
  const attrs: Record<string, unknown> = {};
  const props: Record<string, unknown> = {};
  const readonly: Record<string, unknown> = {};
  for (const m of (decl.members ?? []) as CemItem[]) {
    if (m.kind !== 'field' || m.static) continue;
    const attr = attributes.find((a) => a.fieldName === m.name);
    if (m.readonly) readonly[m.name] = row(m, 'properties (read-only)', { control: false, type: undefined });
    else if (attr) attrs[m.name] = { ...row({ ...m, description: attr.description ?? m.description }, 'attributes'), name: attr.name };
    else props[m.name] = row(m, 'properties');
  }
  for (const a of attributes) if (!a.fieldName && !attrs[a.name]) attrs[a.name] = row(a, 'attributes');
  Object.assign(out, attrs, props, readonly);
  for (const e of (decl.events ?? []) as CemItem[]) {
    const handler = `on${e.name.replace(/(^|-)(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`;
    out[handler] = { name: handler, action: e.name, table: { disable: true } };
    out[`event:${e.name}`] = row(e, 'events', { control: false });
  }
  for (const p of (decl.cssParts ?? []) as CemItem[])
    out[`part:${p.name}`] = row({ ...p, name: `::part(${p.name})` }, 'css shadow parts', { control: false });
  for (const p of (decl.cssProperties ?? []) as CemItem[]) out[`cssprop:${p.name}`] = row(p, 'css custom properties', { control: false });
  return out;
}

/**
 * Global toolbars: language, theme and forced colours; every story follows them
 * unless it sets its own `lang` or `theme` arg.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
    forcedColors: {
      description: 'Forced colours (an approximation: the tokens are set to system colours)',
      toolbar: {
        title: 'Forced colours',
        icon: 'eye',
        items: [
          { value: 'none', title: 'Normal colours' },
          { value: 'active', title: 'Forced colours (approximation)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light', forcedColors: 'none' },
  decorators: [
    (story, context) => {
      const lang = (context.args.lang as string) || (context.globals.locale as string) || 'vi';
      const theme = (context.args.theme as string) || (context.globals.theme as string) || 'light';
      const forced = context.globals.forcedColors === 'active';
      const dark = !forced && (theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches));
      // Docs pages show several stories at once: only a story alone sets the page.
      if (context.viewMode === 'story') {
        document.documentElement.lang = lang;
        document.documentElement.classList.toggle('citystat-dark-story', dark);
      }
      return html`<div lang=${lang} data-theme=${theme} class=${forced ? 'story-frame forced-colors' : 'story-frame'}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    options: {
      storySort: { order: ['Guides', ['Embedding', 'Theming'], 'Widgets', 'Pages'] },
    },
    a11y: { test: 'error' },
    docs: {
      toc: true,
      extractArgTypes: citystatArgTypes,
    },
    viewport: {
      options: {
        phone: { name: 'Phone 360', styles: { width: '360px', height: '740px' } },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop 1200', styles: { width: '1200px', height: '900px' } },
      },
    },
  },
};

export default preview;
