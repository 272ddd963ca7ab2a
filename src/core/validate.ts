import type { Messages } from './messages.js';
import type { SchemaError, Validator } from './schema.js';

/**
 * A problem found in a widget's data, located by a field path such as
 * `items[2].value`. Messages are made per language when shown, so switching
 * `lang` re-words them without validating again.
 */
export interface Issue {
  /** Message key in core/messages.ts (e.g. `errType`). */
  code: Exclude<keyof Messages, 'typeNames' | 'gotNames'>;
  /** Field path (`items[2].value`), or '' for the whole document. */
  path: string;
  /** Values for the message's placeholders. */
  params?: Record<string, string | number>;
}

/** The shape of an ajv error (core/schema.ts and ajv both produce these). */
type AjvError = SchemaError;

/** A validator with ajv's calling convention (core/schema.ts or an ajv standalone one). */
export type GeneratedValidator = Validator;

/** `/items/2/value` → `items[2].value`. */
export function pointerToPath(pointer: string, extra?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) segments.push(extra);
  let out = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Kind of a JSON value, for "but is …" in messages. */
export function kindOf(value: unknown): keyof Messages['gotNames'] {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'number' || t === 'string' || t === 'boolean' || t === 'object') return t;
  return 'undefined';
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Runs a generated validator and turns its errors into located issues.
 * Errors inside the alternatives of an `anyOf` (a text that is either a string
 * or translations) are folded into one message for that field.
 */
export function validateWith(validator: GeneratedValidator, data: unknown): Issue[] {
  if (validator(data)) return [];
  const errors = validator.errors ?? [];
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const kept = errors.filter((e) => {
    if (e.keyword === 'anyOf') return true;
    if (!e.schemaPath.includes('/anyOf/')) return true;
    return !anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));
  });
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const issue = toIssue(e, data);
    const key = `${issue.code}|${issue.path}|${JSON.stringify(issue.params ?? {})}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function toIssue(e: AjvError, data: unknown): Issue {
  const path = pointerToPath(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'type': {
      const value = valueAt(data, e.instancePath);
      const expected = Array.isArray(p.type) ? (p.type as string[]) : String(p.type).split(',');
      if (typeof value === 'number' && !Number.isFinite(value) && expected.includes('number')) {
        return { code: 'errNotFinite', path };
      }
      return { code: 'errType', path, params: { type: expected.join('|'), got: kindOf(value) } };
    }
    case 'required':
      return { code: 'errRequired', path, params: { field: String(p.missingProperty) } };
    case 'additionalProperties':
      return { code: 'errUnknownField', path, params: { field: String(p.additionalProperty) } };
    case 'minimum':
      return { code: 'errMinimum', path, params: { limit: Number(p.limit) } };
    case 'exclusiveMinimum':
      return { code: 'errExclusiveMinimum', path, params: { limit: Number(p.limit) } };
    case 'maximum':
      return { code: 'errMaximum', path, params: { limit: Number(p.limit) } };
    case 'minItems':
      return { code: 'errMinItems', path, params: { limit: Number(p.limit) } };
    case 'maxItems':
      return { code: 'errMaxItems', path, params: { limit: Number(p.limit) } };
    case 'minLength':
      return { code: 'errEmptyText', path };
    case 'maxLength':
      return { code: 'errTooLong', path, params: { limit: Number(p.limit) } };
    case 'minProperties':
      return { code: 'errText', path };
    case 'pattern':
      return { code: /(^|\.)url$/.test(path) ? 'errUrl' : 'errPattern', path };
    case 'enum':
      return {
        code: 'errEnum',
        path,
        params: { allowed: ((p.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(', ') },
      };
    case 'anyOf':
      return { code: p.text || e.schemaPath.includes('LocalizedText') ? 'errText' : 'errInvalid', path };
    default:
      return { code: 'errInvalid', path };
  }
}

/**
 * Finds items that share an `id` (ids name marks in events and the table, so
 * they must be unique).
 */
export function duplicateIds(items: ReadonlyArray<{ id?: unknown }>, arrayPath: string): Issue[] {
  const first = new Map<unknown, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || item.id === undefined) return;
    const prev = first.get(item.id);
    if (prev === undefined) first.set(item.id, i);
    else
      issues.push({
        code: 'errDuplicateId',
        path: `${arrayPath}[${i}].id`,
        params: { id: String(item.id), other: `${arrayPath}[${prev}]` },
      });
  });
  return issues;
}

/**
 * Parses JSON text; on failure gives an issue with line and column.
 */
export function parseJson(text: string): { value: unknown } | { issue: Issue } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = jsonErrorPosition(body, message);
    const before = body.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    const detail = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').slice(0, 160);
    return { issue: { code: 'errJson', path: '', params: { line, column, detail } } };
  }
}

function jsonErrorPosition(body: string, message: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  if (/end of JSON input/i.test(message)) return body.length;
  // V8 quotes the text around an unexpected token: find that token's place.
  const token = /Unexpected token '(.)', "(.*?)"? is not valid JSON/s.exec(message);
  if (token) {
    const snippet = token[2].replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
    const at = body.indexOf(snippet);
    if (at >= 0) {
      const inSnippet = snippet.indexOf(token[1]);
      return at + Math.max(0, inSnippet);
    }
  }
  return 0;
}
