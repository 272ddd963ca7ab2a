/**
 * A small JSON Schema (draft-07 subset) checker that runs the generated
 * schemas themselves. No code generation and no eval: strict-CSP safe. This
 * module gives the verdict (valid or not, nothing built on the way: the first
 * pass over a document runs un-JITted); schema-errors.ts, in the messages
 * chunk that only invalid pages download, finds the ajv-shaped errors.
 *
 * Why not ajv's standalone code in the bundle: for these schemas it costs
 * ≈2.2 kB gzip per widget against ≈1 kB for this checker once plus ≈0.4 kB of
 * schema per widget, and the page budget is 20 kB for all widgets. The ajv
 * standalone validators are still generated (data-schemas/validators/) for
 * developers, and the tests check that both agree on every fixture.
 *
 * Supported keywords: type, properties, required, additionalProperties,
 * items, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minItems,
 * maxItems, minLength, maxLength, minProperties, pattern, enum, const, anyOf,
 * $ref (to `#/definitions/…`). `npm run schemas` fails on any other keyword.
 */

import { kindOf } from './validate.js';

/** A schema node (only the keywords above). */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minProperties?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
}

const patterns = new Map<string, RegExp>();

/** The compiled `pattern` keyword (one RegExp per source, kept). */
export function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'u')));
  return re;
}

/** The node a `#/definitions/…` pointer names. */
export const definition = (root: SchemaNode, ref: string) => root.definitions![ref.replace('#/definitions/', '')];

/** Whether `v` has the JSON type `t` (an integer is a number without a fraction). */
export const typeOk = (t: string, v: unknown) => kindOf(v) === t || (t === 'integer' && Number.isInteger(v));

/**
 * Whether `data` meets `root`: the same verdict as "schema-errors.ts finds
 * no error", without building an error or a path. Valid documents (nearly
 * all) pay only this walk.
 */
export function schemaValid(root: SchemaNode, data: unknown): boolean {
  const ok = (node: SchemaNode, v: unknown): boolean => {
    if (node.$ref) return ok(definition(root, node.$ref), v);
    const { type } = node;
    if (type !== undefined && !(typeof type === 'string' ? typeOk(type, v) : type.some((t) => typeOk(t, v)))) return false;
    if (node.anyOf && !node.anyOf.some((branch) => ok(branch, v))) return false;
    if (node.enum && !node.enum.includes(v)) return false;
    if ('const' in node && node.const !== v) return false;
    if (typeof v === 'number') {
      const { minimum: min, maximum: max, exclusiveMinimum: xmin, exclusiveMaximum: xmax } = node;
      // Written so that NaN fails every bound, as in schema-errors.ts.
      return (
        (min === undefined || v >= min) &&
        (max === undefined || v <= max) &&
        (xmin === undefined || v > xmin) &&
        (xmax === undefined || v < xmax)
      );
    }
    if (typeof v === 'string') {
      const n = v.length;
      if (n < node.minLength! || n > node.maxLength!) return false;
      return node.pattern === undefined || patternOf(node.pattern).test(v);
    }
    if (Array.isArray(v)) {
      if (v.length < node.minItems! || v.length > node.maxItems!) return false;
      // An index loop, not every(): a hole is checked as undefined, as in schema-errors.ts.
      if (node.items) for (let i = 0; i < v.length; i++) if (!ok(node.items, v[i])) return false;
      return true;
    }
    if (v === null || typeof v !== 'object') return true;
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (node.required?.some((r) => obj[r] === undefined) || keys.length < node.minProperties!) return false;
    const props = node.properties ?? {};
    const extra = node.additionalProperties;
    return keys.every((k) =>
      Object.hasOwn(props, k)
        ? obj[k] === undefined || ok(props[k], obj[k])
        : extra !== false && (!extra || typeof extra !== 'object' || ok(extra, obj[k])),
    );
  };
  return ok(root, data);
}

/** A widget's validator: the verdict, and the schema to find the errors with (schema-errors.ts) when it is no. */
export interface Validator {
  (data: unknown): boolean;
  readonly schema: SchemaNode;
}

/** Wraps a schema as a validator. */
export function schemaValidator(root: SchemaNode): Validator {
  return Object.assign((data: unknown) => schemaValid(root, data), { schema: root });
}
