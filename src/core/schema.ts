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

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    default:
      return typeof v === t;
  }
}

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Returns the errors of `data` against `root` (ajv `allErrors` semantics). */
export function checkSchema(root: SchemaNode, data: unknown): SchemaError[] {
  const out: SchemaError[] = [];
  const walk = (node: SchemaNode, v: unknown, ip: string, sp: string): void => {
    const err = (keyword: string, params: Record<string, unknown> = {}, at = ip) =>
      out.push({ instancePath: at, schemaPath: `${sp}/${keyword}`, keyword, params });
    if (node.$ref) {
      const name = node.$ref.replace('#/definitions/', '');
      walk(root.definitions![name], v, ip, `#/definitions/${name}`);
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
      let ok = false;
      node.anyOf.forEach((branch, i) => {
        if (ok) return;
        const before = out.length;
        walk(branch, v, ip, `${sp}/anyOf/${i}`);
        if (out.length === before) ok = true;
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
      if (node.minimum !== undefined && !(v >= node.minimum)) err('minimum', { comparison: '>=', limit: node.minimum });
      if (node.maximum !== undefined && !(v <= node.maximum)) err('maximum', { comparison: '<=', limit: node.maximum });
      if (node.exclusiveMinimum !== undefined && !(v > node.exclusiveMinimum))
        err('exclusiveMinimum', { comparison: '>', limit: node.exclusiveMinimum });
      if (node.exclusiveMaximum !== undefined && !(v < node.exclusiveMaximum))
        err('exclusiveMaximum', { comparison: '<', limit: node.exclusiveMaximum });
    } else if (typeof v === 'string') {
      if (node.minLength !== undefined && v.length < node.minLength) err('minLength', { limit: node.minLength });
      if (node.maxLength !== undefined && v.length > node.maxLength) err('maxLength', { limit: node.maxLength });
      if (node.pattern !== undefined) {
        let re = patterns.get(node.pattern);
        if (!re) patterns.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
        if (!re.test(v)) err('pattern', { pattern: node.pattern });
      }
    } else if (Array.isArray(v)) {
      if (node.minItems !== undefined && v.length < node.minItems) err('minItems', { limit: node.minItems });
      if (node.maxItems !== undefined && v.length > node.maxItems) err('maxItems', { limit: node.maxItems });
      if (node.items) for (let i = 0; i < v.length; i++) walk(node.items, v[i], `${ip}/${i}`, `${sp}/items`);
    } else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj);
      for (const r of node.required ?? []) if (obj[r] === undefined) err('required', { missingProperty: r });
      if (node.minProperties !== undefined && keys.length < node.minProperties) err('minProperties', { limit: node.minProperties });
      const props = node.properties ?? {};
      for (const k of keys) {
        const child = Object.prototype.hasOwnProperty.call(props, k) ? props[k] : undefined;
        if (child) {
          if (obj[k] !== undefined) walk(child, obj[k], `${ip}/${esc(k)}`, `${sp}/properties/${esc(k)}`);
        } else if (node.additionalProperties === false) err('additionalProperties', { additionalProperty: k });
        else if (node.additionalProperties && typeof node.additionalProperties === 'object')
          walk(node.additionalProperties, obj[k], `${ip}/${esc(k)}`, `${sp}/additionalProperties`);
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
