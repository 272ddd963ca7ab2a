import type { CommonData, LocalizedText } from '../../core/types.js';

/**
 * One thing counted at every fair, e.g. booths or participating countries.
 * Each measure is drawn in its own panel with its own scale.
 */
export interface FairMeasure {
  /**
   * Stable identifier, unique in the list; events key their values by it
   * (e.g. `booths`) and the `sort-by` attribute names it.
   * @minLength 1
   */
  id: string;
  /** Panel heading, e.g. `{"vi": "Gian hàng", "en": "Booths"}`. */
  label: LocalizedText;
  /** Unit word after a value, e.g. `{"vi": "gian hàng", "en": "booths"}`. */
  unit: LocalizedText;
  /** True when the values are counts: a value with decimals is then an error. */
  integer?: boolean;
}

/**
 * The figures of one event, keyed by measure id; `null` when the publisher
 * gives no figure (shown as missing, never as zero). A measure left out is
 * missing too.
 */
export interface FairValues {
  [measureId: string]: FairValue;
}

/**
 * One figure: a number of at least 0, or `null` when not published.
 * @minimum 0
 */
export type FairValue = number | null;

/** One fair or exhibition. */
export interface FairEvent {
  /**
   * Stable identifier, unique in the list; used in events and as the table row key.
   * @minLength 1
   */
  id: string;
  /** Name of the fair as published; long names wrap. */
  name: LocalizedText;
  /**
   * Opening date `yyyy-mm-dd`, or the month `yyyy-mm`; used by `sort-by="date"`.
   * @pattern ^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$
   */
  date?: string;
  /** Where the fair took place, e.g. a venue or district. */
  place?: LocalizedText;
  /**
   * Link to the fair's page. Only `http:`/`https:` addresses or paths on the
   * same site are accepted.
   * @pattern ^(https?://|/[^/\s\\]|\.\.?/)[^\s\\]*$
   */
  url?: string;
  /** The figures of this fair, keyed by measure id, e.g. `{"booths": 250, "countries": 10}`. */
  values: FairValues;
}

/**
 * Data for `<citystat-fair-participation>`: trade fairs compared on several
 * measures (booths, participating countries, visitors…), one panel per measure.
 */
export interface FairParticipationData extends CommonData {
  /**
   * What is counted at each fair, in panel order.
   * @minItems 1
   * @maxItems 20
   */
  measures: FairMeasure[];
  /**
   * The fairs, in the publisher's order.
   * @maxItems 100000
   */
  events: FairEvent[];
}
