// Shared by the tests of the data schemas (schemas.test.ts, <widget>.schema.test.ts
// and the schema blocks of the widget tests).

/** The schema without its documentation (what the widget checks at run time). */
export function strip(node: any): any {
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

/** Paths of the schema's properties that have no description (`.a.b`, `#Definition.c`). */
export function undocumented(schema: any): string[] {
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
  return missing;
}

/** Deterministic broken copies of a document: every field replaced by values of other types, removed, or given a sibling. */
export function mutations(doc: unknown): unknown[] {
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

/** `instancePath keyword` of an error, to compare the runtime checker's issues with ajv's errors. */
export const errorKey = (e: { instancePath: string; keyword: string }): string => `${e.instancePath} ${e.keyword}`;
