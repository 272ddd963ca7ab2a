// The <citystat-fdi-composition> data schema: the example validates, every property is documented.
import { expect } from '@open-wc/testing';
import { checkSchema } from '../src/core/schema-errors.js';
import { schema } from '../src/generated/fdi-composition.schema.js';
import { clone, loadJson } from './helpers.js';
import { example } from './fdi-composition-support.js';

describe('citystat-fdi-composition: schema', () => {
  it('the example validates with the runtime checker and the ajv standalone validator', async () => {
    expect(checkSchema(schema, example)).to.deep.equal([]);
    const { validate } = await import(`/data-schemas/validators/${'fdi-composition'}.js`);
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    const negative = clone(example);
    negative.components[0].capital = -1;
    expect(validate(negative)).to.equal(false);
    expect(checkSchema(schema, negative).map((e) => e.instancePath)).to.deep.equal(['/components/0/capital']);
  });

  it('documents every property', async () => {
    const doc = await loadJson('data-schemas/fdi-composition.schema.json');
    const missing: string[] = [];
    const visit = (node: any, path: string) => {
      for (const [k, v] of Object.entries<any>(node?.properties ?? {})) {
        if (!v.description) missing.push(`${path}.${k}`);
        visit(v, `${path}.${k}`);
      }
      for (const [k, v] of Object.entries<any>(node?.definitions ?? {})) visit(v, `#${k}`);
    };
    visit(doc, '');
    expect(missing).to.deep.equal([]);
  });
});
