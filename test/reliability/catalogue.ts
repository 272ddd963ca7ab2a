/**
 * The catalogue of bad inputs, derived per widget from its schema and example
 * (so a new widget gets the whole catalogue by its registry entry), plus the
 * document-level fixtures in test/reliability/fixtures/ that every widget is
 * given as `src` and as an inline script.
 */
import type { LoadedWidget } from './registry.js';
import { DELETE, accepts, clone, deref, fmtPath, getAt, sites, typesOf, withValue, type Seg } from './schema-walk.js';

type Doc = Record<string, any>;

/** Hostile texts put in every string field (and the source link). */
export const HOSTILE: Record<string, string> = {
  script: '<script>window.__pwned="script"</script>',
  img: `<img src=x onerror="window.__pwned='img'">`,
  link: 'javascript:window.__pwned="link"',
  attr: `" onmouseover="window.__pwned='attr'" x="`,
  bidi: '\u202Eevil\u202C text \u2066isolated\u2069 \u200Fمرحبا',
  emoji: '📈 Hà Nội 👩🏽‍💻 🇻🇳 tăng trưởng',
  long300: 'Sản phẩm công nghiệp chủ lực của thành phố Hà Nội '.repeat(7).slice(0, 300),
};

/** Hostile values put in a `source.url`-like link field. */
export const HOSTILE_URLS: Record<string, string> = {
  javascript: 'javascript:window.__pwned="url"',
  spacedJavascript: '  javascript:window.__pwned="url"',
  mixedCase: 'JaVaScRiPt:window.__pwned="url"',
  data: 'data:text/html,<script>window.__pwned="data"</script>',
  vbscript: 'vbscript:msgbox(1)',
  newlineScheme: 'java\nscript:window.__pwned="nl"',
  quoteBreakout: 'https://example.org/"><svg/onload=window.__pwned="svg">',
  // Off-site links dressed as same-site paths (browsers read a backslash as `/`).
  protocolRelative: '//other.host/report',
  protocolRelativeTriple: '///other.host/report',
  backslashRelative: '/\\other.host/report',
  backslashScheme: 'https:\\\\other.host/report',
};

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

const NO_DISPLAY = new Set(['id', '$schema', 'locale', 'url', 'date']);

/** Document-level fixtures (widget-agnostic), with what every widget must answer. */
export const documentFixtures: Array<{ file: string; name: string; expect: Expect }> = [
  {
    file: 'malformed-trailing-comma.json',
    name: 'malformed JSON: trailing comma',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 1, column \d+/, vi: /dòng 1, cột \d+/ } },
  },
  {
    file: 'malformed-truncated.json',
    name: 'malformed JSON: truncated file',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 3, column \d+/ } },
  },
  {
    file: 'malformed-single-quotes.json',
    name: 'malformed JSON: single quotes',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 1, column 2\b/ } },
  },
  {
    file: 'malformed-nan.json',
    name: 'malformed JSON: NaN literal',
    expect: { status: 'error', path: '', code: 'errJson', text: { en: /line 2, column \d+/ } },
  },
  { file: 'malformed-infinity.json', name: 'malformed JSON: Infinity literal', expect: { status: 'error', path: '', code: 'errJson' } },
  { file: 'malformed-comment.json', name: 'malformed JSON: a comment', expect: { status: 'error', path: '', code: 'errJson' } },
  { file: 'empty.json', name: 'an empty file', expect: { status: 'error', path: '', code: 'errJson' } },
  {
    file: 'top-array.json',
    name: 'a JSON array at the top',
    expect: { status: 'error', path: '', code: 'errNotObject', text: { en: /but is a list/ } },
  },
  {
    file: 'top-string.json',
    name: 'a JSON string at the top',
    expect: { status: 'error', path: '', code: 'errNotObject', text: { en: /but is a text/ } },
  },
  { file: 'top-number.json', name: 'a JSON number at the top', expect: { status: 'error', path: '', code: 'errNotObject' } },
  { file: 'top-null.json', name: 'JSON null at the top', expect: { status: 'error', path: '', code: 'errNotObject' } },
  {
    file: 'proto.json',
    name: 'a __proto__ key (prototype pollution attempt)',
    expect: { status: 'error', path: '', code: 'errUnknownField' },
  },
];

/** CSV fixtures: broken quoting and ragged rows (only when a CSV source exists). */
export const csvFixtures: Array<{ file: string; name: string; expect: Expect; only?: string[]; except?: string[] }> = [
  {
    file: 'broken-quote.csv',
    name: 'CSV: a quote opened and never closed',
    expect: { status: 'error', path: '', code: 'errCsvQuote', text: { en: /line 2/, vi: /dòng 2/ } },
  },
  {
    file: 'broken-quote-late.csv',
    name: 'CSV: a stray quote on line 4',
    expect: { status: 'error', path: '', code: 'errCsvQuote', text: { en: /line 4/ } },
  },
  {
    file: 'ragged.csv',
    name: 'CSV: a row with more cells than the header',
    expect: { status: 'error', path: '', code: 'errCsvShape', text: { en: /line 3/ } },
  },
  {
    // Worded for the file, in the widget's language: never "Data table", "row 1" or English words in vi.
    file: 'one-column.csv',
    name: 'CSV: one column only',
    expect: {
      status: 'error',
      path: '',
      text: {
        en: /^[^]*: CSV file(, line 2)?: (?!.*Data table)/,
        vi: /^[^]*: Tệp CSV(, dòng 2)?: (?!.*(Bảng dữ liệu|row|column|expected))/,
      },
    },
  },
  // A download made these cells safe from formulas (core/csv-numbers.ts): read back, they are the texts again.
  {
    file: 'formula-quoted.csv',
    name: "CSV: text cells a download quoted against formulas ('=, '-, ''@)",
    expect: { status: 'ready', shown: '=1+1' },
    except: ['trend'],
  },
  // The trend's first column holds periods: its texts a formula could start are the series' names.
  {
    file: 'formula-quoted-trend.csv',
    name: "CSV: series names a download quoted against formulas ('=, '-)",
    expect: { status: 'ready', shown: '=1+1' },
    only: ['trend'],
  },
];

/** Whether a CSV fixture is one for the widget `name` (some need a widget's own first column). */
export const fixtureFor = (f: { only?: string[]; except?: string[] }, name: string) =>
  (f.only ?? [name]).includes(name) && !f.except?.includes(name);

function wrongValueFor(types: string[]): unknown {
  const candidates: unknown[] = [42, 'x', true, [], { bogus: 1 }, null];
  return candidates.find((c) => {
    const k = c === null ? 'null' : Array.isArray(c) ? 'array' : typeof c === 'number' ? 'number' : typeof c;
    return !types.some((t) => t === k || (t === 'integer' && k === 'number'));
  });
}

/** Builds the catalogue for one widget. */
export function buildCatalogue(w: LoadedWidget, csv: boolean): Case[] {
  const out: Case[] = [];
  const root = w.schema;
  const ex = w.example;
  const all = sites(root, ex);
  const add = (group: string, name: string, input: Input, expect: Expect, lang: 'vi' | 'en' = 'vi', extra: Partial<Case> = {}) =>
    out.push({ widget: w.name, group, name, input, expect, lang, ...extra });
  const data = (d: unknown): Input => ({ kind: 'data', data: d });
  const err = (path: string, code?: string): Expect => ({ status: 'error', path, code });

  // 1. Hostile text in every string field.
  for (const s of all) {
    if (typeof s.value !== 'string' || s.segs[0] === '$schema') continue;
    const key = String(s.segs[s.segs.length - 1]);
    const lang = s.translationKey === 'en' ? 'en' : 'vi';
    for (const [pname, payload] of Object.entries(HOSTILE)) {
      const ok = accepts(root, s.node, payload);
      const shown = ok && !NO_DISPLAY.has(key) && (!s.translationKey || ['vi', 'en'].includes(s.translationKey)) ? payload : undefined;
      // An id referenced elsewhere (a measure id keying values) is renamed consistently.
      const doc = withValue(ex, s.segs, payload);
      add(
        'hostile text',
        `${s.path} = ${pname}`,
        data(ok ? w.repair(doc) : doc),
        ok ? { status: 'ready', shown } : err(s.reportPath),
        lang,
      );
    }
  }

  // 2. Hostile links: the source link and every other optional link field.
  const linkSites: Array<{ segs: Seg[]; node: Doc }> = [];
  const findLinks = (node: Doc, segs: Seg[], value: unknown) => {
    const n = deref(root, node);
    for (const [k, child] of Object.entries((n.properties ?? {}) as Record<string, Doc>)) {
      const c = deref(root, child);
      if (k === 'url' && c.type === 'string') linkSites.push({ segs: [...segs, k], node: c });
      else if (typesOf(root, child).includes('object') && !c.anyOf) findLinks(child, [...segs, k], getAt(value, [k]));
      else if (c.type === 'array' && Array.isArray(getAt(value, [k])) && getAt(value, [k]).length)
        findLinks(c.items, [...segs, k, 0], getAt(value, [k, 0]));
    }
  };
  findLinks(root, [], ex);
  for (const link of linkSites) {
    const parentSegs = link.segs.slice(0, -1);
    let base = ex;
    if (getAt(ex, parentSegs) === undefined) base = withValue(ex, parentSegs, { name: 'Nguồn' });
    for (const [pname, url] of Object.entries(HOSTILE_URLS)) {
      const ok = accepts(root, link.node, url);
      add(
        'hostile link',
        `${fmtPath(link.segs)} = ${pname}`,
        data(withValue(base, link.segs, url)),
        ok ? { status: 'ready' } : err(fmtPath(link.segs), 'errUrl'),
      );
    }
  }

  // 3. Numbers: non-finite, huge, negative, and numbers written as strings.
  const numberSites = all.filter((s) => typeof s.value === 'number');
  for (const s of numberSites) {
    const numeric: Array<[string, number]> = [
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
      ['1e308', 1e308],
      ['-1', -1],
      ['0.1 (decimals)', 0.1],
    ];
    for (const [label, v] of numeric) {
      const expect: Expect = !Number.isFinite(v)
        ? err(s.reportPath, 'errNotFinite')
        : accepts(root, s.node, v)
          ? { status: 'sane' }
          : err(s.reportPath);
      add('numbers', `${s.path} = ${label}`, data(withValue(ex, s.segs, v)), expect, 'vi', { path: s.reportPath, finiteText: true });
    }
    for (const str of ['NaN', 'Infinity', '1e308', '1.234,5']) {
      const ok = accepts(root, s.declared, str);
      add(
        'numbers',
        `${s.path} = "${str}" (a string)`,
        data(withValue(ex, s.segs, str)),
        ok ? { status: 'sane' } : err(s.reportPath),
        'vi',
        { path: s.reportPath },
      );
    }
  }
  // Every number at once set to 1e308: sums overflow to Infinity.
  if (numberSites.length) {
    let huge = clone(ex);
    for (const s of sites(root, ex, true)) if (typeof s.value === 'number') huge = withValue(huge, s.segs, 1e308);
    // Drawn with finite numbers only, or refused with a message at a figure.
    const first = numberSites[0].reportPath;
    add('numbers', 'every number = 1e308 (sums overflow)', data(huge), { status: 'sane' }, 'en', { path: first, finiteText: true });
    add('numbers', 'every number = 1e308 (sums overflow), vi', data(huge), { status: 'sane' }, 'vi', { path: first, finiteText: true });
  }

  // 4. Wrong types in every field.
  for (const s of all) {
    if (!s.segs.length) continue;
    const wrong = wrongValueFor(typesOf(root, s.declared));
    if (wrong === undefined) continue;
    add('wrong type', `${s.path} = ${JSON.stringify(wrong)}`, data(withValue(ex, s.segs, wrong)), err(s.reportPath));
  }

  // 5. Missing required fields and unknown fields.
  for (const s of all) {
    if (!s.value || typeof s.value !== 'object' || Array.isArray(s.value)) continue;
    for (const r of (s.node.required ?? []) as string[]) {
      if ((s.value as Doc)[r] === undefined) continue;
      add('missing field', `${s.path || '(root)'} without "${r}"`, data(withValue(ex, [...s.segs, r], DELETE)), err(s.path, 'errRequired'));
    }
    if (s.node.additionalProperties === false) {
      add(
        'unknown field',
        `${s.path || '(root)'} + "colour"`,
        data(withValue(ex, [...s.segs, 'colour'], 'red')),
        err(s.path, 'errUnknownField'),
      );
      add(
        'unknown field',
        `${s.path || '(root)'} + "constructor"`,
        data(withValue(ex, [...s.segs, 'constructor'], 'x')),
        err(s.path, 'errUnknownField'),
      );
    }
  }

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
