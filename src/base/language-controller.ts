import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { resolveText } from '../core/text.js';
import type { LocalizedText } from '../core/types.js';
import { inheritedLang, normalizeLang, unwatchLang, watchLang } from './lang.js';

/**
 * The widget's language: `lang` on the element, else the nearest ancestor's
 * `lang`, else the data's `locale`, else `vi` (base/lang.ts). While connected
 * the widget updates when any `lang` in the document changes; `resolve` runs
 * at each update, after the data and before the layout.
 */
export class LanguageController implements ReactiveController {
  /** The language the widget renders in. */
  value = 'vi';

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _locale: () => string | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    watchLang(this._host);
  }

  hostDisconnected(): void {
    unwatchLang(this._host);
  }

  resolve(): void {
    this.value = normalizeLang(inheritedLang(this._host)) ?? normalizeLang(this._locale()) ?? 'vi';
  }

  /** Text of a localized field in the widget's language. */
  text(value: LocalizedText | undefined): string {
    return resolveText(value, this.value, this._locale()).text;
  }

  /** A localized field as a span with its own `lang` when it falls back to another language. */
  node(value: LocalizedText | undefined): TemplateResult | string {
    const r = resolveText(value, this.value, this._locale());
    const lang = normalizeLang(r.lang);
    return lang && lang !== this.value ? html`<span lang=${lang}>${r.text}</span>` : r.text;
  }
}
