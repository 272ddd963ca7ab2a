// Locating a JSON syntax error (loaded with the messages chunk: pages whose
// data parses never download it).
import type { Issue } from './validate.js';

/**
 * Locates a JSON syntax error: the issue with line, column and the parser's
 * words. `err` is what `JSON.parse(text)` threw (text without its BOM).
 */
export function jsonIssue(text: string, err: unknown): Issue {
  const body = text.replace(/^\uFEFF/, '');
  const message = err instanceof Error ? err.message : String(err);
  const pos = jsonErrorPosition(body, message);
  const before = body.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .slice(0, 160);
  return { code: 'errJson', path: '', params: { line, column, detail } };
}

function jsonErrorPosition(body: string, message: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  if (/end of JSON input/i.test(message)) return body.length;
  // V8 quotes the text around an unexpected token: find that token's place.
  const token = /Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (token) {
    const snippet = token[2].replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
    const at = body.indexOf(snippet);
    if (at >= 0) {
      const inSnippet = snippet.indexOf(token[1]);
      return at + Math.max(0, inSnippet);
    }
  }
  return 0;
}
