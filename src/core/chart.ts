/**
 * What a layout returns and a widget's state: shared by the layouts (pure, no
 * Lit, no DOM) and the element that renders them.
 */
import type { TableModel } from './table.js';

/** One drawn mark: what keyboard, tooltip, events and screen readers need. */
export interface Mark {
  /** Stable key (the item id). */
  key: string;
  /** Accessible label: name, formatted value and share. */
  label: string;
  /** Tooltip lines (first line bold). */
  tooltip: string[];
  /** Tooltip anchor in chart pixels. */
  x: number;
  y: number;
  /**
   * Boxes `[x, y, width, height]` in chart pixels that the tooltip must not
   * cover: the mark's own row with its value label, the chart's headline total.
   */
  keep?: ReadonlyArray<readonly [number, number, number, number]>;
  /** The data item behind the mark. */
  datum: unknown;
}

/** What every layout returns besides its own geometry. */
export interface ChartLayout {
  width: number;
  height: number;
  marks: Mark[];
  /** One or two sentences describing the chart for screen readers. */
  summary: string;
  /** The data table: the same rows the chart draws. */
  table: TableModel;
  /** Visible notices (a total that does not add up, a breakdown not published). */
  notices: string[];
  /**
   * A long chart's bands, top to bottom: each an `<svg>` of its own that the
   * browser lays out only near the screen (base/plot-view.ts). Undefined: one `<svg>`.
   */
  bands?: Band[];
}

/** Marks `from` to `to` (exclusive), drawn in the chart's rows `y` to `y + height`. */
export interface Band {
  from: number;
  to: number;
  y: number;
  height: number;
}

/** Widget state. */
export type ChartStatus = 'loading' | 'error' | 'empty' | 'ready';
