/**
 * Writing HTML as text, for the table-first snippet (pure: no DOM, runs in
 * node). Every data string goes through `escapeHtml`: data is text, never markup.
 */
import { resolveText } from '../core/text.js';
import type { LocalizedText } from '../core/types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** ` name="value"` pairs, escaped; undefined and empty values are left out. */
export function attrs(pairs: Record<string, string | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join('');
}

/** An element with escaped attributes around already-written inner HTML. */
export function el(tag: string, pairs: Record<string, string | undefined>, inner: string): string {
  return `<${tag}${attrs(pairs)}>${inner}</${tag}>`;
}

/**
 * A localized text as escaped HTML in `lang`; a fallback to another language
 * is wrapped in a `<span lang>` so that readers pronounce it right.
 */
export function localized(value: LocalizedText | undefined, lang: string, dataLocale?: string): string {
  const r = resolveText(value, lang, dataLocale);
  const text = escapeHtml(r.text);
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return r.lang && primary(r.lang) !== primary(lang) ? `<span lang="${escapeHtml(r.lang)}">${text}</span>` : text;
}

/** A localized text in a `<span>` (with its own `lang` when it falls back to another language). */
export function localizedSpan(value: LocalizedText | undefined, lang: string, dataLocale?: string): string {
  const inner = localized(value, lang, dataLocale);
  return inner.startsWith('<span lang=') ? inner : `<span>${inner}</span>`;
}
