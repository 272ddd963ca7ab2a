import type { Issue } from '../core/validate.js';
import type { RawDocument } from '../core/validate-document.js';

/** Milliseconds to wait when `timeout` is not a number (the element's default). */
const DEFAULT_TIMEOUT = 15000;
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Fetches a `src` URL: its text as JSON or as CSV (by content type or a `.csv`
 * path), or the problem (status, size, an HTML page, timeout, network). Gives
 * undefined when `abort` was aborted from outside (a newer source, a
 * disconnect); `timeout` (ms, at least 100) aborts it too, as an error.
 */
export async function fetchSource(
  url: string,
  timeout: number,
  abort: AbortController,
): Promise<(RawDocument & { csv?: string }) | undefined> {
  let timedOut = false;
  const ms = Math.max(100, Number(timeout) || DEFAULT_TIMEOUT);
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, ms);
  const fail = (code: Issue['code'], params: Record<string, string | number> = {}) => ({
    issues: [{ code, path: '', params: { url, ...params } }],
  });
  try {
    const response = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
    if (!response.ok) return fail('errFetchStatus', { status: `${response.status} ${response.statusText}`.trim() });
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) return fail('errFetchTooLarge', { limit: '10 MB' });
    const text = await response.text();
    if (text.length > MAX_BYTES) return fail('errFetchTooLarge', { limit: '10 MB' });
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type) || /^\s*<(!doctype|html|head|body|\?xml)/i.test(text)) return fail('errFetchHtml');
    if (/text\/csv/i.test(type) || /\.csv$/i.test(new URL(url, location.href).pathname)) return { csv: text };
    return { json: text };
  } catch (err) {
    if (timedOut) return fail('errFetchTimeout', { seconds: Math.round(ms / 100) / 10 });
    if ((err as Error)?.name === 'AbortError') return undefined;
    return fail('errFetchNetwork');
  } finally {
    clearTimeout(timer);
  }
}
