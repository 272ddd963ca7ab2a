/**
 * Every user-facing string of citystat: one `LanguagePack` per language, with
 * the words every widget shares at the top level and each widget's own words
 * in its section (`pack.fdi`, `pack.fair`, `pack.kpi`, `pack.trend`). The shared words are
 * here; a widget's vi and en words are in its `<widget>.words.ts`, which adds
 * them with `defineSection` when the widget's code loads (a page with one
 * widget downloads that widget's words only). Error messages live in
 * core/messages.ts, a chunk loaded only when data is bad, and are registered
 * with the same call.
 *
 * To add a language, call `registerLanguage('fr', pack, messages)` before the
 * widgets render (see "Adding a language" in the README). TypeScript checks
 * that no key is missing. Numbers are formatted as `Intl` formats them for
 * any language (vi-VN and en-US are written out to spare ICU's start-up, see
 * core/format.ts); only these words need translating. A language that is not registered falls
 * back to English, and so does any word a registered pack lacks (a pack written
 * before a widget existed): see core/i18n-fallback.ts.
 *
 * The shared words are in core/i18n-vi.ts and core/i18n-en.ts, the widgets'
 * section types in core/i18n-sections.ts.
 */
import type { Messages } from './messages.js';
import type { FairWords, FdiWords, KpiWords, PartialWords, Sections, TrendWords } from './i18n-sections.js';
import { warnMissing, warnSection } from './i18n-fallback.js';
import { DEV } from './dev.js';
import { vi } from './i18n-vi.js';
import { en } from './i18n-en.js';

export type { FairWords, FdiWords, KpiWords, PartialWords, Sections, TrendWords };

export interface LanguagePack {
  /** BCP 47 tag used for Intl number formatting, e.g. `vi-VN`. */
  intlLocale: string;
  /** Between a name and its figures in accessible labels, tooltips and summaries: `': '` (French `'\u00a0: '`). */
  colon: string;
  loading: string;
  empty: string;
  /** The error box when the messages chunk could not load (offline): then each problem is named by its code and place. */
  unavailable: string;
  source: string;
  note: string;
  missing: string;
  notPublished: string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  downloadPng: string;
  downloadSvg: string;
  other: string;
  otherItems: string;
  total: string;
  share: string;
  value: string;
  category: string;
  sumMismatch: string;
  breakdownUnpublished: string;
  /** Compact number words, largest first: [power of ten, word]. */
  compact: ReadonlyArray<readonly [number, string]>;
  // summaries
  summaryBars: string;
  chart: string;
  summaryLargest: string;
  summarySmallest: string;
  /** Parts tied for the largest (or smallest): `{value}` each, `{label}` lists them. */
  summaryLargestTie: string;
  summarySmallestTie: string;
  /** A breakdown of one group only: `{label}` of `{total}`. */
  summaryOneBar: string;
  summaryMissing: string;
  summaryUnpublished: string;
  /** Words of `<citystat-fdi-composition>`. */
  fdi: FdiWords;
  /** Words of `<citystat-fair-participation>`. */
  fair: FairWords;
  /** Words of `<citystat-kpi>`. */
  kpi: KpiWords;
  /** Words of `<citystat-trend>`. */
  trend: TrendWords;
  /** Words of partial breakdowns (sector, FDI); optional: packs written before them still type-check. */
  partial?: PartialWords;
}

/** The former name of `LanguagePack`. */
export type UiStrings = LanguagePack;

/** The name of a widget's section of a pack. */
export type SectionName = keyof Sections;
/** A pack's words without the widgets' sections (the built-in packs' shared words). */
export type SharedWords = Omit<LanguagePack, SectionName>;
/** A widget's words in the built-in languages. */
export type SectionDefaults<K extends SectionName> = { vi: Sections[K]; en: Sections[K] };

/** The built-in English pack, the fallback of any language that is not registered. */
const english = { ...en } as LanguagePack;
/** Each language's pack (copies: `vi` and `en` stay the shared words); a widget's section is added when its words load. */
const registry = new Map<string, LanguagePack>([
  ['vi', { ...vi } as LanguagePack],
  ['en', english],
]);
/** The packs given to `registerLanguage`, as given: their own sections win over the defaults. */
const given = new Map<string, Partial<Sections>>();
const defaults: { [K in SectionName]?: SectionDefaults<K> } = {};

/** Sets a pack's section: English, then the language's own defaults, then the words its registered pack brought. */
function addSection<K extends SectionName>(pack: Partial<Sections>, lang: string, name: K): void {
  const d = defaults[name] as SectionDefaults<K> & Record<string, Sections[K] | undefined>;
  pack[name] = { ...d.en, ...d[lang], ...given.get(lang)?.[name] } as Sections[K];
}

/**
 * Adds a widget's words (called once, at the top level of its
 * `<widget>.words.ts`) to every pack, registered now or later. Returns the
 * section's accessor: widget code reads its words through it, so importing it
 * is what loads them.
 */
export function defineSection<K extends SectionName>(name: K, words: SectionDefaults<K>): (pack: LanguagePack) => Sections[K] {
  defaults[name] = words as (typeof defaults)[K];
  for (const [lang, pack] of registry) {
    if (DEV && given.has(lang)) warnSection(given.get(lang)?.[name], words.en, lang, name);
    addSection(pack, lang, name);
  }
  return (pack) => pack[name] as Sections[K];
}

/**
 * Error messages given to `registerLanguage`, read by core/messages.ts (which
 * holds vi and en itself and is loaded only when a widget has an error).
 */
export const registeredMessages = new Map<string, Messages>();

/**
 * Adds or replaces a language (primary subtag, e.g. `fr`): its UI words and,
 * optionally, its error messages (without them, errors are shown in English).
 * A word the pack lacks is taken from English (development builds warn once).
 * Call it before the widgets render.
 */
export function registerLanguage(lang: string, pack: LanguagePack, messages?: Messages): void {
  const key = lang.toLowerCase();
  if (DEV) warnMissing(pack, en, key, defaults);
  const out = { ...en, ...pack };
  given.set(key, pack);
  for (const name in defaults) addSection(out, key, name as SectionName);
  registry.set(key, out);
  if (messages) registeredMessages.set(key, messages);
}

/** The language codes that have UI strings. */
export function languages(): string[] {
  return [...registry.keys()];
}

/** The pack of a language tag (`vi`, `vi-VN`, `en-GB`…), falling back to English. */
export function uiStrings(lang: string): LanguagePack {
  const key = lang.toLowerCase();
  return registry.get(key) ?? registry.get(key.split('-')[0]) ?? english;
}

/** Fills `{name}` placeholders. Values are inserted as text. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
