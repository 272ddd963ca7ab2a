import { decimalsOf, formatNumber } from '../../core/format.js';

/**
 * Formats a figure with the publisher's decimals (else its own): a change
 * signed, in percent unless `percent` is false (`+3,0%`, `+3,0`); a level as a number.
 */
export function figureText(value: number, change: boolean, lang: string, decimals?: number, percent = true): string {
  const digits = decimals ?? decimalsOf(value);
  if (!change) return formatNumber(value, lang, digits);
  const text = formatNumber(Math.abs(value), lang, digits);
  const sign = /[1-9]/.test(text) ? (value < 0 ? '-' : '+') : '';
  return sign + text + (percent ? '%' : '');
}
