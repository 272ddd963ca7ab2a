/**
 * Sector breakdown: the bands of a long chart (sector-breakdown.bands.ts), in
 * the extras' chunk. Each band is a block the browser skips while it is far
 * from the screen, at its own height meanwhile (no layout shift); its marks
 * stay in the accessibility tree, find-in-page and the keyboard's reach (a
 * focused mark is drawn and scrolled to). The tooltip is drawn on a layer
 * over all bands.
 */
import { css, html, nothing, type ReactiveElement, type SVGTemplateResult, type TemplateResult } from 'lit';
import { adopt } from '../../base/lazy-chunk.js';
import type { SectorLayout } from './sector-breakdown.layout.js';

const bandStyles = css`
  .plot-html {
    position: relative;
  }
  .bar-band {
    content-visibility: auto;
  }
  /* on paper every band is drawn, whether or not it was near the screen */
  @media print {
    .bar-band {
      content-visibility: visible;
    }
  }
  svg.tips {
    position: absolute;
    top: 0;
    pointer-events: none;
  }
`;

/**
 * The bands of `layout`, with the marks `rows` (one template per mark) and `top` (the headline) in the first, and
 * the layer of the tooltip `tip` over them all (its origin the first band's).
 */
export function bandsView(
  host: ReactiveElement,
  layout: SectorLayout,
  rows: SVGTemplateResult[],
  top: unknown,
  tip: SVGTemplateResult | undefined,
): TemplateResult {
  adopt(host, bandStyles);
  const { width: w, bands } = layout;
  const y = bands![0].y;
  const last = bands![bands!.length - 1];
  const tall = last.y + last.height - y;
  // The height a skipped band keeps: set through the CSSOM (`.style`), which a strict CSP allows.
  return html`${bands!.map(
    (b, k) =>
      html`<div class="bar-band" .style=${`contain-intrinsic-block-size:auto ${b.height}px`}><svg class="plot" role="none" width=${w} height=${b.height} viewBox="0 ${b.y} ${w} ${b.height}">${
        k ? null : top
      }${rows.slice(b.from, b.to)}</svg></div>`,
  )}${tip ? html`<svg class="plot tips" aria-hidden="true" width=${w} height=${tall} viewBox="0 ${y} ${w} ${tall}">${tip}</svg>` : nothing}`;
}
