import type { CommonData, LocalizedText } from '../../core/types.js';

/**
 * One category of the whole, e.g. one industry group.
 */
export interface SectorItem {
  /**
   * Stable identifier, unique in the list; used in events and as the table row key.
   * @minLength 1
   */
  id: string;
  /** Category name shown next to its bar; long names wrap. */
  label: LocalizedText;
  /**
   * The figure for this category, in the document's `unit`; `null` when the
   * publisher gives no figure (shown as missing, never as zero).
   * @minimum 0
   */
  value: number | null;
  /**
   * How many projects, products… this category counts, as published (shown
   * beside its value, e.g. 512 projects beside 230.3 million USD).
   * @TJS-type integer
   * @minimum 0
   */
  count?: number;
  /** Unit word of `count`, e.g. `{"vi": "dự án", "en": "projects"}`. */
  countUnit?: LocalizedText;
  /** A note on this category, shown in its tooltip, its accessible name and the data table. */
  note?: LocalizedText;
}

/**
 * Data for `<citystat-sector-breakdown>`: parts of a whole by category, e.g.
 * key industrial products by industry group.
 */
export interface SectorBreakdownData extends CommonData {
  /** Unit word of the values, e.g. `{"vi": "sản phẩm", "en": "products"}`. */
  unit?: LocalizedText;
  /**
   * The published total. When given, shares are taken of this total and the
   * widget flags parts that do not add up to it (it never rescales them).
   * @minimum 0
   */
  total?: number;
  /**
   * The part of `total` that the items do not cover, when the publisher gives
   * only the largest parts (e.g. four sectors making about four fifths of the
   * total): `unspecified` shows it as "Phần còn lại (không nêu chi tiết)" /
   * "Rest (not specified)", `other` as "Khác" / "Other", with its value and
   * share. It appears only when the data says so and `total` exceeds the
   * items' sum by more than rounding (and every item has a value); without
   * `rest`, such a gap is flagged as a mismatch. Parts that exceed their total
   * are always flagged.
   */
  rest?: 'unspecified' | 'other';
  /**
   * Decimals every figure is written with, at least (`1` shows 99 as `99,0`
   * beside `70,4`); a figure with more decimals keeps them all.
   * @TJS-type integer
   * @minimum 0
   * @maximum 6
   */
  decimals?: number;
  /**
   * False when only the total is published and no split by category exists:
   * the widget then shows the total and says the breakdown is not published.
   * Item values must then be `null`.
   */
  breakdownPublished?: boolean;
  /**
   * The categories, in the publisher's order.
   * @maxItems 100000
   */
  items: SectorItem[];
}
