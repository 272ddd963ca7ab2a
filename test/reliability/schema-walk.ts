/**
 * Walks a document together with its JSON Schema (the generated
 * data-schemas/<name>.schema.json), so tests can derive inputs from the schema
 * instead of listing fields by hand: every site (field) with the schema node
 * that governs it, and a small oracle saying whether a primitive value is
 * allowed there.
 */

type Doc = Record<string, any>;
export type Seg = string | number;
export type Node = Doc;

/** Field path as the widgets print it: `items[2].label.vi`, `values["a b"]`. */
export function fmtPath(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Follows `$ref`s to the node that holds the keywords. */
export function deref(root: Node, node: Node | undefined): Node {
  let n = node ?? {};
  for (let guard = 0; n.$ref && guard < 20; guard++) n = root.definitions[String(n.$ref).replace('#/definitions/', '')];
  return n;
}

const kind = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;

function typeMatches(types: string[], v: unknown): boolean {
  const k = kind(v);
  return types.some((t) => t === k || (t === 'number' && k === 'integer'));
}

/** The types a node admits (through `$ref` and `anyOf`); empty = any. */
export function typesOf(root: Node, node: Node | undefined): string[] {
  const n = deref(root, node);
  if (n.anyOf) return [...new Set((n.anyOf as Node[]).flatMap((b) => typesOf(root, b)))];
  if (n.type === undefined) return n.enum ? [...new Set((n.enum as unknown[]).map(kind))] : [];
  return Array.isArray(n.type) ? n.type : [n.type];
}

/** The `anyOf` branch of `node` that a value of this type would follow (or the node itself). */
export function branchFor(root: Node, node: Node | undefined, v: unknown): Node {
  const n = deref(root, node);
  if (!n.anyOf) return n;
  for (const b of n.anyOf as Node[]) {
    const t = typesOf(root, b);
    if (!t.length || typeMatches(t, v)) return branchFor(root, b, v);
  }
  return deref(root, (n.anyOf as Node[])[0]);
}

/** Whether a primitive (or null) is allowed by `node`: the schema as oracle. */
export function accepts(root: Node, node: Node | undefined, v: unknown): boolean {
  const n = deref(root, node);
  if (n.anyOf) return (n.anyOf as Node[]).some((b) => accepts(root, b, v));
  const types = typesOf(root, n);
  if (types.length && !typeMatches(types, v)) return false;
  if (n.enum && !(n.enum as unknown[]).includes(v)) return false;
  if ('const' in n && n.const !== v) return false;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return false; // JSON cannot hold it; the widgets refuse it
    if (n.minimum !== undefined && !(v >= n.minimum)) return false;
    if (n.maximum !== undefined && !(v <= n.maximum)) return false;
    if (n.exclusiveMinimum !== undefined && !(v > n.exclusiveMinimum)) return false;
    if (n.exclusiveMaximum !== undefined && !(v < n.exclusiveMaximum)) return false;
  }
  if (typeof v === 'string') {
    if (n.minLength !== undefined && v.length < n.minLength) return false;
    if (n.maxLength !== undefined && v.length > n.maxLength) return false;
    if (n.pattern !== undefined && !new RegExp(n.pattern, 'u').test(v)) return false;
  }
  return true;
}

/** One field of a document. */
export interface Site {
  segs: Seg[];
  path: string;
  value: unknown;
  /** The schema node of the field as declared (may be an `anyOf`). */
  declared: Node;
  /** The node that governs the value (the `anyOf` branch it follows). */
  node: Node;
  /**
   * Path the widget reports a problem of this field at: errors inside a text
   * that is "a string or translations" are reported for the whole text.
   */
  reportPath: string;
  /** The parent object's key when the parent is a translations map. */
  translationKey?: string;
}

/**
 * Every field of `data` with its schema node. Arrays are visited at their first
 * and last index only (the same schema governs the rest).
 */
export function sites(root: Node, data: unknown, all = false): Site[] {
  const out: Site[] = [];
  const visit = (v: unknown, declared: Node, segs: Seg[], reportPath: string | undefined, translationKey?: string) => {
    const d = deref(root, declared);
    const path = fmtPath(segs);
    const inAnyOf = reportPath ?? (d.anyOf ? path : undefined);
    const node = branchFor(root, declared, v);
    out.push({ segs, path, value: v, declared, node, reportPath: inAnyOf ?? path, translationKey });
    if (Array.isArray(v)) {
      const idx = all ? v.map((_, i) => i) : [...new Set([0, v.length - 1])].filter((i) => i >= 0 && i < v.length);
      for (const i of idx) visit(v[i], node.items ?? {}, [...segs, i], inAnyOf);
    } else if (v && typeof v === 'object') {
      const isTranslations = !node.properties && node.additionalProperties && typeof node.additionalProperties === 'object';
      for (const [k, child] of Object.entries(v as Doc)) {
        const childNode = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
        if (!childNode) continue;
        visit(child, childNode, [...segs, k], inAnyOf, isTranslations ? k : undefined);
      }
    }
  };
  visit(data, root, [], undefined);
  return out;
}

export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** A copy of `data` with the field at `segs` set (or deleted when `value` is `DELETE`). */
export const DELETE = Symbol('delete');
export function withValue(data: Doc, segs: readonly Seg[], value: unknown): Doc {
  if (!segs.length) return value as Doc;
  const copy = clone(data);
  let cur: any = copy;
  for (const s of segs.slice(0, -1)) cur = cur[s];
  const last = segs[segs.length - 1];
  if (value === DELETE) delete cur[last];
  else cur[last] = value;
  return copy;
}

export function getAt(data: unknown, segs: readonly Seg[]): any {
  let cur: any = data;
  for (const s of segs) cur = cur?.[s];
  return cur;
}
