import { css, svg, type SVGTemplateResult } from 'lit';

/**
 * Fills for the `patterns` attribute: one texture per palette slot, so that
 * categories differ by more than colour (greyscale print, colour blindness,
 * forced colours). Each tile is one path in the slot's colour (`currentColor`,
 * set by `patternStyles`) with transparent gaps, so the widget's background
 * shows through in every theme; attributes only, no inline styles (strict CSP
 * holds). The base element loads this module (a chunk of its own) when a
 * widget's `patterns` is set, adopts `patternStyles` into its shadow root, and
 * gives charts `patternDefs` (draw once) and `patternFill(slot)` (each mark's
 * `fill`). Pages that never set `patterns` never download it.
 *
 * Slot 1 solid, 2 diagonal lines, 3 dots, 4 cross-hatch, 5 horizontal lines,
 * 6 vertical lines, 7 reverse diagonal lines, 8 grid.
 */
const SOLID = 'M0 0h6v6H0z';
const LINES = 'M0 0h4v6H0z';
const SQUARES = 'M0 0h4v4H0z';
const DOTS = `${SOLID}M3 1.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3z`;
const TILES: ReadonlyArray<readonly [string, number]> = [
  [SOLID, 0],
  [LINES, 45],
  [DOTS, 0],
  [SQUARES, 45],
  [LINES, 90],
  [LINES, 0],
  [LINES, -45],
  [SQUARES, 0],
];

/** `<defs>` with the patterns of the given palette slots (1–8); `id` names each one (PatternsController's per-element ids). */
export function patternDefs(slots: Iterable<number>, id: (n: number) => string): SVGTemplateResult {
  return svg`<defs>${[...slots].map((n) => {
    const [d, angle] = TILES[(n - 1) % 8];
    return svg`<pattern id=${id(n)} class="pat p${n}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})"><path d=${d} fill="currentColor" fill-rule="evenodd"></path></pattern>`;
  })}</defs>`;
}

/** Each pattern draws in its palette colour; system colours in forced-colours mode. */
export const patternStyles = css`
  .p1 {
    color: var(--_c1);
  }
  .p2 {
    color: var(--_c2);
  }
  .p3 {
    color: var(--_c3);
  }
  .p4 {
    color: var(--_c4);
  }
  .p5 {
    color: var(--_c5);
  }
  .p6 {
    color: var(--_c6);
  }
  .p7 {
    color: var(--_c7);
  }
  .p8 {
    color: var(--_c8);
  }
  @media (forced-colors: active) {
    .pat {
      color: CanvasText;
    }
  }
`;
