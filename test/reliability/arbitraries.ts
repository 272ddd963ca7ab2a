/**
 * fast-check arbitraries derived from a widget's JSON Schema: valid documents,
 * and invalid ones made from a valid document by one located mutation.
 */
import fc from 'fast-check';
import { HOSTILE } from './catalogue.js';
import { DELETE, accepts, clone, deref, sites, typesOf, withValue, type Node } from './schema-walk.js';

type Doc = Record<string, any>;

export interface ArbOptions {
  /** Longest list generated (the schemas allow 100,000). */
  maxItems: number;
}

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }) },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.values(HOSTILE)) },
  { weight: 1, arbitrary: fc.constantFrom('Dệt may, da giầy', 'Cơ khí, chế tạo', 'Hội chợ năng lượng và môi trường 2023', '') },
);

/** Any finite number a publisher could type, within the node's bounds. */
function numberArb(n: Node, integer: boolean): fc.Arbitrary<number> {
  const lo = n.minimum ?? n.exclusiveMinimum ?? -1e12;
  const hi = n.maximum ?? n.exclusiveMaximum ?? 1e12;
  const ints = fc.integer({ min: Math.max(Math.ceil(lo), -1e9), max: Math.min(Math.floor(hi), 1e9) });
  const keep = (v: number) => accepts({}, n, v);
  if (integer) return ints.filter(keep);
  return fc
    .oneof(
      { weight: 3, arbitrary: ints },
      { weight: 2, arbitrary: fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 0.5, 1, 1e-7, 1e12, 123456789.125).filter((v) => v >= lo && v <= hi) },
    )
    .filter(keep)
    .map((v) => (Object.is(v, -0) ? 0 : v));
}

/** An arbitrary of the documents `node` accepts. */
export function arbFor(root: Node, node: Node, opts: ArbOptions, depth = 0): fc.Arbitrary<unknown> {
  const n = deref(root, node);
  if (n.anyOf) return fc.oneof(...(n.anyOf as Node[]).map((b) => arbFor(root, b, opts, depth)));
  if (n.enum) return fc.constantFrom(...(n.enum as unknown[]));
  if ('const' in n) return fc.constant(n.const);
  const types: string[] = Array.isArray(n.type) ? n.type : n.type ? [n.type] : ['string'];
  const arbs = types.map((t): fc.Arbitrary<unknown> => {
    switch (t) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return numberArb(n, true);
      case 'number':
        return numberArb(n, false);
      case 'string': {
        if (n.pattern) return fc.stringMatching(new RegExp(n.pattern, 'u'), { maxLength: 40 }).filter((s) => accepts(root, n, s));
        return (n.minLength ? text.filter((s) => s.length >= n.minLength) : text).filter((s) => accepts(root, n, s));
      }
      case 'array': {
        const max = Math.min(n.maxItems ?? opts.maxItems, opts.maxItems);
        return fc.array(arbFor(root, n.items ?? {}, opts, depth + 1), {
          minLength: n.minItems ?? 0,
          maxLength: Math.max(max, n.minItems ?? 0),
        });
      }
      case 'object': {
        const props = (n.properties ?? {}) as Record<string, Node>;
        if (!Object.keys(props).length && n.additionalProperties && typeof n.additionalProperties === 'object') {
          const keys = fc.constantFrom('vi', 'en', 'fr', 'vi-VN', 'booths', 'countries');
          return fc.dictionary(keys, arbFor(root, n.additionalProperties, opts, depth + 1), {
            minKeys: n.minProperties ?? 0,
            maxKeys: 4,
            noNullPrototype: true,
          });
        }
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, child] of Object.entries(props)) if (k !== '$schema') model[k] = arbFor(root, child, opts, depth + 1);
        return fc.record(model, { requiredKeys: ((n.required ?? []) as string[]).filter((k) => k in model), noNullPrototype: true });
      }
      default:
        return fc.constant(null);
    }
  });
  return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
}

/** A mutation that makes a valid document invalid, and where the widget must say so. */
export interface Broken {
  doc: Doc;
  what: string;
  path: string;
}

function wrongValueFor(types: string[]): unknown {
  const k = (c: unknown) => (c === null ? 'null' : Array.isArray(c) ? 'array' : typeof c);
  return [42, 'x', true, [], { bogus: 1 }, null].find((c) => !types.some((t) => t === k(c) || (t === 'integer' && k(c) === 'number')));
}

/**
 * Breaks a valid document at one field chosen by `pick`: a wrong type, a
 * non-finite or out-of-range number, an empty or badly formed text, a missing
 * or unknown field, a list too short or too long, or duplicate ids.
 */
export function breakDoc(root: Node, valid: Doc, pick: number, lists: string[]): Broken | undefined {
  // Options are listed as thunks: only the chosen one copies the document.
  const options: Array<() => Broken> = [];
  const opt = (what: string, path: string, make: () => Doc) => options.push(() => ({ doc: make(), what, path }));
  for (const s of sites(root, valid, true)) {
    const n = s.node;
    const types = typesOf(root, s.declared);
    if (s.segs.length && s.segs[0] !== '$schema') {
      const wrong = wrongValueFor(types);
      if (wrong !== undefined) opt(`wrong type at ${s.path}`, s.reportPath, () => withValue(valid, s.segs, wrong));
    }
    if (typeof s.value === 'number') {
      opt(`non-finite at ${s.path}`, s.reportPath, () => withValue(valid, s.segs, pick % 2 ? NaN : -Infinity));
      if (n.minimum !== undefined)
        opt(`below minimum at ${s.path}`, s.reportPath, () => withValue(valid, s.segs, n.minimum - 1 - (pick % 7)));
    }
    if (typeof s.value === 'string') {
      if (n.minLength) opt(`empty text at ${s.path}`, s.reportPath, () => withValue(valid, s.segs, ''));
      if (n.pattern && !accepts(root, n, 'javascript:x y'))
        opt(`bad format at ${s.path}`, s.reportPath, () => withValue(valid, s.segs, 'javascript:x y'));
      if (n.enum) opt(`not an option at ${s.path}`, s.reportPath, () => withValue(valid, s.segs, 'not-an-option'));
    }
    if (s.value && typeof s.value === 'object' && !Array.isArray(s.value)) {
      for (const r of (n.required ?? []) as string[])
        opt(`no ${r} in ${s.path || '(root)'}`, s.path, () => withValue(valid, [...s.segs, r], DELETE));
      if (n.additionalProperties === false)
        opt(`unknown field in ${s.path || '(root)'}`, s.path, () => withValue(valid, [...s.segs, 'zzUnknown'], 1));
    }
    if (Array.isArray(s.value)) {
      const list = s.value;
      if (n.minItems) opt(`empty list ${s.path}`, s.path, () => withValue(valid, s.segs, []));
      if (n.maxItems !== undefined && n.maxItems <= 100 && list.length)
        opt(`too long ${s.path}`, s.path, () =>
          withValue(
            valid,
            s.segs,
            Array.from({ length: n.maxItems + 1 }, (_, i) => {
              const item = clone(list[i % list.length]);
              return item && typeof item === 'object' && 'id' in item ? { ...item, id: `x${i}` } : item;
            }),
          ),
        );
    }
  }
  for (const list of lists) {
    const items = valid[list] as Doc[];
    if (items?.length >= 2) {
      const j = 1 + (pick % (items.length - 1));
      opt(`duplicate id in ${list}`, `${list}[${j}].id`, () => withValue(valid, [list, j, 'id'], items[0].id));
    }
  }
  return options.length ? options[pick % options.length]() : undefined;
}
