import { css } from 'lit';

export const sectorStyles = css`
  .bar {
    fill: var(--citystat-sector-bar-color, var(--_accent));
  }
  .mark.grouped .bar {
    fill: var(--_muted);
  }
  .mark:hover .bar,
  .mark:focus-visible .bar,
  .mark.selected .bar {
    fill: var(--_accent-strong);
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
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
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .mark:focus-visible .bar,
    .mark.selected .bar {
      fill: Highlight;
    }
  }
`;
