import { uiStrings } from './i18n.js';

/**
 * Number formatting for every widget, as `Intl.NumberFormat` does it.
 * vi: `2.526`, `3,93`, `80,8%`; en: `2,526`, `3.93`, `80.8%`.
 * Figures keep every decimal they were given (up to 6): formatting never
 * rounds away a digit the publisher wrote.
 *
 * vi-VN and en-US, the two languages shipped, are written out here instead of
 * by Intl: the first Intl call of a page starts ICU, 45–95 ms of main-thread
 * time measured in headless Chromium 156, more than drawing a chart. The
 * output is Intl's own (test/format-intl.test.ts compares the two on thousands of
 * values, roundings and signs); other locales, and numbers written with an
 * exponent, go to Intl.
 */

/** `points`: a percentage given in percent units (3.93 for 3.93%). */
type Style = 'decimal' | 'percent' | 'points';
type Sign = 'auto' | 'exceptZero';
interface NumberFormatter {
  format(value: number): string;
}

/** Group and decimal separators of the locales formatted without Intl. */
export const SEPARATORS: Record<string, readonly [group: string, decimal: string]> = {
  'vi-VN': ['.', ','],
  'en-US': [',', '.'],
};

const formatters = new Map<string, NumberFormatter>();

function formatter(lang: string, digits: number, style: Style = 'decimal', sign: Sign = 'auto'): NumberFormatter {
  const locale = intlLocale(lang);
  const key = `${locale}|${digits}|${style}|${sign}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = {
      style: style === 'decimal' ? 'decimal' : 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: sign,
    };
    // Created on first use: the written-out path may never need it.
    let nf: Intl.NumberFormat | undefined;
    const intl = (v: number) => (nf ??= new Intl.NumberFormat(locale, options)).format(style === 'points' ? v / 100 : v);
    const separators = SEPARATORS[locale];
    f = { format: separators ? (v) => formatDecimal(v, separators, digits, style, sign) ?? intl(v) : intl };
    formatters.set(key, f);
  }
  return f;
}

/**
 * Intl's decimal and percent output for locales grouping by three with one
 * digit minimum: rounding half away from zero on the shortest decimal form of
 * the number (as ICU does: 1.005 → 1.01), `-` for negatives (also a negative
 * that rounds to zero, unless `exceptZero`), `+` for positives with
 * `exceptZero`. Undefined for what it does not handle (non-finite, exponent).
 */
function formatDecimal(
  value: number,
  [group, decimal]: readonly [string, string],
  digits: number,
  style: Style,
  sign: Sign,
): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const dot = text.indexOf('.');
  const all = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  const intLength = (dot < 0 ? text.length : dot) + (style === 'percent' ? 2 : 0);
  const length = intLength + digits;
  let kept = all.length >= length ? all.slice(0, length) : all + '0'.repeat(length - all.length);
  if (all.charCodeAt(length) >= 53 /* 5 */) kept = increment(kept);
  const int = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '');
  const zero = !/[1-9]/.test(kept);
  const negative = value < 0 || Object.is(value, -0);
  const prefix = sign === 'exceptZero' ? (zero ? '' : negative ? '-' : '+') : negative ? '-' : '';
  return (
    prefix +
    int.replace(/\B(?=(\d{3})+$)/g, group) +
    (digits ? decimal + kept.slice(kept.length - digits) : '') +
    (style === 'decimal' ? '' : '%')
  );
}

/** Adds one to a string of decimal digits ("129" → "130", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(+digits[i] + 1) + '0'.repeat(digits.length - i - 1);
}

/** The Intl locale used for a widget language. */
export function intlLocale(lang: string): string {
  const strings = uiStrings(lang);
  const primary = lang.toLowerCase().split('-')[0];
  // A language without registered strings still formats numbers its own way.
  return strings.intlLocale.toLowerCase().startsWith(primary) ? strings.intlLocale : lang;
}

/** How many decimals a number was written with (at most 6). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(+value.toPrecision(12));
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Math.min(6, Number(exp[1]));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/**
 * Formats a number with exactly the decimals it has (or `decimals` when given).
 */
export function formatNumber(value: number, lang: string, decimals?: number): string {
  return formatter(lang, decimals ?? decimalsOf(value)).format(value);
}

/** Formats a share (0.808) as a percentage with `decimals` digits: `80,8%` / `80.8%`. */
export function formatPercent(fraction: number, lang: string, decimals = 1): string {
  return formatter(lang, decimals, 'percent').format(fraction);
}

/**
 * Formats a percentage given in percent units (3.93 → `+3,93%`), keeping its
 * decimals; `signed` adds a `+` for positive values.
 */
export function formatPercentValue(percent: number, lang: string, signed = false): string {
  return formatter(lang, decimalsOf(percent), 'points', signed ? 'exceptZero' : 'auto').format(percent);
}

/** Formats a number with a sign: `+2`, `−1,5`. */
export function formatSigned(value: number, lang: string): string {
  return formatter(lang, decimalsOf(value), 'decimal', 'exceptZero').format(value);
}

// Compact numbers are a module of their own: only the KPI cards use them, and
// the re-export lets bundlers put them in the KPI chunk, not the shared entry.
export { formatCompact } from './format-compact.js';

/** Joins a formatted number and its unit word (unit words are data: `triệu USD`). */
export function withUnit(formatted: string, unit: string | undefined): string {
  return unit ? `${formatted}\u00a0${unit}` : formatted;
}
