import { expect } from '@open-wc/testing';
import { checkSchema, type SchemaNode } from '../src/core/schema.js';
import { schema as runtimeSchema } from '../src/generated/fair-participation.schema.js';
import { loadJson } from './helpers.js';

/** The schema without its documentation (what the widget checks at run time). */
function strip(node: any): any {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') {
    const out: any = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'description' || k === 'title' || k === '$schema' || k === '$id') continue;
      out[k] =
        k === 'properties' || k === 'definitions'
          ? Object.fromEntries(Object.entries(v as object).map(([a, b]) => [a, strip(b)]))
          : strip(v);
    }
    return out;
  }
  return node;
}

/** Broken copies: every field replaced by values of other types, removed, or given a sibling. */
function mutations(doc: unknown): unknown[] {
  const out: unknown[] = [];
  const replacements: unknown[] = [null, -1, 1.5, 'text', '', true, [], {}, { vi: 1 }, [1]];
  const at = (copy: any, path: (string | number)[]) => path.reduce((t, p) => t[p], copy);
  const walk = (node: any, path: (string | number)[]) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      for (const r of replacements) {
        const copy = JSON.parse(JSON.stringify(doc));
        at(copy, path)[key] = r;
        out.push(copy);
      }
      const copy = JSON.parse(JSON.stringify(doc));
      delete at(copy, path)[key];
      out.push(copy);
      walk(node[key], [...path, key]);
    }
    if (!Array.isArray(node)) {
      const extra = JSON.parse(JSON.stringify(doc));
      at(extra, path).unexpected = 1;
      out.push(extra);
    }
  };
  walk(doc, []);
  return out;
}

describe('fair-participation schema', () => {
  it('documents every property', async () => {
    const schema = await loadJson('data-schemas/fair-participation.schema.json');
    const missing: string[] = [];
    const visit = (node: any, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node.properties ?? {})) {
        if (!(v as any).description) missing.push(`${path}.${k}`);
        visit(v, `${path}.${k}`);
      }
      for (const [k, v] of Object.entries(node.definitions ?? {})) visit(v, `#${k}`);
    };
    visit(schema, '');
    expect(missing).to.deep.equal([]);
    expect(schema.description).to.be.a('string');
  });

  it('the committed runtime schema is the documented one without its text', async () => {
    expect(runtimeSchema).to.deep.equal(strip(await loadJson('data-schemas/fair-participation.schema.json')));
  });

  it('the example validates with the runtime checker and with ajv', async () => {
    const { validate } = await import('/data-schemas/validators/fair-participation.js' as string);
    const doc = await loadJson('data-schemas/examples/fair-participation.json');
    expect(checkSchema(runtimeSchema as SchemaNode, doc)).to.deep.equal([]);
    expect(validate(doc), JSON.stringify(validate.errors)).to.equal(true);
  });

  it('the runtime checker and ajv agree on broken documents', async () => {
    const { validate } = await import('/data-schemas/validators/fair-participation.js' as string);
    const base = await loadJson('data-schemas/examples/fair-participation.json');
    const variants = mutations(base);
    expect(variants.length).to.be.greaterThan(200);
    const key = (e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`;
    for (const doc of variants) {
      const ours = checkSchema(runtimeSchema, doc);
      const valid = validate(doc);
      expect(ours.length === 0, JSON.stringify(doc).slice(0, 300)).to.equal(valid);
      expect([...new Set(ours.map(key))].sort(), JSON.stringify(doc).slice(0, 300)).to.deep.equal(
        [...new Set<string>((validate.errors ?? []).map(key))].sort(),
      );
    }
  });
});
