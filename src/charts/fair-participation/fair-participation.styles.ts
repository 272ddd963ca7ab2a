import { css } from 'lit';

export const fairStyles = css`
  /* with patterns, the fill attribute draws the measure's texture */
  .bar:not([fill]) {
    fill: var(--citystat-fair-bar-color, var(--_accent));
  }
  .mark:hover .bar:not([fill]),
  .mark:focus-visible .bar:not([fill]),
  .mark.selected .bar:not([fill]) {
    fill: var(--_accent-strong);
  }
  /* a textured bar keeps its texture: the outline marks it instead */
  .mark:hover .bar[fill],
  .mark:focus-visible .bar[fill],
  .mark.selected .bar[fill] {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  svg.plot .head {
    font-weight: 700;
  }
  svg.plot .sub {
    fill: var(--_muted);
    font-size: 13px;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  svg.plot .missing-text {
    font-style: italic;
    fill: var(--_missing);
  }
  .axis {
    stroke: var(--_muted);
  }
  .rule {
    stroke: var(--_grid);
  }
  @media (forced-colors: active) {
    .bar:not([fill]) {
      fill: CanvasText;
    }
    .mark:focus-visible .bar:not([fill]),
    .mark.selected .bar:not([fill]) {
      fill: Highlight;
    }
    .mark:focus-visible .bar[fill],
    .mark.selected .bar[fill] {
      stroke: Highlight;
    }
  }
`;
