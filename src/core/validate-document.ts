/**
 * A widget's raw document → its data or its problems: JSON parse, the object
 * check, the schema, numbers the charts cannot add up, the widget's own
 * checks. Pure (no Lit, no DOM). Schema errors and JSON syntax errors are
 * located by the messages chunk, which valid pages never download: they come
 * back as `locate`, to run once that chunk is there.
 */
import type { SchemaNode } from './schema.js';
import { kindOf, type GeneratedValidator, type Issue } from './validate.js';

/** A raw document as a source gives it (one of the three). */
export interface RawDocument {
  /** The document as a value (the `data` property, parsed CSV or table). */
  raw?: unknown;
  /** JSON text still to parse. */
  json?: string;
  /** Problems found before (fetch, CSV or table reading). */
  issues?: Issue[];
}

/** What the messages chunk gives to locate errors (core/messages.ts). */
export interface IssueLocator {
  jsonIssue(text: string, err: unknown): Issue;
  withSchemaIssues(found: Issue[], schema: SchemaNode, data: unknown): Issue[];
}

/** The outcome: `data` when valid; else `issues`, and `locate` when some are still to locate. */
export interface Validated<T> {
  data?: T;
  issues: Issue[];
  locate?: (m: IssueLocator) => Issue[];
}

/** Validates `input`; `checkData` runs only on schema-valid data. */
export function validateDocument<T>(input: RawDocument, validator: GeneratedValidator, checkData: (data: T) => Issue[]): Validated<T> {
  let raw = input.raw;
  if (input.json !== undefined) {
    const text = input.json;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      return { issues: [], locate: (m) => [m.jsonIssue(text, err ?? 0)] };
    }
  }
  if (input.issues?.length) return { issues: input.issues };
  // Everything after works on a plain copy: a page's getters, Proxies and toJSON are never called again.
  const issues: Issue[] = [];
  raw = plainCopy({ '': raw }, '', '', issues, 0);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: issues.length ? issues : [{ code: 'errNotObject', path: '', params: { got: kindOf(raw) } }] };
  }
  const data = raw;
  if (!validator(data)) return { issues, locate: (m) => m.withSchemaIssues(issues, validator.schema, data) };
  if (!issues.length) issues.push(...checkData(data as T));
  return issues.length ? { issues } : { data: data as T, issues };
}

const MAX_DEPTH = 32; // no data document nests this deep
const MAX_FIGURE = 1e21; // above any official figure (Vietnam's GDP in đồng is ~1e16); 100,000 of them still sum finitely

/** The path of `holder[key]`, given the holder's: `a.b[2].c`. */
const pathOf = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * A copy of `holder[key]` made of plain objects and arrays (own enumerable
 * keys, read once), with its problems in `out`: a read that throws (a getter,
 * a Proxy trap), a document nested deeper than any real one (or holding
 * itself), numbers the charts cannot add up (NaN, ±Infinity, beyond 1e21).
 * Such a part is left out of the copy; nothing thrown escapes. `path` is the
 * holder's; a value's own path is only built when it has a problem or
 * children (the first pass over a document runs cold: every string counts).
 */
export function plainCopy(
  holder: Record<string | number, unknown>,
  key: string | number,
  path: string,
  out: Issue[],
  depth: number,
): unknown {
  try {
    const value = holder[key];
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push({ code: 'errNotFinite', path: pathOf(path, key) });
      else if (Math.abs(value) > MAX_FIGURE) out.push({ code: 'errMaximum', path: pathOf(path, key), params: { limit: '10^21' } });
    }
    if (!value || typeof value !== 'object') return value;
    if (depth > MAX_DEPTH) throw 0;
    const at = pathOf(path, key);
    const from = value as Record<string | number, unknown>;
    if (Array.isArray(from)) {
      const copy: unknown[] = [];
      for (let i = 0, n = from.length; i < n; i++) copy.push(out.length < 50 ? plainCopy(from, i, at, out, depth + 1) : undefined);
      return copy;
    }
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(from)) {
      const v = out.length < 50 ? plainCopy(from, k, at, out, depth + 1) : undefined;
      // Defined as data: a "__proto__" key stays a key (for the schema to refuse), not the copy's prototype.
      if (k === '__proto__') Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
      else copy[k] = v;
    }
    return copy;
  } catch {
    out.push({ code: 'errInvalid', path: pathOf(path, key) });
  }
}
