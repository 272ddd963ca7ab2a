import { expect } from '@open-wc/testing';
import { checkSchema } from '../src/core/schema-errors.js';
import { schemaValid, type SchemaNode } from '../src/core/schema.js';
import { loadJson, widgetRegistry } from './helpers.js';
import { errorKey as key, mutations, strip, undocumented } from './schema-support.js';

/** Every widget of the registry, with its example files. */
const widgets = widgetRegistry();

describe('data schemas', () => {
  for (const { name, examples } of widgets) {
    it(`${name}: every property has a description`, async () => {
      const schema = await loadJson(`data-schemas/${name}.schema.json`);
      expect(undocumented(schema)).to.deep.equal([]);
      expect(schema.description).to.be.a('string');
    });

    it(`${name}: the examples validate, with the runtime checker and with ajv`, async () => {
      const schema = await loadJson(`data-schemas/${name}.schema.json`);
      const { validate } = await import(`/data-schemas/validators/${name}.js`);
      for (const file of examples) {
        const doc = await loadJson(`data-schemas/examples/${file}`);
        expect(checkSchema(strip(schema) as SchemaNode, doc), file).to.deep.equal([]);
        expect(schemaValid(strip(schema) as SchemaNode, doc), file).to.equal(true);
        expect(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`).to.equal(true);
      }
    });

    it(`${name}: the verdict, the runtime errors and the ajv standalone validator agree on broken documents`, async () => {
      const schema = strip(await loadJson(`data-schemas/${name}.schema.json`)) as SchemaNode;
      const { validate } = await import(`/data-schemas/validators/${name}.js`);
      const base = await loadJson(`data-schemas/examples/${examples[0]}`);
      const variants = mutations(base);
      expect(variants.length).to.be.greaterThan(30);
      for (const doc of variants) {
        const ours = checkSchema(schema, doc);
        const ajvValid = validate(doc);
        expect(ours.length === 0, JSON.stringify(doc).slice(0, 200)).to.equal(ajvValid);
        expect(schemaValid(schema, doc), JSON.stringify(doc).slice(0, 200)).to.equal(ajvValid);
        const a = new Set(ours.map(key));
        const b = new Set((validate.errors ?? []).map(key));
        expect([...a].sort(), JSON.stringify(doc).slice(0, 200)).to.deep.equal([...b].sort());
      }
    });
  }
});
