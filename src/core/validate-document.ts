/**
 * A widget's raw document → its data or its problems: JSON parse, the object
 * check, the schema, numbers the charts cannot add up, the widget's own
 * checks. Pure (no Lit, no DOM). Schema errors and JSON syntax errors are
 * located by the messages chunk, which valid pages never download: they come
 * back as `locate`, to run once that chunk is there.
 */
import type { SchemaError } from './schema.js';
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
  withSchemaIssues(found: Issue[], errors: readonly SchemaError[], data: unknown): Issue[];
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
  raw = plainCopy(() => raw, '', issues, 0);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: issues.length ? issues : [{ code: 'errNotObject', path: '', params: { got: kindOf(raw) } }] };
  }
  const valid = validator(raw);
  const errors = valid ? [] : [...(validator.errors ?? [])];
  if (errors.length) return { issues, locate: (m) => m.withSchemaIssues(issues, errors, raw) };
  if (valid && !issues.length) issues.push(...checkData(raw as T));
  return issues.length ? { issues } : { data: raw as T, issues };
}

const MAX_DEPTH = 32; // no data document nests this deep
const MAX_FIGURE = 1e21; // above any official figure (Vietnam's GDP in đồng is ~1e16); 100,000 of them still sum finitely

/**
 * A copy of the value `read` gives made of plain objects and arrays (own
 * enumerable keys, read once), with its problems in `out`: a read that throws
 * (a getter, a Proxy trap), a document nested deeper than any real one (or
 * holding itself), numbers the charts cannot add up (NaN, ±Infinity, beyond
 * 1e21). Such a part is left out of the copy; nothing thrown escapes.
 */
export function plainCopy(read: () => unknown, path: string, out: Issue[], depth: number): unknown {
  try {
    const value = read();
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push({ code: 'errNotFinite', path });
      else if (Math.abs(value) > MAX_FIGURE) out.push({ code: 'errMaximum', path, params: { limit: '10^21' } });
    }
    if (!value || typeof value !== 'object') return value;
    if (depth > MAX_DEPTH) throw 0;
    const copy = (k: string | number, at: string) =>
      out.length < 50 ? plainCopy(() => (value as Record<string | number, unknown>)[k], at, out, depth + 1) : undefined;
    if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => copy(i, `${path}[${i}]`));
    // fromEntries defines keys as data (a "__proto__" key stays a key, for the schema to refuse).
    return Object.fromEntries(Object.keys(value).map((k) => [k, copy(k, path ? `${path}.${k}` : k)]));
  } catch {
    out.push({ code: 'errInvalid', path });
  }
}
