// The <citystat-kpi> data schema: every property documented; the example validates and the
// bad cases fail, with the runtime checker and with ajv.
import { expect } from '@open-wc/testing';
import { checkSchema } from '../src/core/schema-errors.js';
import type { SchemaNode } from '../src/core/schema.js';
import { loadJson } from './helpers.js';
import { badCases } from './kpi-bad-cases.js';
import { example } from './kpi-support.js';
import { strip, undocumented } from './schema-support.js';

describe('citystat-kpi: schema', () => {
  it('documents every property, and the example validates with the runtime checker and with ajv', async () => {
    const schema = await loadJson('data-schemas/kpi.schema.json');
    expect(undocumented(schema)).to.deep.equal([]);
    expect(checkSchema(strip(schema) as SchemaNode, example)).to.deep.equal([]);
    const { validate } = await import('/data-schemas/validators/kpi.js' as string);
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    for (const c of badCases.filter((b) => !/duplicate|above|upside|beyond|non-finite/.test(b.name))) {
      const doc = c.data();
      expect(validate(doc), c.name).to.equal(false);
      expect(checkSchema(strip(schema) as SchemaNode, doc).length, c.name).to.be.greaterThan(0);
    }
  });
});
