/**
 * The catalogue's cases for each field of a widget's example (catalogue.ts): hostile text and links, numbers,
 * wrong types, missing and unknown fields.
 */
import type { Add, Expect, Input } from './catalogue.js';
import { HOSTILE, HOSTILE_URLS } from './hostile-values.js';
import type { LoadedWidget } from './registry.js';
import { DELETE, accepts, clone, deref, fmtPath, getAt, sites, typesOf, withValue, type Seg } from './schema-walk.js';

type Doc = Record<string, any>;

const NO_DISPLAY = new Set(['id', '$schema', 'locale', 'url', 'date']);

function wrongValueFor(types: string[]): unknown {
  const candidates: unknown[] = [42, 'x', true, [], { bogus: 1 }, null];
  return candidates.find((c) => {
    const k = c === null ? 'null' : Array.isArray(c) ? 'array' : typeof c === 'number' ? 'number' : typeof c;
    return !types.some((t) => t === k || (t === 'integer' && k === 'number'));
  });
}

/** The data property holding `d`. */
export const data = (d: unknown): Input => ({ kind: 'data', data: d });
/** An error located at `path` (with `code`, when given). */
export const err = (path: string, code?: string): Expect => ({ status: 'error', path, code });

/** Adds the cases of every field of the example of `w`, in the catalogue's order (groups 1 to 5). */
export function fieldCases(w: LoadedWidget, add: Add): void {
  const root = w.schema;
  const ex = w.example;
  const all = sites(root, ex);

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
}
