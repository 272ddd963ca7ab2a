import { decimalsOf, formatNumber } from './format.js';
import { uiStrings } from './i18n.js';

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
