import { css } from 'lit';

/** Parts take the shared categorical palette (`--citystat-color-1` … `-8`, both themes) in order. */
export const fdiStyles = css`
  .c0 { fill: var(--_c1); }
  .c1 { fill: var(--_c2); }
  .c2 { fill: var(--_c3); }
  .c3 { fill: var(--_c4); }
  .c4 { fill: var(--_c5); }
  .c5 { fill: var(--_c6); }
  .c6 { fill: var(--_c7); }
  .c7 { fill: var(--_c8); }
  .seg {
    stroke: var(--_bg);
    stroke-width: 2px;
  }
  .mark:hover .seg,
  .mark:focus-visible .seg,
  .mark.selected .seg {
    stroke: var(--_text);
  }
  svg.plot .total {
    font-size: 26px;
    font-weight: 700;
  }
  svg.plot .unit {
    font-size: 13px;
  }
  .fig {
    font-variant-numeric: tabular-nums;
  }
  .strong {
    font-weight: 700;
  }
  .track {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
    pointer-events: none;
  }
  .rule {
    stroke: var(--_grid);
  }
  @media (forced-colors: active) {
    .seg:not([fill]),
    [part='key']:not([fill]) {
      fill: CanvasText;
    }
    .seg,
    [part='key'] {
      stroke: Canvas;
    }
  }
`;
