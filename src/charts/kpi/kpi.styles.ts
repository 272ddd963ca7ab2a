import { css } from 'lit';

export const kpiStyles = css`
  :host {
    --_good: var(--citystat-kpi-color-good, #1a7f37);
    --_bad: var(--citystat-kpi-color-bad, #b3261e);
  }
  :host([theme=dark]) {
    --_good: var(--citystat-kpi-color-good, #6ad37a);
    --_bad: var(--citystat-kpi-color-bad, #ff9b91);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme=auto]) {
      --_good: var(--citystat-kpi-color-good, #6ad37a);
      --_bad: var(--citystat-kpi-color-bad, #ff9b91);
    }
  }
  .grid {
    display: grid;
    /* rows apart by the cards' margin: a row gap would open inside the cards' three shared rows */
    column-gap: 12px;
    /* as the layout counts columns: floor((width + 12) / 212), one on a phone */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
  }
  /* the last card fills the cells its row would leave empty (the layout counts them) */
  .span2 {
    grid-column: span 2;
  }
  .span3 {
    grid-column: span 3;
  }
  .span4 {
    grid-column: span 4;
  }
  .span5 {
    grid-column: span 5;
  }
  .span6 {
    grid-column: span 6;
  }
  /* name, headline and the rest are three rows shared by the cards of a grid row: headlines line up
     (no row gap: a subgrid takes its grid's, and the grid's is 0) */
  .card,
  .card > div {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    align-content: start;
  }
  .card {
    margin-bottom: 12px;
    padding: 14px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    /* unset (transparent) when the page sets none */
    background: var(--citystat-kpi-card-background);
    overflow-wrap: anywhere;
  }
  /* inside the border: the host's paint containment would clip a ring outside */
  .card:focus-visible,
  .card.selected {
    outline: 2px solid var(--_focus);
    outline-offset: -4px;
  }
  .card.selected {
    outline-style: dashed;
  }
  .name,
  .unit {
    font-weight: 600;
    line-height: 1.3;
  }
  .head {
    display: flex;
    flex-flow: wrap;
    align-items: baseline;
    column-gap: 0.25em;
    font-size: 1.9em;
    font-weight: 700;
    line-height: 1.15;
    margin: 0.2em 0;
    font-variant-numeric: tabular-nums;
  }
  /* one rule: the unit is always on the line under the figure */
  .unit {
    flex-basis: 100%;
    font-size: 0.5em;
  }
  .arrow {
    font-size: 0.7em;
  }
  .missing .head {
    font-size: 1.1em;
    font-weight: 400;
    font-style: italic;
    color: var(--_missing);
  }
  /* (no forced-colors rule: there the browser draws the text of HTML elements in CanvasText itself) */
  .good {
    color: var(--_good);
  }
  .bad {
    color: var(--_bad);
  }
  .sub {
    color: var(--_muted);
    font-size: 0.9em;
    margin-top: 0.2em;
  }
  svg {
    display: block;
    width: 100%;
    margin: 0.5em 0 0.3em;
  }
  .track {
    fill: var(--_grid);
  }
  .done,
  circle {
    fill: var(--_accent);
  }
  .target,
  .range {
    fill: var(--_muted);
  }
  .range {
    font-size: 12px;
  }
  .bar {
    height: auto;
  }
  .spark path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
`;
