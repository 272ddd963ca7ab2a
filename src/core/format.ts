import { uiStrings } from './i18n.js';

/**
 * Number formatting for every widget, on `Intl.NumberFormat`.
 * vi: `2.526`, `3,93`, `80,8%`; en: `2,526`, `3.93`, `80.8%`.
 * Figures keep every decimal they were given (up to 6): formatting never
 * rounds away a digit the publisher wrote.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale(lang);
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
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
  const d = decimals ?? decimalsOf(value);
  return formatter(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
}

/** Formats a share (0.808) as a percentage with `decimals` digits: `80,8%` / `80.8%`. */
export function formatPercent(fraction: number, lang: string, decimals = 1): string {
  return formatter(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction);
}

/**
 * Formats a percentage given in percent units (3.93 → `+3,93%`), keeping its
 * decimals; `signed` adds a `+` for positive values.
 */
export function formatPercentValue(percent: number, lang: string, signed = false): string {
  const d = decimalsOf(percent);
  return formatter(lang, {
    style: 'percent',
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(percent / 100);
}

/** Formats a number with a sign: `+2`, `−1,5`. */
export function formatSigned(value: number, lang: string): string {
  const d = decimalsOf(value);
  return formatter(lang, {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * Compact form with words, keeping the figure's significant digits:
 * vi `22,9 nghìn`, `226,9 nghìn tỷ`; en `22.9 thousand`, `226.9 trillion`.
 * Numbers below 1,000 are returned whole.
 */
export function formatCompact(value: number, lang: string): string {
  const abs = Math.abs(value);
  for (const [power, word] of uiStrings(lang).compact) {
    const unit = 10 ** power;
    if (abs >= unit) {
      const scaled = +(value / unit).toPrecision(12);
      // Only when the scaled figure keeps every digit (at most 6 decimals).
      if (decimalsOf(scaled) < 6 || +scaled.toFixed(6) === scaled) return `${formatNumber(scaled, lang)} ${word}`;
      return formatNumber(value, lang);
    }
  }
  return formatNumber(value, lang);
}

/** Joins a formatted number and its unit word (unit words are data: `triệu USD`). */
export function withUnit(formatted: string, unit: string | undefined): string {
  return unit ? `${formatted}\u00a0${unit}` : formatted;
}

/**
 * Parses a number as written in a table cell in the given language:
 * vi `2.526` → 2526 and `3,93` → 3.93; en `2,526` → 2526. Returns NaN when the
 * text is not a number. Spaces, a trailing `%` and unit words are not accepted.
 */
export function parseLocaleNumber(text: string, lang: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '') return NaN;
  const parts = formatter(lang, {}).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const groupRe = group === '.' ? '\\.' : group === ',' ? ',' : `[${group}]`;
  const decimalRe = decimal === '.' ? '\\.' : decimal;
  const pattern = new RegExp(`^[+-]?(\\d{1,3}(${groupRe}\\d{3})+|\\d+)(${decimalRe}\\d+)?$`);
  if (!pattern.test(cleaned)) return NaN;
  const normal = cleaned.split(group).join('').replace(decimal, '.');
  return Number(normal);
}
