/**
 * The error box: its styles and its list of located problems (part of the
 * messages chunk, loaded with a widget's first error).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorFrame, issueMessage } from './messages.js';
import type { Issue } from './validate.js';

/**
 * The error box's styles, adopted into a widget's shadow root with its first
 * error (base/data-source-controller.ts): pages whose data is valid never
 * download them. The colours are the widget's `--_error` and `--_error-bg`.
 */
export const errorStyles = css`
  .error {
    border-left: 4px solid var(--_error);
    background: var(--_error-bg);
    color: var(--_text);
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0 0 0.3em;
    font-weight: 600;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error li {
    overflow-wrap: anywhere;
  }
`;

/**
 * What a widget shows in its error box: the title and the first six located
 * problems (then "and N more"), as text.
 */
export function errorList(issues: readonly Issue[], lang: string): TemplateResult {
  const shown = issues.slice(0, 6);
  const rest = issues.length - shown.length;
  const all = (prefix: string) => issues.length > 0 && issues.every((i) => i.code.startsWith(prefix));
  const frame = errorFrame(lang, rest, all('errFetch') ? 'load' : all('errLayout') ? 'draw' : undefined);
  return html`<p>${frame.title}</p>
    <ul>
      ${shown.map((i) => html`<li>${issueMessage(i, lang)}</li>`)}
      ${rest > 0 ? html`<li>${frame.more}</li>` : nothing}
    </ul>`;
}
