/**
 * A small JSON Schema (draft-07 subset) checker that runs the generated
 * schemas themselves, with ajv-shaped errors (`instancePath`, `keyword`,
 * `params`). No code generation and no eval: strict-CSP safe.
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

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

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

/** Whether `v` has the JSON type `t` (an integer is a number without a fraction). */
const typeOk = (t: string, v: unknown) => kindOf(v) === t || (t === 'integer' && Number.isInteger(v));

/** The bound keywords; a number's carry the comparison in their params, as ajv's do. */
type Bound =
  'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems' | 'minProperties';
const atLeast = (n: number, limit: number) => n >= limit;
const atMost = (n: number, limit: number) => n <= limit;

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Returns the errors of `data` against `root` (ajv `allErrors` semantics). */
export function checkSchema(root: SchemaNode, data: unknown): SchemaError[] {
  const out: SchemaError[] = [];
  const walk = (node: SchemaNode, v: unknown, ip: string, sp: string): void => {
    const err = (keyword: string, params: Record<string, unknown> = {}) =>
      out.push({ instancePath: ip, schemaPath: `${sp}/${keyword}`, keyword, params });
    /** A bound keyword: an error unless `n` (the value or its length) meets the node's limit. */
    const bound = (keyword: Bound, n: number, ok: (n: number, limit: number) => boolean, comparison?: string) => {
      const limit = node[keyword];
      if (limit !== undefined && !ok(n, limit)) err(keyword, comparison ? { comparison, limit } : { limit });
    };
    if (node.$ref) {
      // A `#/definitions/…` pointer: also the schema path of what it points to.
      walk(root.definitions![node.$ref.replace('#/definitions/', '')], v, ip, node.$ref);
      return;
    }
    if (node.type !== undefined) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      // Like ajv with allErrors: keywords that are not type-specific (enum,
      // const, anyOf) are still checked after a type error.
      if (!types.some((t) => typeOk(t, v))) err('type', { type: types.join(',') });
    }
    if (node.anyOf) {
      const start = out.length;
      // The first branch that adds no error ends the search (and drops the others' errors).
      const ok = node.anyOf.some((branch, i) => {
        const before = out.length;
        walk(branch, v, ip, `${sp}/anyOf/${i}`);
        return out.length === before;
      });
      if (ok) out.length = start;
      else {
        const text = node.anyOf.some((b) => b.type === 'string') && node.anyOf.some((b) => b.$ref?.endsWith('/Translations'));
        err('anyOf', text ? { text: true } : {});
      }
    }
    if (node.enum && !node.enum.some((e) => e === v)) err('enum', { allowedValues: node.enum });
    if ('const' in node && node.const !== v) err('const', { allowedValue: node.const });
    if (typeof v === 'number') {
      bound('minimum', v, atLeast, '>=');
      bound('maximum', v, atMost, '<=');
      bound('exclusiveMinimum', v, (n, limit) => n > limit, '>');
      bound('exclusiveMaximum', v, (n, limit) => n < limit, '<');
    } else if (typeof v === 'string') {
      bound('minLength', v.length, atLeast);
      bound('maxLength', v.length, atMost);
      if (node.pattern !== undefined) {
        let re = patterns.get(node.pattern);
        if (!re) patterns.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
        if (!re.test(v)) err('pattern', { pattern: node.pattern });
      }
    } else if (Array.isArray(v)) {
      bound('minItems', v.length, atLeast);
      bound('maxItems', v.length, atMost);
      if (node.items) for (let i = 0; i < v.length; i++) walk(node.items, v[i], `${ip}/${i}`, `${sp}/items`);
    } else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj);
      for (const r of node.required ?? []) if (obj[r] === undefined) err('required', { missingProperty: r });
      bound('minProperties', keys.length, atLeast);
      const props = node.properties ?? {};
      for (const k of keys) {
        const at = `${ip}/${esc(k)}`;
        const child = Object.hasOwn(props, k) ? props[k] : undefined;
        if (child) {
          if (obj[k] !== undefined) walk(child, obj[k], at, `${sp}/properties/${esc(k)}`);
        } else if (node.additionalProperties === false) err('additionalProperties', { additionalProperty: k });
        else if (node.additionalProperties && typeof node.additionalProperties === 'object')
          walk(node.additionalProperties, obj[k], at, `${sp}/additionalProperties`);
      }
    }
  };
  walk(root, data, '', '#');
  return out;
}

/** A validator with ajv's calling convention: returns validity, sets `errors`. */
export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Wraps a schema as a validator with the ajv calling convention. */
export function schemaValidator(root: SchemaNode): Validator {
  const fn: Validator = (data: unknown) => {
    const errors = checkSchema(root, data);
    fn.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return fn;
}
