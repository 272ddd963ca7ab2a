import { css } from 'lit';

export const trendStyles = css`
  .s1 { --_c: var(--_c1); }
  .s2 { --_c: var(--_c2); }
  .s3 { --_c: var(--_c3); }
  .s4 { --_c: var(--_c4); }
  .s5 { --_c: var(--_c5); }
  .s6 { --_c: var(--_c6); }
  .s7 { --_c: var(--_c7); }
  .s8 { --_c: var(--_c8); }
  .grid {
    stroke: var(--_grid);
  }
  .zero {
    stroke: var(--_muted);
  }
  /* The layout places every text at 12 px (trend.layout.ts SMALL): more specific than the base's svg.plot text. */
  svg.plot text {
    font-size: 12px;
  }
  svg.plot .axis {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .band {
    fill: var(--_grid);
    opacity: 0.5;
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .line.estimate {
    stroke-dasharray: 4 3;
  }
  .dot {
    fill: var(--_c);
  }
  .col {
    fill: var(--citystat-trend-column-color, var(--_accent));
  }
  .estimate .col,
  .estimate .dot {
    fill-opacity: 0.45;
    stroke: var(--_c, var(--_accent));
    stroke-dasharray: 3 2;
  }
  .latest .col,
  .latest .dot,
  .mark:hover .col,
  .mark:focus-visible .col,
  .mark.selected .col {
    fill: var(--_accent-strong);
  }
  .strong {
    font-weight: 700;
  }
  .missing-line {
    stroke: var(--_missing);
    stroke-dasharray: 3 3;
  }
  @media (forced-colors: active) {
    .col,
    .dot {
      fill: CanvasText;
    }
    .line {
      stroke: CanvasText;
    }
    .mark:focus-visible .col,
    .mark.selected .col {
      fill: Highlight;
    }
  }
`;
