/**
 * The catalogue of bad inputs, derived per widget from its schema and example
 * (so a new widget gets the whole catalogue by its registry entry), plus the
 * document-level fixtures in test/reliability/fixtures/ that every widget is
 * given as `src` and as an inline script. The cases of each field are made in
 * field-cases.ts, the fixtures are listed in document-fixtures.ts.
 */
import { csvFixtures, documentFixtures, fixtureFor } from './document-fixtures.js';
import { data, err, fieldCases } from './field-cases.js';
import type { LoadedWidget } from './registry.js';
import { clone, deref, getAt, withValue } from './schema-walk.js';

export { HOSTILE, HOSTILE_URLS } from './hostile-values.js';
export { csvFixtures, documentFixtures, fixtureFor } from './document-fixtures.js';

type Doc = Record<string, any>;

export type Expect =
  | { status: 'ready'; shown?: string }
  | { status: 'ready-or-empty' }
  | { status: 'sane' } // ready, or an error located at `path`
  | { status: 'error'; path: string; code?: string; text?: Partial<Record<'vi' | 'en', RegExp>> };

export type Input = { kind: 'data'; data: unknown } | { kind: 'script'; text: string; type?: string } | { kind: 'src'; src: string };

export interface Case {
  widget: string;
  group: string;
  name: string;
  input: Input;
  lang: 'vi' | 'en';
  expect: Expect;
  /** Located path for `sane` expectations. */
  path?: string;
  /** Checks that no number is shown as NaN/Infinity. */
  finiteText?: boolean;
}

/**
 * Cases that fail until the shared code is fixed (findings of the
 * reliability report): the per-widget catalogue files skip them and
 * catalogue-pending-fix.test.ts runs them for every widget. Remove an entry
 * (and that file, once empty) when its fix lands.
 */
// F2–F4 (self-containing and 100,000-deep documents, JSON errors after "...", 1e308 sums) are fixed in the
// base element and core/validate.ts: no case is pending.
export const PENDING_FIX: Array<{ match: RegExp; finding: string }> = [];

/** The pending-fix entry a case falls under, if any. */
export const pendingFix = (c: Case): string | undefined => PENDING_FIX.find((p) => p.match.test(`${c.group}: ${c.name}`))?.finding;

/** Adds one case to the catalogue being built. */
export type Add = (group: string, name: string, input: Input, expect: Expect, lang?: 'vi' | 'en', extra?: Partial<Case>) => void;

/** Builds the catalogue for one widget. */
export function buildCatalogue(w: LoadedWidget, csv: boolean): Case[] {
  const out: Case[] = [];
  const root = w.schema;
  const ex = w.example;
  const add: Add = (group, name, input, expect, lang = 'vi', extra = {}) =>
    out.push({ widget: w.name, group, name, input, expect, lang, ...extra });

  fieldCases(w, add);

  // 6. Lists: duplicate ids, 10,000 items, empty.
  for (const list of w.lists) {
    const items = getAt(ex, [list]) as Doc[];
    const listNode = deref(root, root.properties[list]);
    const dup = clone(ex);
    if (dup[list].length < 2) dup[list].push(clone(dup[list][0]));
    dup[list][1].id = dup[list][0].id;
    add('lists', `${list}: duplicate ids`, data(dup), err(`${list}[1].id`, 'errDuplicateId'));
    const many = clone(ex);
    many[list] = Array.from({ length: 10000 }, (_, i) => w.grow(list, items[i % items.length], i, many));
    if (list !== w.lists[w.lists.length - 1]) {
      // Lists that depend on this one (e.g. events keyed by measures) are regrown.
      for (const other of w.lists.slice(w.lists.indexOf(list) + 1)) {
        const t = getAt(ex, [other]) as Doc[];
        many[other] = t.map((item, i) => w.grow(other, item, i, many));
      }
    }
    const fits = listNode.maxItems === undefined || listNode.maxItems >= 10000;
    add('lists', `${list}: 10,000 items`, data(many), fits ? { status: 'ready' } : err(list, 'errMaxItems'));
    const empty = clone(ex);
    empty[list] = [];
    add('lists', `${list}: empty`, data(empty), listNode.minItems ? err(list, 'errMinItems') : { status: 'ready-or-empty' });
  }

  // 6b. The widget's own checks (cases it lists itself).
  for (const c of w.ownCases?.(clone(ex)) ?? []) add('own checks', c.name, data(c.data), c.expect);

  // 7. The data property holding something other than an object.
  add('document', 'data = a string', data('{"items": []}'), err('', 'errNotObject'));
  add('document', 'data = an array', data([ex]), err('', 'errNotObject'));
  add('document', 'data = a number', data(42), err('', 'errNotObject'));
  const cyclic: Doc = clone(ex);
  cyclic.self = cyclic;
  add('document', 'data = an object that contains itself', data(cyclic), err('', 'errUnknownField'));
  // A hostile feed: a text field holding arrays nested 100,000 deep (JSON.parse copes; recursive walks do not).
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  add('document', 'title = arrays nested 100,000 deep (data)', data({ ...clone(ex), title: JSON.parse(deep) }), err('title'));
  add(
    'document',
    'title = arrays nested 100,000 deep (inline script)',
    { kind: 'script', text: `${JSON.stringify(ex).slice(0, -1)},"title":${deep}}` },
    err('title'),
  );
  add('document', 'inline script with a byte-order mark', { kind: 'script', text: `\uFEFF${JSON.stringify(ex)}` }, { status: 'ready' });
  add(
    'document',
    'inline script holding </script>-like text',
    { kind: 'script', text: JSON.stringify(withValue(ex, ['title'], '</script><img src=x onerror="window.__pwned=1">')) },
    { status: 'ready' },
  );

  // 8. Document-level fixtures through src and an inline script.
  const fixtures = [...documentFixtures, ...(csv ? csvFixtures.filter((f) => fixtureFor(f, w.name)) : [])];
  for (const f of fixtures) {
    const url = `/test/reliability/fixtures/${f.file}`;
    add('document', `${f.name} (src)`, { kind: 'src', src: url }, f.expect, 'en');
  }
  return out;
}

/** Inline-script versions of the document fixtures (text loaded by the caller). */
export function scriptCases(w: LoadedWidget, texts: Map<string, string>, csv: boolean): Case[] {
  const out: Case[] = [];
  for (const f of [...documentFixtures, ...(csv ? csvFixtures.filter((f) => fixtureFor(f, w.name)) : [])]) {
    const text = texts.get(f.file);
    if (text === undefined) continue;
    out.push({
      widget: w.name,
      group: 'document',
      name: `${f.name} (inline script)`,
      input: { kind: 'script', text, type: f.file.endsWith('.csv') ? 'text/csv' : 'application/json' },
      expect: f.expect,
      lang: 'en',
    });
  }
  return out;
}
