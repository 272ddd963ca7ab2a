/**
 * Turning schema errors into located issues (`items[2].value must be …`).
 * Part of the on-demand messages chunk: only needed when data is invalid.
 */
import type { SchemaNode } from './schema.js';
import { checkSchema, type SchemaError } from './schema-errors.js';
import { kindOf, type Issue } from './validate.js';

type AjvError = SchemaError;

/**
 * `/items/2/value` → `items[2].value`. With the document, a digit key of an
 * object reads `values["3"]` (an array index reads `[3]`), as the element's own
 * checks write it.
 */
export function pointerToPath(pointer: string, data?: unknown, extra?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) segments.push(extra);
  let out = '';
  let node = data;
  for (const s of segments) {
    if (/^\d+$/.test(s) && (node === undefined || Array.isArray(node))) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[s] : undefined;
  }
  return out;
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

/** The issues found before the schema ran, then the schema's, except at the paths those already name. */
export function withSchemaIssues(found: Issue[], schema: SchemaNode, data: unknown): Issue[] {
  const seen = new Set(found.map((i) => i.path));
  return [...found, ...schemaIssues(checkSchema(schema, data), data).filter((i) => !seen.has(i.path))];
}

/** Schema errors → issues; errors inside the alternatives of an `anyOf` fold into one. */
export function schemaIssues(errors: readonly AjvError[], data: unknown): Issue[] {
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
  const path = pointerToPath(e.instancePath, data);
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
