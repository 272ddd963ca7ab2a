/**
 * FDI composition: what the donut variant draws besides the rows, in the
 * extras' chunk (fdi-composition.extras.ts, loaded for `variant="donut"`).
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { FdiLayout } from './fdi-composition.layout.js';

type Donut = NonNullable<FdiLayout['donut']>;

/** The unit under the total, in the ring's hole. */
export const unitView = (d: Donut): SVGTemplateResult =>
  svg`<text class="muted unit" text-anchor="middle" aria-hidden="true">${d.unitLines.map((line, j) => svg`<tspan x=${d.cx} y=${d.unitY + j * 16}>${line}</tspan>`)}</text>`;

/** The stated total as a dashed ring when the parts do not add up to it. */
export const trackView = (d: Donut): SVGTemplateResult | null => (d.track ? svg`<path class="track" d=${d.track}></path>` : null);
