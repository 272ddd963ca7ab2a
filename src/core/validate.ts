import type { Messages } from './messages.js';
import type { Validator } from './schema.js';

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

/** A validator with ajv's calling convention (core/schema.ts or an ajv standalone one). */
export type GeneratedValidator = Validator;

/** Kind of a JSON value, for "but is …" in messages. */
export function kindOf(value: unknown): keyof Messages['gotNames'] {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'number' || t === 'string' || t === 'boolean' || t === 'object') return t;
  return 'undefined';
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
  const token = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
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
