import type { LocalizedText } from './types.js';

/** A resolved text and the language it is really in (for the `lang` attribute). */
export interface ResolvedText {
  text: string;
  lang: string | undefined;
}

/**
 * Picks the text for `lang` from a localized text: the exact language, else the
 * primary subtag, else the data's own locale, else the first translation given.
 */
export function resolveText(value: LocalizedText | undefined, lang: string, dataLocale?: string): ResolvedText {
  if (value === undefined || value === null) return { text: '', lang: undefined };
  if (typeof value === 'string') return { text: value, lang: dataLocale };
  const primary = lang.split('-')[0];
  for (const key of [lang, primary, dataLocale]) {
    if (key && typeof value[key] === 'string') return { text: value[key], lang: key };
  }
  for (const key of Object.keys(value)) {
    if (typeof value[key] === 'string') return { text: value[key], lang: key };
  }
  return { text: '', lang: undefined };
}

/** Shorthand for the string alone. */
export function pickText(value: LocalizedText | undefined, lang: string, dataLocale?: string): string {
  return resolveText(value, lang, dataLocale).text;
}

/**
 * Returns the URL when it is safe to put in an `href` (http, https or a
 * same-site path such as `/bao-cao`); anything else (`javascript:`, `data:`, …) gives undefined.
 * A protocol-relative `//host/…` is another site, not a path, and a backslash
 * (which browsers read as `/`, so `/\host` is `//host`) is refused anywhere.
 */
export function safeUrl(url: string | undefined): string | undefined {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  return /^(https?:\/\/|\/(?![/\s]|$)|\.\.?\/)[^\s<>"'`\\]*$/i.test(trimmed) ? trimmed : undefined;
}
