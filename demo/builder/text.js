// The builder's pure helpers (no DOM): format detection, escaping, the
// tag-and-data snippet, and finding an issue's place in the pasted text.

/** `json` when the text starts like a JSON document, `csv` when it has text, else ''. */
export function detectFormat(text) {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (!t) return '';
  return t[0] === '{' || t[0] === '[' ? 'json' : 'csv';
}

/**
 * Escapes data for a `<script>` element in HTML: `</script` becomes `<\/script`
 * and `<!--` becomes `<\!--` (JSON: `\u003C!--`, so the JSON is unchanged).
 */
export function escapeScriptData(text, format) {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, format === 'json' ? '\\u003C!--' : '<\\!--');
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(text) {
  return String(text).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);
}

/** The embed snippet. */
export function buildSnippet({ tag, text, format, lang, theme, mode, src, cdn }) {
  const attrs = [`lang="${escapeAttr(lang)}"`];
  if (theme && theme !== 'light') attrs.push(`theme="${escapeAttr(theme)}"`);
  const lines = [`<script type="module" src="${escapeAttr(cdn)}"></script>`];
  if (mode === 'src') {
    lines.push(`<${tag} ${attrs.join(' ')} src="${escapeAttr(src)}"></${tag}>`);
  } else {
    const type = format === 'json' ? 'application/json' : 'text/csv';
    const body = escapeScriptData(
      text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .replace(/\s+$/, ''),
      format,
    );
    // The data starts right after the tag, so the widget's line numbers are the editor's.
    lines.push(`<${tag} ${attrs.join(' ')}>`, `<script type="${type}">${body}`, '</script>', `</${tag}>`);
  }
  return lines.join('\n') + '\n';
}

/** Appends a key to a field path the way the widgets write paths (`a.b[2]["x y"]`). */
function joinPath(path, key) {
  if (typeof key === 'number' || /^\d+$/.test(key)) return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * Where each value of a valid JSON text is: field path → [start, end] offsets.
 * Returns an empty map for text that is not JSON.
 */
export function locateJson(text) {
  const map = new Map();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const str = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = (path, keyStart) => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          const ks = i;
          const key = str();
          ws();
          i++; // :
          value(joinPath(path, key), ks);
          ws();
          if (text[i++] !== ',') break;
        }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(joinPath(path, n));
          ws();
          if (text[i++] !== ',') break;
        }
    } else if (c === '"') str();
    else while (i < text.length && /[^\s,\]}]/.test(text[i])) i++;
    map.set(path, [keyStart ?? start, i]);
  };
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    if (text[0] === '\uFEFF') i = 1;
    value('');
  } catch {
    return new Map();
  }
  return map;
}

/** The offsets of line `n` (1-based) of a text. */
export function lineRange(text, n) {
  let start = 0;
  for (let l = 1; l < n; l++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

export const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

/**
 * Where in the text an issue is, as [start, end], or undefined: CSV and JSON
 * syntax errors carry a line; schema errors a field path, found in the JSON
 * text, or (CSV) the data row of `items[2]`-like paths, rows counted in
 * `read`: the CSV as its reader sees it (header block lines blanked).
 */
export function locateIssue(issue, text, format, read = text) {
  const p = issue.params ?? {};
  if (issue.code === 'errJson' && p.line) return lineRange(text, Number(p.line));
  if (/^errCsv/.test(issue.code) && p.row) return lineRange(text, Number(p.row));
  if (!issue.path) return undefined;
  if (format === 'json') {
    const map = locateJson(text);
    let path = issue.path;
    while (path) {
      if (map.has(path)) return map.get(path);
      path = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
      if (!/[.[]/.test(path) && !map.has(path)) break;
    }
    return map.get(path);
  }
  // CSV: components[2].capital → the third data row (blank lines are skipped by the parser).
  const m = /^[A-Za-z]+\[(\d+)\]/.exec(issue.path);
  if (!m) return undefined;
  const lines = read.split('\n');
  let seen = -1; // the header is the first non-blank line
  for (let l = 0; l < lines.length; l++) {
    if (!lines[l].trim()) continue;
    if (seen === Number(m[1])) return lineRange(text, l + 1);
    seen++;
  }
  return undefined;
}
