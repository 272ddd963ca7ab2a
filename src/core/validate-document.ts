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
  schemaIssues(errors: readonly SchemaError[], data: unknown): Issue[];
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
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: [{ code: 'errNotObject', path: '', params: { got: kindOf(raw) } }] };
  }
  const valid = validator(raw);
  const issues = nonFiniteNumbers(raw);
  const errors = valid ? [] : [...(validator.errors ?? [])];
  if (errors.length) {
    const seen = new Set(issues.map((i) => i.path));
    return { issues, locate: (m) => [...issues, ...m.schemaIssues(errors, raw).filter((i) => !seen.has(i.path))] };
  }
  if (valid && !issues.length) issues.push(...checkData(raw as T));
  return issues.length ? { issues } : { data: raw as T, issues };
}

const MAX_DEPTH = 32; // no data document nests this deep
const MAX_FIGURE = 1e21; // above any official figure (Vietnam's GDP in đồng is ~1e16); 100,000 of them still sum finitely

/**
 * Finds numbers the charts cannot add up (NaN, ±Infinity, beyond 1e21) and
 * documents nested deeper than any real one (or holding themselves), which
 * would otherwise overflow the stack.
 */
export function nonFiniteNumbers(value: unknown, path = '', out: Issue[] = [], depth = 0): Issue[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ code: 'errNotFinite', path });
    else if (Math.abs(value) > MAX_FIGURE) out.push({ code: 'errMaximum', path, params: { limit: '10^21' } });
  } else if (value && typeof value === 'object') {
    if (depth > MAX_DEPTH) {
      out.push({ code: 'errInvalid', path });
      return out;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && out.length < 50; i++) nonFiniteNumbers(value[i], `${path}[${i}]`, out, depth + 1);
    } else {
      for (const [k, v] of Object.entries(value)) {
        if (out.length >= 50) break;
        nonFiniteNumbers(v, path ? `${path}.${k}` : k, out, depth + 1);
      }
    }
  }
  return out;
}
