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
  /** A note on this category, shown in its tooltip and the data table. */
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
