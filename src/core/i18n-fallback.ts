/**
 * Per-word fallback of a registered language: a pack written before a widget
 * existed lacks that widget's section (or one word); each missing word is
 * taken from English instead of making the widget's layout throw.
 */
import { DEV } from './dev.js';

type Words = { readonly [key: string]: unknown };

/** A section of words (`pack.kpi`), not a word or a list (`compact`). */
const isSection = (v: unknown): v is Words => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `pack` with every key of `base` it lacks (at the top level or inside a
 * section) taken from `base`. In development builds, names each missing key
 * once, when the pack is registered.
 */
export function withFallback<T extends object>(pack: T, base: T, lang: string, path = ''): T {
  const out = { ...pack } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(base)) {
    const own = out[key];
    if (own === undefined) {
      if (DEV) console.warn(`citystat: language "${lang}" has no "${path}${key}"; the English words are used.`);
      out[key] = fallback;
    } else if (isSection(fallback) && isSection(own)) out[key] = withFallback(own, fallback, lang, `${path}${key}.`);
  }
  return out as T;
}
