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

/** A widget's schema validator (core/schema.ts): the verdict, and its schema for the errors. */
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
