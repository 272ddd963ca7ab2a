// Generates, from src/charts/<chart>/<chart>.types.ts (typescript-json-schema):
//  - data-schemas/<chart>.schema.json: the documented schema (the contract);
//  - data-schemas/validators/<chart>.js: an ajv standalone validator (ESM, no
//    dependencies, no eval) for developers to validate data in Node or a build;
//  - src/generated/<chart>.schema.ts: the same schema without descriptions,
//    which the widgets check with src/core/schema.ts (smaller than the ajv code).
// `--check` compares instead of writing and exits 1 when anything is stale.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** Each chart: folder name → root type name. */
export function charts() {
  const dir = join(root, 'src/charts');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, `${name}.types.ts`)))
    .sort()
    .map((name) => {
      const typeName =
        name
          .split('-')
          .map((w) => w[0].toUpperCase() + w.slice(1))
          .join('') + 'Data';
      return { name, typeName, file: join(dir, name, `${name}.types.ts`) };
    });
}

const settings = {
  required: true,
  noExtraProps: true,
  strictNullChecks: true,
  ref: true,
  aliasRef: false,
  topRef: false,
  titles: false,
  defaultProps: false,
  ignoreErrors: false,
};

function stripDocs(node) {
  if (Array.isArray(node)) return node.map(stripDocs);
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'description' || k === 'title' || k === 'examples') continue;
      out[k] =
        k === 'properties' || k === 'definitions'
          ? Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, stripDocs(pv)]))
          : stripDocs(v);
    }
    return out;
  }
  return node;
}

// The runtime schema's keywords in one order in every node (the checker reads
// them by name, so the order is free): its text compresses better, by 3–9 B
// gzip in each widget's chunk.
const ORDER = ['type', 'properties', 'additionalProperties', 'required', '*', 'definitions'];
function orderKeys(node) {
  if (Array.isArray(node)) return node.map(orderKeys);
  if (!node || typeof node !== 'object') return node;
  const rank = (k) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.indexOf('*'));
  const keys = Object.keys(node).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(
    keys.map((k) => [
      k,
      k === 'properties' || k === 'definitions'
        ? Object.fromEntries(Object.entries(node[k]).map(([pk, pv]) => [pk, orderKeys(pv)]))
        : orderKeys(node[k]),
    ]),
  );
}

const SUPPORTED = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'minProperties',
  'pattern',
  'enum',
  'const',
  'anyOf',
  'definitions',
]);

// The runtime checker (src/core/schema.ts) knows these keywords only.
function assertSupported(node, name, at = '#') {
  if (Array.isArray(node)) return node.forEach((n, i) => assertSupported(n, name, `${at}/${i}`));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (!SUPPORTED.has(k)) throw new Error(`${name}: keyword "${k}" at ${at} is not supported by src/core/schema.ts`);
    if (k === 'properties' || k === 'definitions') for (const [pk, pv] of Object.entries(v)) assertSupported(pv, name, `${at}/${k}/${pk}`);
    else if (k === 'items' || k === 'additionalProperties' || k === 'anyOf') assertSupported(v, name, `${at}/${k}`);
  }
}

function generate() {
  const list = charts();
  const program = TJS.getProgramFromFiles(
    list.map((c) => c.file),
    { strictNullChecks: true, skipLibCheck: true, moduleResolution: 'bundler', module: 'es2022', target: 'es2021' },
    root,
  );
  const out = new Map();
  for (const c of list) {
    const schema = TJS.generateSchema(program, c.typeName, settings);
    if (!schema) throw new Error(`no schema for ${c.typeName}`);
    const ordered = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://citystat.dev/schemas/${c.name}.schema.json`,
      title: c.typeName,
      ...schema,
    };
    delete ordered.$schema;
    const doc = { $schema: 'http://json-schema.org/draft-07/schema#', ...ordered };
    out.set(`data-schemas/${c.name}.schema.json`, JSON.stringify(doc, null, 2) + '\n');

    // The validator is compiled from a copy without descriptions: the text
    // stays in the .schema.json for people and editors, not in the bundle.
    const ajv = new Ajv({
      code: { source: true, esm: true },
      allErrors: true,
      strict: false,
      unicode: false,
      logger: false,
      inlineRefs: false,
      messages: false,
    });
    const validate = ajv.compile(stripDocs(doc));
    let code = standaloneCode(ajv, validate);
    if (/require\(/.test(code)) throw new Error(`${c.name}: standalone validator needs a runtime require(); avoid that keyword`);
    out.set(
      `data-schemas/validators/${c.name}.js`,
      `// Generated by scripts/schemas.mjs from data-schemas/${c.name}.schema.json. Do not edit.\n// Usage: import { validate } from './${c.name}.js'; validate(data) || console.log(validate.errors);\n${code}\n`,
    );
    out.set(
      `data-schemas/validators/${c.name}.d.ts`,
      `// Generated by scripts/schemas.mjs. Do not edit.\nexport interface ValidationError { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown> }\nexport interface Validate { (data: unknown): boolean; errors?: ValidationError[] | null }\nexport declare const validate: Validate;\nexport default validate;\n`,
    );
    const runtime = orderKeys(stripDocs(doc));
    delete runtime.$schema;
    delete runtime.$id;
    assertSupported(runtime, c.name);
    out.set(
      `src/generated/${c.name}.schema.ts`,
      `// Generated by scripts/schemas.mjs from data-schemas/${c.name}.schema.json. Do not edit.\nimport type { SchemaNode } from '../core/schema.js';\n\nexport const schema: SchemaNode = ${JSON.stringify(runtime)};\n`,
    );
  }
  return out;
}

const files = generate();
let stale = [];
for (const [rel, text] of files) {
  const path = join(root, rel);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  if (check) stale.push(rel);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${rel}`);
  }
}
if (check) {
  if (stale.length) {
    console.error(`Generated files are out of date: ${stale.join(', ')}. Run: npm run schemas`);
    process.exit(1);
  }
  console.log(`schemas up to date (${files.size} files)`);
}
