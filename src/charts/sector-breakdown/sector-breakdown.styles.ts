import { css } from 'lit';

// The styles of missing values and of a not-published headline are in sector-breakdown.rare-view.ts (the extras).
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
