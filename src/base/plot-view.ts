import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartLayout } from '../core/chart.js';

/** What the plot wrapper shows and how it is named. */
export interface Plot {
  layout: ChartLayout;
  /** The chart's own content (the widget's `renderChart`). */
  content: SVGTemplateResult | TemplateResult;
  /** HTML content (e.g. cards) instead of one SVG. */
  htmlChart: boolean;
  /** The accessible name when the chart has no title (a title is a heading just above: it names the plot already). */
  label: string | undefined;
  summaryId: string;
  /** The active mark's tooltip (SVG charts), once its chunk has loaded. */
  tooltip: (layout: ChartLayout) => SVGTemplateResult | undefined;
}

/**
 * The plot: a list of marks described by the summary, named by `label` only
 * when there is no title (the title heading above it is heard once, not again
 * as the list's name); an `<svg>`, or a `<div>` for HTML charts. The keyboard, focus
 * and pointer listeners are on the chart area around it (frame-view.ts). No
 * whitespace around the content: it would be text nodes in every chart.
 */
export function plotView(p: Plot): TemplateResult {
  const { layout, label, summaryId } = p;
  return p.htmlChart
    ? html`<div class="plot-html" role="list" aria-label=${label ?? nothing} aria-describedby=${summaryId}>${p.content}</div>`
    : html`<svg class="plot" tabindex="-1" role="list" aria-label=${label ?? nothing} aria-describedby=${summaryId}
          width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">${p.content}${p.tooltip(layout)}</svg>`;
}
