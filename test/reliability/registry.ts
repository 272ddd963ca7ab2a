/**
 * The widgets the reliability tests cover: those of the registry,
 * src/widgets.json (name, tag, examples). Each entry of `widgetSpecs` says what
 * the generic tests cannot read from a schema: how many marks a valid document
 * draws, how to make a schema-valid random document also pass the widget's own
 * checks (unique ids, cross-field rules), and how to grow a list to 10,000
 * items. A registry widget without an entry here is reported as pending (and
 * test/node/registry.test.mjs fails): add one with each new widget.
 */
import { widgetRegistry, type AnyChart } from '../helpers.js';
import type { Expect } from './catalogue.js';
import { trendSpec } from './trend-spec.js';
import { checkTotal } from '../../src/core/total.js';
import { restOf } from '../../src/core/partial.js';
import { uiStrings } from '../../src/core/i18n.js';

type Doc = Record<string, any>;

/** A widget of src/widgets.json. */
interface RegistryEntry {
  /** Folder name under src/charts/ and data-schemas/. */
  name: string;
  tag: string;
  /** Example documents (file names in data-schemas/examples/). */
  examples: string[];
}

/** What the reliability tests know of one widget beyond its registry entry. */
interface Expectations {
  /** Marks a valid document draws with the element's current attributes. */
  expectedMarks(data: Doc, el: AnyChart): number;
  /** Makes a schema-valid random document satisfy the widget's own checks. */
  repair(data: Doc): Doc;
  /** Lists of items with unique `id`s, as field paths of the document. */
  lists: string[];
  /** Item `i` of a long list grown from `template` (ids unique). */
  grow(list: string, template: Doc, i: number, data: Doc): Doc;
  /** Random attribute values (the layout's options), applied before rendering. */
  attributes?: Array<{ name: string; values: Array<string | number> }>;
  /**
   * A valid document that makes the element load the chunks only some data
   * needs (the extras of partial breakdowns): the bulk runs call the pure
   * layout, which lays out nothing until they are there.
   */
  extras?: Doc;
  /** Cases of the widget's own checks the schema cannot express (e.g. periods out of order), built from the example. */
  ownCases?(example: Doc): Array<{ name: string; data: Doc; expect: Expect }>;
}

export interface WidgetSpec extends RegistryEntry, Expectations {}

/** Makes the `id`s of a list unique, keeping their order. */
export function uniqueIds(list: Doc[]): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (!item || typeof item !== 'object') return;
    let id = String(item.id ?? `id${i}`) || `id${i}`;
    while (seen.has(id)) id = `${id}~${i}`;
    seen.add(id);
    item.id = id;
  });
}

const attr = (el: Element, name: string, fallback: number): number => {
  const v = el.getAttribute(name);
  if (v === null) return fallback;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
};

/** A partial breakdown's remainder is drawn: the data says so and the stated total exceeds the parts beyond rounding. */
const rest = (data: Doc, values: Array<number | null>) => (restOf(uiStrings('en'), data.rest, checkTotal(values, data.total)) ? 1 : 0);

export const widgetSpecs: Record<string, Expectations> = {
  'sector-breakdown': {
    lists: ['items'],
    attributes: [
      { name: 'max-bars', values: [0, 1, 2, 3, 5, 30] },
      { name: 'order', values: ['value', 'data'] },
    ],
    // Missing values are drawn as missing rows; beyond max-bars the smallest
    // known values are grouped into one "Other" row.
    expectedMarks(data, el) {
      const items: Doc[] = data.items;
      const maxBars = attr(el, 'max-bars', 30);
      const known = data.breakdownPublished === false ? 0 : items.filter((i) => i.value !== null).length;
      // A partial breakdown (`rest`) adds its remainder row when the total holds more than the parts.
      const more =
        data.breakdownPublished === false
          ? 0
          : rest(
              data,
              items.map((i) => i.value),
            );
      if (maxBars > 0 && known > maxBars) return maxBars + (items.length - known) + more;
      return items.length + more;
    },
    extras: {
      items: [
        { id: 'a', label: 'A', value: 1 },
        { id: 'b', label: 'B', value: 2 },
      ],
    },
    repair(data) {
      uniqueIds(data.items);
      if (data.breakdownPublished === false) for (const item of data.items) item.value = null;
      return data;
    },
    grow: (_list, template, i) => ({
      ...template,
      id: `grown-${i}`,
      value: typeof template.value === 'number' ? (i % 97) + 1 : template.value,
    }),
  },
  'fair-participation': {
    lists: ['measures', 'events'],
    attributes: [
      { name: 'max-rows', values: [0, 1, 2, 100] },
      { name: 'sort-by', values: ['data', 'date'] },
    ],
    // One bar (or missing mark) per drawn event and measure.
    expectedMarks(data, el) {
      const maxRows = attr(el, 'max-rows', 100);
      const rows = maxRows > 0 ? Math.min(maxRows, data.events.length) : data.events.length;
      return rows * data.measures.length;
    },
    repair(data) {
      uniqueIds(data.measures);
      uniqueIds(data.events);
      for (const e of data.events) {
        const values: Doc = {};
        data.measures.forEach((m: Doc, j: number) => {
          const given = Object.values(e.values ?? {})[j];
          let v = given === undefined ? null : given;
          if (m.integer && typeof v === 'number') v = Math.round(v);
          values[m.id] = v;
        });
        e.values = values;
        // Days past a month's end (2023-02-30) are rejected by the widget.
        if (typeof e.date === 'string' && /-(29|3[01])$/.test(e.date)) e.date = e.date.slice(0, 7);
      }
      return data;
    },
    grow(list, template, i, data) {
      if (list === 'measures') return { ...template, id: `m-${i}` };
      const values: Doc = {};
      for (const m of data.measures) values[m.id] = (i % 89) + 1;
      return { ...template, id: `grown-${i}`, values };
    },
  },
  'fdi-composition': {
    lists: ['components'],
    attributes: [{ name: 'variant', values: ['bar', 'donut'] }],
    // One row (segment or slice, key and figures) per component, and the remainder of a partial total.
    expectedMarks: (data) =>
      data.components.length +
      rest(
        data,
        data.components.map((c: Doc) => c.capital),
      ),
    extras: { components: [{ id: 'a', label: 'A', capital: 1 }] },
    repair(data) {
      uniqueIds(data.components);
      return data;
    },
    grow: (_list, template, i) => ({ ...template, id: `grown-${i}`, capital: (i % 97) + 1 }),
  },
  kpi: {
    lists: ['figures'],
    // One card per figure.
    expectedMarks: (data) => data.figures.length,
    repair(data) {
      uniqueIds(data.figures);
      for (const f of data.figures) {
        const p = f.progress;
        if (!p) continue;
        // Progress within its total; a target range inside the total.
        if (p.value > p.total) [p.value, p.total] = [p.total, p.value];
        if (p.total <= 0) p.total = 1;
        if (p.target) {
          const [lo, hi] = [p.target.min, p.target.max].sort((a: number, b: number) => a - b);
          p.target.min = Math.min(lo, p.total);
          p.target.max = Math.min(hi, p.total);
        }
      }
      return data;
    },
    grow: (_list, template, i) => ({ ...template, id: `grown-${i}` }),
  },
  trend: {
    ...trendSpec,
  },
};

export interface LoadedWidget extends WidgetSpec {
  schema: Doc;
  example: Doc;
}

/**
 * Reads a small file of the project synchronously. Mocha needs the list of
 * tests before it runs, and the test files cannot use top-level await (the
 * dev server compiles them for ES2021), so the registry reads the define
 * probes, schemas and examples with a synchronous request.
 */
export function readSync(path: string): string | undefined {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', path, false);
  xhr.send();
  return xhr.status === 200 ? xhr.responseText : undefined;
}

/** The registry, src/widgets.json, with the examples' paths from the project root. */
function registry(): RegistryEntry[] {
  return widgetRegistry().map((w) => ({ name: w.name, tag: w.tag, examples: w.examples.map((e) => `data-schemas/examples/${e}`) }));
}

let loaded: { widgets: LoadedWidget[]; pending: string[] } | undefined;

/**
 * Every registry widget whose define.ts exists, with its schema and first
 * example. Widgets not written yet, or written but without an entry in
 * `widgetSpecs`, are listed as pending. Call `defineWidgets` (async) before rendering.
 */
export function loadWidgets(): { widgets: LoadedWidget[]; pending: string[] } {
  if (loaded) return loaded;
  const widgets: LoadedWidget[] = [];
  const pending: string[] = [];
  for (const entry of registry()) {
    if (readSync(`/src/charts/${entry.name}/define.ts`) === undefined) {
      pending.push(`${entry.name} (no define.ts yet)`);
      continue;
    }
    const expectations = widgetSpecs[entry.name];
    if (!expectations) {
      pending.push(`${entry.name} (no entry in widgetSpecs of test/reliability/registry.ts)`);
      continue;
    }
    const spec: WidgetSpec = { ...entry, ...expectations };
    const schema = readSync(`/data-schemas/${spec.name}.schema.json`);
    const example = readSync(`/${spec.examples[0]}`);
    if (!schema || !example) {
      pending.push(`${spec.name} (schema or example missing)`);
      continue;
    }
    widgets.push({ ...spec, schema: JSON.parse(schema), example: JSON.parse(example) });
  }
  loaded = { widgets, pending };
  return loaded;
}

/** Registers the widgets' elements (imports their define.ts). */
export async function defineWidgets(widgets: readonly WidgetSpec[]): Promise<void> {
  for (const w of widgets) await import(/* @vite-ignore */ `/src/charts/${w.name}/define.ts`);
}

/**
 * Sends counts to the test server, which merges them into .tmp/reliability.json
 * and answers with the whole file (its `summary` adds up every widget so far).
 */
export async function recordCounts(section: string, counts: unknown): Promise<Record<string, any> | undefined> {
  const r = await fetch(`/__fault/record/${section}`, { method: 'POST', body: JSON.stringify(counts) });
  return r.ok ? r.json() : undefined;
}
