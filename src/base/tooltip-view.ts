import { css, svg, type SVGTemplateResult } from 'lit';
import type { ChartLayout, Mark } from '../core/chart.js';
import { textWidth, wrapText } from '../core/measure.js';
import type { FocusController } from './focus-controller.js';
import { adopt } from './lazy-chunk.js';

/*
 * The tooltip of the mark under the pointer or focus: in the interaction chunk
 * (interaction.ts, loaded by focus-controller.ts with the reader's first event
 * on the chart), since readers who never hover or focus a mark never see it.
 */

/** The tooltip's styles, adopted with the first tooltip drawn. */
const tooltipStyles = css`
  .tooltip {
    pointer-events: none;
  }
  .tooltip rect {
    fill: var(--_text);
  }
  svg.plot .tooltip text {
    fill: var(--_bg);
    font-size: 13px;
  }
  .tooltip .strong {
    font-weight: 700;
  }
`;

type Box = readonly [number, number, number, number];
const meets = (a: Box, b: Box) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/**
 * Where a `w` × `h` tooltip goes: above the mark's anchor, or below, else the
 * nearest place beside or past the boxes it must keep clear of (`mark.keep`:
 * the mark's value label, the headline), inside the chart's width.
 */
function tooltipAt(layout: ChartLayout, mark: Mark, w: number, h: number): [number, number] {
  const keep = mark.keep ?? [];
  const clampX = (x: number) => Math.max(0, Math.min(layout.width - w, x));
  const xs = [clampX(mark.x - w / 2), ...keep.flatMap((k) => [clampX(k[0] - w - 4), clampX(k[0] + k[2] + 4)])];
  const ys = [mark.y - h - 8, mark.y + 26, ...keep.flatMap((k) => [k[1] - h - 4, k[1] + k[3] + 4])];
  let best: [number, number] = [xs[0], ys[0] >= 0 ? ys[0] : ys[1]];
  let bestDistance = Infinity;
  for (const y of ys) {
    if (y < 0) continue;
    for (const x of xs) {
      if (keep.some((k) => meets([x, y, w, h], k))) continue;
      const d = Math.abs(x - xs[0]) + Math.abs(y - ys[0]);
      if (d < bestDistance) [best, bestDistance] = [[x, y], d];
    }
  }
  return best;
}

/**
 * The tooltip, drawn inside the SVG (attributes only, no inline styles: strict
 * CSP holds), placed by `tooltipAt`.
 */
function tooltipView(layout: ChartLayout, mark: Mark): SVGTemplateResult {
  const size = 13;
  // The first line is bold: measured 10% wider.
  const max = Math.min(260, layout.width - 16);
  const first = wrapText(mark.tooltip[0] ?? '', max / 1.1, size, 3);
  const lines = [...first, ...mark.tooltip.slice(1).flatMap((t) => wrapText(t, max, size, 3))];
  const w = Math.ceil(Math.max(...lines.map((l, i) => textWidth(l, size) * (i < first.length ? 1.1 : 1)))) + 16;
  const h = lines.length * 17 + 10;
  const [x, y] = tooltipAt(layout, mark, w, h);
  return svg`<g class="tooltip" part="tooltip" aria-hidden="true" transform="translate(${x} ${y})">
      <rect width=${w} height=${h} rx="4"></rect>
      <text x="8" y="19">${lines.map((l, i) => svg`<tspan x="8" dy=${i ? 17 : 0} class=${i < first.length ? 'strong' : ''}>${l}</tspan>`)}</text>
    </g>`;
}

/** The tooltip of the active mark of `c` (none when no mark is active), its styles adopted into the host. */
export function tooltip(c: FocusController, layout: ChartLayout): SVGTemplateResult | undefined {
  const mark = layout.marks[c.active];
  if (!mark) return undefined;
  adopt(c.host, tooltipStyles);
  return tooltipView(layout, mark);
}
