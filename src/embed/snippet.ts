/**
 * The table-first embed: a widget's data written as a readable `<figure>`
 * with a real `<table>` (docs/embedding.md). It survives the sanitizers of
 * CMSs (WordPress `wp_kses_post`, DOMPurify, sanitize-html), reads as a table
 * where no script runs (RSS, newsletters, reader mode), and the site script
 * `dist/cdn/citystat.js` upgrades it into the widget.
 *
 * Pure: no DOM; importable in node from `dist/embed/snippet.js`.
 */
import { uiStrings } from '../core/i18n.js';
import { pickText, safeUrl } from '../core/text.js';
import type { CommonData } from '../core/types.js';
import { attrs, el, escapeHtml, localized, localizedSpan } from './html.js';
import { seriesSources, tableBody, type Localize } from './snippet-rows.js';

/** The widgets that can be written as a table, by their folder name under src/charts. */
export const TABLE_FIRST_WIDGETS = ['sector-breakdown', 'fdi-composition', 'fair-participation', 'kpi', 'trend'] as const;
export type TableFirstWidget = (typeof TABLE_FIRST_WIDGETS)[number];

/**
 * Writes `data` (a document of the widget's JSON schema) as a table-first
 * figure in `lang`. `widget` is the widget's name (`fdi-composition`) or tag
 * (`citystat-fdi-composition`). `options` become `data-*` attributes of the
 * figure, read by the site script as the widget's attributes
 * (`{variant: 'donut'}` → `data-variant="donut"` → `variant="donut"`).
 * Throws on an unknown widget or data that is not an object.
 */
export function tableFirstSnippet(widget: string, data: unknown, lang: 'vi' | 'en' | string, options: Record<string, string> = {}): string {
  const name = widget.replace(/^citystat-/, '') as TableFirstWidget;
  if (!TABLE_FIRST_WIDGETS.includes(name)) throw new Error(`citystat: unknown widget ${widget}`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new TypeError('citystat: data must be an object');
  const doc = data as CommonData;
  const s = uiStrings(lang);
  const t: Localize = (v) => localized(v, lang, doc.locale);
  const options_ = Object.fromEntries(
    Object.entries(options)
      .filter(([k]) => /^[a-z][a-z0-9-]*$/.test(k) && k !== 'citystat')
      .map(([k, v]) => [`data-${k}`, String(v)]),
  );

  const caption = [doc.title ? t(doc.title) : '', doc.subtitle ? `<small>${t(doc.subtitle)}</small>` : ''].filter(Boolean).join('<br>');
  const table = `<table>${caption ? `<caption>${caption}</caption>` : ''}${tableBody(name, data, lang, t)}\n  </table>`;

  const lines: string[] = [];
  const source = doc.source;
  if (source && pickText(source.name, lang, doc.locale)) {
    const url = safeUrl(source.url);
    const nameHtml = url ? el('a', { href: url }, t(source.name)) : localizedSpan(source.name, lang, doc.locale);
    const date = source.date && pickText(source.date, lang, doc.locale) ? `, ${localizedSpan(source.date, lang, doc.locale)}` : '';
    lines.push(`<p>${escapeHtml(s.source)}: ${nameHtml}${date}</p>`);
  }
  lines.push(...seriesSources(name, data, lang, t));
  if (doc.note && pickText(doc.note, lang, doc.locale)) lines.push(`<p>${escapeHtml(s.note)}: ${t(doc.note)}</p>`);
  const figcaption = lines.length ? `\n  <figcaption>\n    ${lines.join('\n    ')}\n  </figcaption>` : '';

  const figure = attrs({ class: 'citystat-figure', 'data-citystat': name, ...options_, lang });
  return `<figure${figure}>\n  ${table}${figcaption}\n</figure>\n`;
}
