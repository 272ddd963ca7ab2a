import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartLayout } from '../core/chart.js';
import { uiStrings } from '../core/i18n.js';
import { safeUrl } from '../core/text.js';
import type { CommonData } from '../core/types.js';
import { located, messagesChunk, type DataSourceController } from './data-source-controller.js';
import type { DownloadsController } from './downloads-controller.js';
import type { FocusController } from './focus-controller.js';
import type { LanguageController } from './language-controller.js';
import { plotView } from './plot-view.js';
import type { DataTableController } from './table-controller.js';

/** The controllers whose state the frame shows. */
export interface FrameControllers {
  _data: DataSourceController<CommonData>;
  _lang: LanguageController;
  _focus: FocusController;
  _table: DataTableController;
  _downloads: DownloadsController;
}

interface Frame extends FrameControllers {
  uid: string;
  layout: ChartLayout | undefined;
  htmlChart: boolean;
  chart: (layout: ChartLayout) => SVGTemplateResult | TemplateResult;
}

/**
 * The common frame of every widget: title, subtitle, the chart area (the plot,
 * or the loading, empty or error state), notices, the summary for screen
 * readers, the data table, the download buttons, note and source. `uid`
 * prefixes the ids; `chart` draws the widget's own content (an SVG's, or HTML
 * when `htmlChart`). The title is a heading of `headingLevel` (1–6, else 2), so
 * that readers who jump by headings find every chart.
 */
export function frameView(
  controllers: FrameControllers,
  uid: string,
  layout: ChartLayout | undefined,
  htmlChart: boolean,
  chart: Frame['chart'],
  headingLevel: number,
): TemplateResult {
  const level = Math.round(headingLevel);
  const f: Frame = { ...controllers, uid, layout, htmlChart, chart };
  const lang = f._lang._value;
  const { _status: status, _doc: doc } = f._data;
  const s = uiStrings(lang);
  const titleId = `${uid}-title`;
  const summaryId = `${uid}-summary`;
  const hasTitle = !!doc?.title;
  // Ready but not measured (not laid out) yet: only the sizer, so that reading
  // its width (in the same task, before any frame) lays out as little as possible.
  if (status === 'ready' && !layout) {
    return html`<div class="root" part="base" lang=${lang}><div class="sizer" aria-hidden="true"></div></div>`;
  }
  const on = f._focus; // the listener object of the chart area's events
  // No whitespace between the blocks: it would only add text nodes.
  return html`<div class="root" part="base" lang=${lang} dir="ltr"><div class="sizer" aria-hidden="true"></div>${
    hasTitle
      ? html`<div class="title" part="title" id=${titleId} role="heading" aria-level=${level >= 1 && level <= 6 ? level : 2} dir="auto">${f._lang.node(doc?.title)}</div>`
      : nothing
  }${doc?.subtitle ? html`<div class="subtitle" part="subtitle" dir="auto">${f._lang.node(doc.subtitle)}</div>` : nothing}<div
      class="chart" part="chart" @keydown=${on} @focusin=${on} @focusout=${on} @pointerover=${on} @pointerleave=${on} @click=${on}>${
        status === 'loading'
          ? html`<div class="status" role="status"><div class="skeleton" aria-hidden="true"></div><span>${s.loading}</span></div>`
          : status === 'error'
            ? // The list is drawn by the messages chunk, loaded with the first error.
              html`<div class="error" part="error" role="alert">${messagesChunk._module?.errorList(f._data._issues, lang) ?? (messagesChunk._loading ? nothing : [s.unavailable, ...f._data._issues.map(located)].join(' '))}</div>`
            : status === 'empty'
              ? html`<div class="status" role="status">${s.empty}</div>`
              : layout
                ? plotView({
                    layout,
                    content: f.chart(layout),
                    htmlChart: f.htmlChart,
                    label: hasTitle ? undefined : f._lang.text(doc?.title) || layout.summary,
                    summaryId,
                    tooltip: f._focus._tooltip,
                  })
                : nothing
      }</div>${
        layout
          ? html`${layout.notices.map((n) => html`<p class="notice" part="notice">${n}</p>`)}<p class="sr-only" id=${summaryId}>${layout.summary}</p>${tableView(
              f,
              layout,
            )}${f._downloads.view(!f.htmlChart, lang)}`
          : nothing
      }${belowView(f)}</div>`;
}

/** The "show data table" button and, once opened and loaded, the table. */
function tableView(f: Frame, layout: ChartLayout): TemplateResult {
  const s = uiStrings(f._lang._value);
  const id = `${f.uid}-table`;
  const { open, view } = f._table;
  return html`<button
      class="table-toggle"
      part="table-toggle"
      type="button"
      aria-expanded=${open /* a boolean: "true" or "false" */}
      aria-controls=${id}
      @click=${f._table.toggle}
    >${open ? s.hideTable : s.showTable}</button><div class="table-wrap" id=${id} ?hidden=${!view}>${view ? view.tableView(layout.table) : nothing}</div>`;
}

/** The note and the source line (its link only when the URL is safe). */
function belowView(f: Frame): TemplateResult | typeof nothing {
  const doc = f._data._doc;
  if (!doc || (!doc.note && !doc.source)) return nothing;
  const s = uiStrings(f._lang._value);
  const text = f._lang;
  const source = doc.source;
  const url = safeUrl(source?.url);
  return html`<div class="below">
    ${doc.note ? html`<p class="note" part="note">${s.note}: ${text.node(doc.note)}</p>` : nothing}
    ${
      source
        ? html`<p class="source" part="source">
          ${s.source}:
          ${
            url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text.node(source.name)}</a>` : text.node(source.name)
          }${source.date ? html`, ${text.node(source.date)}` : nothing}
        </p>`
        : nothing
    }
  </div>`;
}
