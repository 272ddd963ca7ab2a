// The rows of the schema reference: one per field of a JSON Schema, with its
// path, type label, whether it is required, description and constraints, in
// the words of one language (scripts/schema-docs/words.mjs).
import { WORDS } from './words.mjs';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A JSDoc description as HTML: escaped, `code` spans kept, blank lines as paragraph breaks. */
export function prose(text) {
  if (!text) return '';
  return String(text)
    .split(/\n\s*\n/)
    .map((para) => esc(para.replace(/\s*\n\s*/g, ' ').trim()).replace(/`([^`]+)`/g, (_, code) => `<code>${code}</code>`))
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('');
}

const refName = (ref) => ref.replace(/^#\/definitions\//, '');

/** Definitions drawn as their own "shared type" (no fields of their own to expand). */
function isNamedType(def) {
  return def && !def.properties;
}

/**
 * The rows of a schema: one per field, depth first, with the path an editor
 * writes (`components[].label`, `source.name`, `events[].values.<key>`).
 */
export function fieldRows(schema, words = WORDS.en) {
  const defs = schema.definitions ?? {};
  const rows = [];
  const named = new Set();

  const resolve = (node) => {
    if (node?.$ref) {
      const name = refName(node.$ref);
      const def = defs[name] ?? {};
      const { $ref: _ref, ...own } = node;
      return { name, node: { ...def, ...own, description: own.description ?? def.description } };
    }
    return { name: undefined, node: node ?? {} };
  };

  /** A short type label, as HTML; shared types link to their section. */
  const typeOf = (node) => {
    if (node.$ref) {
      const name = refName(node.$ref);
      const def = defs[name];
      if (isNamedType(def)) {
        named.add(name);
        return `<a href="#type-${esc(name)}">${esc(name)}</a>`;
      }
      return typeOf({ ...def, $ref: undefined });
    }
    if (node.anyOf) {
      // LocalizedText is written inline as anyOf [Translations, string] by the generator.
      // Plain types first: "string or Translations".
      const parts = [...new Set(node.anyOf.map(typeOf))].sort((a, b) => Number(a.startsWith('<a')) - Number(b.startsWith('<a')));
      return parts.join(words.or);
    }
    if (node.const !== undefined) return `<code>${esc(JSON.stringify(node.const))}</code>`;
    const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
    if (!types.length && node.properties) types.push('object');
    const label = types.map((t) => {
      if (t === 'array') return node.items ? words.arrayOf(typeOf(node.items)) : words.type.array;
      if (t === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object' && !node.properties) {
        return words.objectOf(typeOf(node.additionalProperties));
      }
      return esc(words.type[t] ?? t);
    });
    return label.join(words.or) || words.any;
  };

  /** Constraints of a node, as HTML list items' contents. */
  const constraintsOf = (node) => {
    const out = [];
    const num = (k, word) => node[k] !== undefined && out.push(`${word} <code>${esc(node[k])}</code>`);
    num('minimum', '≥');
    num('exclusiveMinimum', '>');
    num('maximum', '≤');
    num('exclusiveMaximum', '<');
    for (const k of ['minItems', 'maxItems', 'minLength', 'maxLength', 'minProperties']) num(k, words.cons[k]);
    if (node.pattern !== undefined) out.push(`${words.cons.pattern} <code>${esc(node.pattern)}</code>`);
    if (node.enum) out.push(`${words.cons.oneOf} ${node.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ')}`);
    if (node.const !== undefined) out.push(`${words.cons.exactly} <code>${esc(JSON.stringify(node.const))}</code>`);
    return out;
  };

  const visit = (node, path, required, depth, seen) => {
    const { name, node: n } = resolve(node);
    const direct = node.$ref ? { ...n, $ref: node.$ref } : n;
    rows.push({
      path,
      depth,
      type: typeOf(direct),
      required,
      description: n.description ?? '',
      constraints: constraintsOf(n),
      closed: n.additionalProperties === false,
    });
    if (name && seen.includes(name)) return; // recursive types: stop
    const nextSeen = name ? [...seen, name] : seen;
    children(n, path, depth, nextSeen);
  };

  const children = (n, path, depth, seen) => {
    if (n.properties) {
      const req = new Set(n.required ?? []);
      for (const [key, child] of Object.entries(n.properties)) {
        visit(child, path ? `${path}.${key}` : key, req.has(key), depth + 1, seen);
      }
    }
    const types = Array.isArray(n.type) ? n.type : [n.type];
    if (types.includes('array') && n.items) {
      const { name, node: item } = resolve(n.items);
      if (item.properties && !(name && seen.includes(name))) children(item, `${path}[]`, depth, name ? [...seen, name] : seen);
    }
  };

  const req = new Set(schema.required ?? []);
  const top = Object.entries(schema.properties ?? {});
  // Own fields first (in schema order), then the common ones every widget shares.
  const common = ['$schema', 'locale', 'title', 'subtitle', 'note', 'source'];
  const ordered = [...top.filter(([k]) => !common.includes(k)), ...top.filter(([k]) => common.includes(k))];
  for (const [key, child] of ordered) visit(child, key, req.has(key), 0, []);

  // Shared types may reference further shared types.
  const types = [];
  const done = new Set();
  while (named.size > done.size) {
    for (const name of [...named].sort()) {
      if (done.has(name)) continue;
      done.add(name);
      const def = defs[name];
      types.push({ name, description: def.description ?? '', type: typeOf({ ...def, $ref: undefined }), constraints: constraintsOf(def) });
    }
  }
  types.sort((a, b) => a.name.localeCompare(b.name));
  return { rows, types };
}
