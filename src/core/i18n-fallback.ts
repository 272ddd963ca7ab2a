/**
 * Per-word fallback of a registered language: a pack written before a widget
 * existed lacks that widget's section (or one word); each missing word is
 * taken from English instead of making the widget's layout throw.
 */
import { DEV } from './dev.js';
import type { LanguagePack } from './i18n.js';

/** Every widget section of a pack; TypeScript makes a new section be listed here. */
const SECTIONS: { [K in keyof LanguagePack as LanguagePack[K] extends string | readonly unknown[] ? never : K]: true } = {
  fdi: true,
  fair: true,
  kpi: true,
  trend: true,
};
type Section = keyof typeof SECTIONS;

/** `pack` with every word it lacks (at the top level or inside a section) taken from `base`. */
export function withFallback(pack: LanguagePack, base: LanguagePack, lang: string): LanguagePack {
  if (DEV) warnMissing(pack, base, lang);
  const out = { ...base, ...pack };
  for (const key in SECTIONS) (out as Record<Section, unknown>)[key as Section] = { ...base[key as Section], ...pack[key as Section] };
  return out;
}

/** Development builds name each missing word once, when its pack is registered. */
function warnMissing(pack: LanguagePack, base: LanguagePack, lang: string): void {
  const check = (own: object | undefined, fallback: object, path: string) => {
    for (const [key, value] of Object.entries(fallback)) {
      const mine = (own as Record<string, unknown> | undefined)?.[key];
      if (mine === undefined) console.warn(`citystat: language "${lang}" has no "${path}${key}"; the English words are used.`);
      else if (key in SECTIONS && !path) check(mine as object, value as object, `${key}.`);
    }
  };
  check(pack, base, '');
}
