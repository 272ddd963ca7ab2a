/**
 * Development warnings for a registered language that lacks words: a pack
 * written before a widget existed lacks that widget's section (or one word).
 * Each missing word is taken from English (core/i18n.ts merges them) instead
 * of making the widget's layout throw; these name each one once, when the
 * pack is registered or, for a widget whose words load later, when they do.
 */
import type { SectionName, Sections, SharedWords } from './i18n.js';

const warn = (lang: string, key: string) => console.warn(`citystat: language "${lang}" has no "${key}"; the English words are used.`);

/** Names each shared word, and each word of the sections already defined, that `pack` lacks. */
export function warnMissing(pack: object, base: SharedWords, lang: string, defined: { [K in SectionName]?: { en: Sections[K] } }): void {
  for (const key of Object.keys(base)) if ((pack as Record<string, unknown>)[key] === undefined) warn(lang, key);
  for (const name in defined) {
    const words = defined[name as SectionName];
    if (words) warnSection((pack as Partial<Sections>)[name as SectionName], words.en, lang, name);
  }
}

/** Names the section `name` once when the pack has none, otherwise each of its words the pack lacks. */
export function warnSection(own: object | undefined, base: object, lang: string, name: string): void {
  // `partial` is optional in a pack (its words came after packs were written): English, without a warning.
  if (!own) return void (name === 'partial' || warn(lang, name));
  for (const key of Object.keys(base)) if ((own as Record<string, unknown>)[key] === undefined) warn(lang, `${name}.${key}`);
}
