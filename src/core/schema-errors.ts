/**
 * The errors of a document against a schema, ajv-shaped (`instancePath`,
 * `schemaPath`, `keyword`, `params`), with ajv's `allErrors` semantics. Part
 * of the messages chunk: it runs only once schema.ts has said "invalid", and
 * the tests check that both agree, and that these errors are ajv's.
 */
import { definition, patternOf, typeOk, type SchemaNode } from './schema.js';

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

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
      walk(definition(root, node.$ref), v, ip, node.$ref);
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
        if (!patternOf(node.pattern).test(v)) err('pattern', { pattern: node.pattern });
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
