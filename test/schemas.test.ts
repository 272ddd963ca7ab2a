import { expect } from '@open-wc/testing';
import { checkSchema, type SchemaNode } from '../src/core/schema.js';
import { loadJson } from './helpers.js';

const charts = ['sector-breakdown', 'fdi-composition', 'fair-participation', 'kpi'];

/** Every example file per chart, by naming convention. */
const examples: Record<string, string[]> = {
  'sector-breakdown': ['sector-breakdown.json', 'sector-breakdown-cumulative.json'],
  'fdi-composition': ['fdi-composition.json'],
  'fair-participation': ['fair-participation.json'],
  kpi: ['kpi.json'],
};

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

describe('data schemas', () => {
  for (const name of charts) {
    it(`${name}: every property has a description`, async () => {
      const schema = await loadJson(`data-schemas/${name}.schema.json`);
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

    it(`${name}: the examples validate, with the runtime checker and with ajv`, async () => {
      const schema = await loadJson(`data-schemas/${name}.schema.json`);
      const { validate } = await import(`/data-schemas/validators/${name}.js`);
      for (const file of examples[name]) {
        const doc = await loadJson(`data-schemas/examples/${file}`);
        expect(checkSchema(strip(schema) as SchemaNode, doc), file).to.deep.equal([]);
        expect(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`).to.equal(true);
      }
    });

    it(`${name}: the runtime checker and the ajv standalone validator agree on broken documents`, async () => {
      const schema = strip(await loadJson(`data-schemas/${name}.schema.json`)) as SchemaNode;
      const { validate } = await import(`/data-schemas/validators/${name}.js`);
      const base = await loadJson(`data-schemas/examples/${examples[name][0]}`);
      const variants = mutations(base);
      expect(variants.length).to.be.greaterThan(30);
      for (const doc of variants) {
        const ours = checkSchema(schema, doc);
        const ajvValid = validate(doc);
        const key = (e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`;
        expect(ours.length === 0, JSON.stringify(doc).slice(0, 200)).to.equal(ajvValid);
        const a = new Set(ours.map(key));
        const b = new Set((validate.errors ?? []).map(key));
        expect([...a].sort(), JSON.stringify(doc).slice(0, 200)).to.deep.equal([...b].sort());
      }
    });
  }
});

/** Deterministic broken copies of a document: each field replaced by values of other types. */
function mutations(doc: unknown): unknown[] {
  const out: unknown[] = [];
  const replacements: unknown[] = [null, -1, 1.5, 'text', '', true, [], {}, { vi: 1 }, [1]];
  const walk = (node: any, path: (string | number)[]) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      for (const r of replacements) {
        const copy = JSON.parse(JSON.stringify(doc));
        let target = copy;
        for (const p of path) target = target[p];
        target[key] = r;
        out.push(copy);
      }
      const copy = JSON.parse(JSON.stringify(doc));
      let target = copy;
      for (const p of path) target = target[p];
      delete target[key];
      out.push(copy);
      walk(node[key], [...path, key]);
    }
    const extra = JSON.parse(JSON.stringify(doc));
    let target = extra;
    for (const p of path) target = target[p];
    if (!Array.isArray(target)) {
      target.unexpected = 1;
      out.push(extra);
    }
  };
  walk(doc, []);
  return out;
}
