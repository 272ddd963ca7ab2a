import { css, unsafeCSS } from 'lit';

/**
 * Shared styles. Public `--citystat-*` custom properties map to private `--_*`
 * ones with defaults, so a page can theme every widget and no page rule can
 * reach inside (shadow DOM). Sizes are set on the inner root so host-page
 * resets such as `* { font-size: 30px }` do not change the chart.
 */

/**
 * The colours, once: [private property, public one (after `--citystat-color-`), light, dark].
 * The categorical palette (c1–c8) keeps ≥3:1 against the background in both
 * themes; adjacent colours stay apart under protanopia, deuteranopia and tritanopia.
 */
const PALETTE: ReadonlyArray<readonly [string, string, string, string]> = [
  ['bg', 'background', '#ffffff', '#16191d'],
  ['text', 'text', '#1b1f24', '#eceff3'],
  ['muted', 'muted', '#50575f', '#b4bbc4'],
  ['accent', 'accent', '#1d5fa8', '#6fa8f0'],
  ['accent-strong', 'accent-strong', '#123f73', '#a9cbf7'],
  ['grid', 'grid', '#d5d9de', '#3b424b'],
  ['missing', 'missing', '#6b7178', '#9aa1a9'],
  ['focus', 'focus', '#b3261e', '#ffb4a9'],
  ['error', 'error', '#a4161a', '#ffb4ab'],
  ['error-bg', 'error-background', '#fdecea', '#3b1614'],
  ['notice-bg', 'notice-background', '#fff4d6', '#3a3113'],
  ['c1', '1', '#1d5fa8', '#6fa8f0'],
  ['c2', '2', '#4b5563', '#9ca3af'],
  ['c3', '3', '#a16207', '#facc15'],
  ['c4', '4', '#be185d', '#f472b6'],
  ['c5', '5', '#7e3fa0', '#c084fc'],
  ['c6', '6', '#0f7b5f', '#34d399'],
  ['c7', '7', '#c2410c', '#fb923c'],
  ['c8', '8', '#0e7490', '#22d3ee'],
];

/** The palette's declarations of one theme (2: light, 3: dark). */
const palette = (theme: 2 | 3) => PALETTE.map((c) => `--_${c[0]}:var(--citystat-color-${c[1]},${c[theme]})`).join(';');

/** The host's defaults and the rules every theme shares. */
const light = css`
  :host {
    display: block;
    contain: content;
    --_font: var(--citystat-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_size: var(--citystat-font-size, 15px);
    --_radius: var(--citystat-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Layout, text and states of every widget. */
const shared = css`
  .root {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    margin: 0;
    padding: var(--citystat-padding, 12px 0);
    text-align: start;
    /* Text properties inherit into shadow DOM: reset what a page (or a
       blockquote, an italic caption) may set on an ancestor. */
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    -webkit-text-stroke: 0;
  }
  /* (no ::before or ::after here: nothing draws one, and a rule for them makes
     the browser resolve both pseudo-elements of every mark) */
  .root * {
    box-sizing: border-box;
  }
  .sizer {
    height: 0;
    width: 100%;
    overflow: hidden;
  }
  .title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.2em;
  }
  .subtitle {
    color: var(--_muted);
    margin: 0 0 0.6em;
  }
  .chart {
    position: relative;
    min-height: 3em;
  }
  svg.plot {
    display: block;
    width: 100%;
    overflow: visible;
  }
  svg.plot text {
    fill: var(--_text);
    font-size: 14px;
  }
  svg.plot .muted {
    fill: var(--_muted);
  }
  .mark {
    outline: none;
    cursor: default;
  }
  .mark .focus-ring {
    fill: none;
    stroke: none;
  }
  .mark:focus-visible .focus-ring,
  .mark.selected .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .mark.selected .focus-ring {
    stroke-dasharray: 4 2;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 6em;
    color: var(--_muted);
  }
  .skeleton {
    flex: 1;
    height: 6em;
    border-radius: var(--_radius);
    background: repeating-linear-gradient(180deg, var(--_grid) 0 14px, transparent 14px 28px);
    opacity: 0.5;
  }
  .notice {
    background: var(--_notice-bg);
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    margin: 0.5em 0 0;
  }
  .below {
    margin-top: 0.6em;
    font-size: 0.87em;
    color: var(--_muted);
  }
  .below p {
    margin: 0.2em 0;
  }
  .below a {
    color: inherit;
    text-decoration: underline;
  }
  .table-toggle {
    font: inherit;
    font-size: 0.87em;
    color: var(--_accent-strong);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.6em;
    margin-block-start: 0.6em;
    margin-inline-end: 0.4em;
    cursor: pointer;
  }
  .table-toggle:focus-visible,
  .below a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .root * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .root {
      --_text: CanvasText;
      --_bg: Canvas;
      --_muted: CanvasText;
      --_accent: Highlight;
      --_accent-strong: LinkText;
      --_grid: GrayText;
      --_missing: GrayText;
      --_focus: Highlight;
      --_error: CanvasText;
    }
    svg.plot text {
      fill: CanvasText;
    }
  }
  /* the download buttons follow the table button and wrap under it, flush left */
  .actions {
    display: inline;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .table-toggle,
    .actions,
    .tooltip {
      display: none;
    }
    .root {
      --_text: #000;
      --_bg: #fff;
      --_muted: #333;
      --_accent: #555;
      --_accent-strong: #222;
      --_grid: #999;
      --_missing: #444;
    }
    svg.plot text {
      fill: #000;
    }
  }
`;

/**
 * The widgets' stylesheet: constants joined in order (no data or runtime
 * string reaches it, so `unsafeCSS` is safe and the text is CSP-neutral).
 */
export const tokens = unsafeCSS(
  `${light}:host{${palette(2)}}:host([theme='dark']){${palette(3)}}@media (prefers-color-scheme:dark){:host([theme='auto']){${palette(3)}}}${shared}`,
);
