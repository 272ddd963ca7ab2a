import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartLayout, Mark } from '../core/chart.js';
import { textWidth, wrapText } from '../core/measure.js';

/** What the plot wrapper shows and how it is named. */
export interface Plot {
  layout: ChartLayout;
  /** The chart's own content (the widget's `renderChart`). */
  content: SVGTemplateResult | TemplateResult;
  /** HTML content (e.g. cards) instead of one SVG. */
  htmlChart: boolean;
  /** The title's id (the accessible name), or else `label`. */
  titleId: string | undefined;
  label: string | undefined;
  summaryId: string;
  /** The mark whose tooltip shows (SVG charts). */
  active: Mark | undefined;
}

/**
 * The plot: a list of marks named by the title (or a label) and described by
 * the summary; an `<svg>`, or a `<div>` for HTML charts. The keyboard, focus
 * and pointer listeners are on the chart area around it (frame-view.ts).
 */
export function plotView(p: Plot): TemplateResult {
  const { layout, titleId, label, summaryId } = p;
  return p.htmlChart
    ? html`<div class="plot-html" role="list" aria-labelledby=${titleId ?? nothing} aria-label=${label ?? nothing} aria-describedby=${summaryId}>
        ${p.content}
      </div>`
    : html`<svg class="plot" tabindex="-1" role="list" aria-labelledby=${titleId ?? nothing} aria-label=${label ?? nothing} aria-describedby=${summaryId}
          width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
        ${p.content}${p.active ? tooltipView(layout, p.active) : nothing}
      </svg>`;
}

/**
 * The tooltip, drawn inside the SVG (attributes only, no inline styles: strict
 * CSP holds), above the mark's anchor, or below when there is no room.
 */
function tooltipView(layout: ChartLayout, mark: Mark): SVGTemplateResult {
  const size = 13;
  // The first line is bold: measured 10% wider.
  const max = Math.min(260, layout.width - 16);
  const first = wrapText(mark.tooltip[0] ?? '', max / 1.1, size, 3);
  const lines = [...first, ...mark.tooltip.slice(1).flatMap((t) => wrapText(t, max, size, 3))];
  const w = Math.ceil(Math.max(...lines.map((l, i) => textWidth(l, size) * (i < first.length ? 1.1 : 1)))) + 16;
  const h = lines.length * 17 + 10;
  const x = Math.max(0, Math.min(layout.width - w, mark.x - w / 2));
  const y = mark.y - h - 8 >= 0 ? mark.y - h - 8 : mark.y + 26;
  return svg`<g class="tooltip" part="tooltip" aria-hidden="true" transform="translate(${x} ${y})">
      <rect width=${w} height=${h} rx="4"></rect>
      <text x="8" y="19">${lines.map((l, i) => svg`<tspan x="8" dy=${i ? 17 : 0} class=${i < first.length ? 'strong' : ''}>${l}</tspan>`)}</text>
    </g>`;
}
