/**
 * Shared data types used by every widget's schema. These interfaces are the
 * single source of truth: typescript-json-schema turns their JSDoc into the
 * descriptions of `data-schemas/*.schema.json`.
 */

/**
 * Text in one or more languages, keyed by language code (`vi`, `en`, …).
 * The widget shows the text of its own language, else the first one given.
 * @minProperties 1
 */
export interface Translations {
  [lang: string]: string;
}

/**
 * A text: either one string (in the data's `locale`) or translations keyed by
 * language code, e.g. `{"vi": "Dệt may, da giầy", "en": "Textiles and leather"}`.
 */
export type LocalizedText = string | Translations;

/** Where the figures come from; shown under the chart as the source line. */
export interface Source {
  /** Name of the publisher or document, e.g. "Sở Công Thương Hà Nội". */
  name: LocalizedText;
  /**
   * Link to the original publication. Only `http:`/`https:` addresses or paths
   * on the same site are accepted.
   * @pattern ^(https?://|/[^/\s\\]|\.\.?/)[^\s\\]*$
   */
  url?: string;
  /** Publication date or period as written by the publisher, e.g. "13/12/2022". */
  date?: LocalizedText;
}

/** Fields every widget's data shares: texts around the chart and its source. */
export interface CommonData {
  /** The JSON Schema this document follows (ignored by the widget; editors' tools use it). */
  $schema?: string;
  /**
   * Language of plain-string texts in this document (`vi`, `en`, …); used for the
   * widget's language when neither the element nor the page sets `lang`.
   * @pattern ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$
   */
  locale?: string;
  /** Chart title; also the chart's accessible name. */
  title?: LocalizedText;
  /** A line under the title, e.g. the period and unit. */
  subtitle?: LocalizedText;
  /** A note shown under the chart, e.g. a definition or a caveat. */
  note?: LocalizedText;
  /** Where the figures come from. */
  source?: Source;
}
