/**
 * Sector breakdown: what the chart draws for data that few pages show, in the
 * extras' chunk (sector-breakdown.extras.ts): a missing value's dash and
 * words, and the total of a breakdown that is not published, as a headline.
 * Their styles come with them: adopted by the widget that first draws one.
 */
import { css, svg, type ReactiveElement, type SVGTemplateResult } from 'lit';
import { adopt } from '../../base/lazy-chunk.js';
import type { SectorLayout, SectorRow } from './sector-breakdown.layout.js';

const rareStyles = css`
  .missing-text {
    font-style: italic;
    fill: var(--_missing);
  }
  .missing-line {
    stroke: var(--_missing);
    stroke-dasharray: 3 3;
  }
  .headline {
    font-size: 24px !important;
    font-weight: 700;
  }
`;

/** A missing value: a short dashed line and its words (none under a not-published headline, which says it once). */
export const missingView = (host: ReactiveElement, m: SectorRow): SVGTemplateResult => (
  adopt(host, rareStyles),
  svg`<line class="missing-line" x1=${m.barX} x2=${m.barX + 24} y1=${m.barY + m.barHeight / 2} y2=${m.barY + m.barHeight / 2}></line><text class="missing-text" x=${m.barX + 30} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
);

/** The published total above a breakdown that is not published, and what it says. */
export const headlineView = (host: ReactiveElement, h: NonNullable<SectorLayout['headline']>): SVGTemplateResult => (
  adopt(host, rareStyles),
  svg`<text class="headline" x="0" y=${h.y}>${h.text}</text><text class="muted" x="0" y=${h.y + 22}>${h.caption.map(
    (line, j) => svg`<tspan x="0" dy=${j === 0 ? 0 : 18}>${line}</tspan>`,
  )}</text>`
);
