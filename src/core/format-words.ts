/**
 * Lists and month names, written out for vi-VN and en-US (as core/format.ts
 * does numbers, to keep ICU from starting; test/format-intl.test.ts holds them
 * to Intl's output) and by Intl for other locales. Only the fair widget uses
 * them, so they are not in the shared bundle.
 */
import { intlLocale } from './format.js';

/**
 * Joins items as a list: vi `A, B và C`, en `A, B, and C` (Intl.ListFormat's
 * conjunction, written out for vi-VN and en-US as numbers are; Intl otherwise).
 */
export function formatList(items: readonly string[], lang: string): string {
  const locale = intlLocale(lang);
  const and = locale === 'vi-VN' ? ' và ' : locale === 'en-US' ? (items.length > 2 ? ', and ' : ' and ') : undefined;
  if (and === undefined) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return items.length < 2 ? (items[0] ?? '') : items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

/** en-US short month names, as Intl.DateTimeFormat writes them. */
const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** The short name of month `month` (1–12): en `Oct`; other locales by Intl. */
export function formatMonth(month: number, lang: string): string {
  const locale = intlLocale(lang);
  if (locale === 'en-US') return EN_MONTHS[month - 1] ?? '';
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}
