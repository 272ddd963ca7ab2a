/**
 * What every layout starts from: the label type size, line height, bar
 * thickness and gap (px), 0.1 px rounding, and the words and number formats
 * of one language for one data set. Layouts are pure: text is estimated by
 * core/measure.ts, never measured.
 */
import { fill, uiStrings, type LanguagePack } from './i18n.js';
import { formatNumber, withUnit } from './format.js';
import { pickText } from './text.js';
import type { TotalCheck } from './total.js';
import type { LocalizedText } from './types.js';

/** Label font size, px (the SVG text of every chart). */
export const FONT = 14;
/** Line height of labels, px. */
export const LINE = 18;
/** Thickness of a bar, px. */
export const BAR = 18;
/** Gap between rows (and between cards), px. */
export const GAP = 12;

/** Rounds to 0.1 px: stable numbers for tests and a shorter DOM. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** One language's words and formats, for one data set (its own locale). */
export interface Words {
  lang: string;
  /** The language pack (shared words and each widget's section). */
  s: LanguagePack;
  /** A localized text of the data in `lang`. */
  t: (v: LocalizedText | undefined) => string;
  /** A number in `lang`: `2.041,5`. */
  fmt: (v: number) => string;
}

export function wordsFor(lang: string, dataLocale: string | undefined): Words {
  return {
    lang,
    s: uiStrings(lang),
    t: (v) => pickText(v, lang, dataLocale),
    fmt: (v) => formatNumber(v, lang),
  };
}

/** The notice when the parts do not add up to the stated total, or none. */
export function sumNotices(w: Words, check: TotalCheck, unit: string): string[] {
  const fmtUnit = (v: number) => withUnit(w.fmt(v), unit);
  return check.mismatch ? [fill(w.s.sumMismatch, { sum: fmtUnit(check.sum), total: fmtUnit(check.stated!) })] : [];
}
