import { expect } from '@open-wc/testing';
import { checkSchema } from '../src/core/schema-errors.js';
import type { SchemaNode } from '../src/core/schema.js';
import { schema as runtimeSchema } from '../src/generated/fair-participation.schema.js';
import { loadJson } from './helpers.js';
import { errorKey as key, mutations, strip, undocumented } from './schema-support.js';

describe('fair-participation schema', () => {
  it('documents every property', async () => {
    const schema = await loadJson('data-schemas/fair-participation.schema.json');
    expect(undocumented(schema)).to.deep.equal([]);
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
