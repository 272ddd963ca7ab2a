import type { CommonData, LocalizedText, Source } from '../../core/types.js';

/**
 * What a series' figures are: `level` (the index or amount itself, e.g. an
 * index with 2010 = 100), or a change in percent against the same period a
 * year earlier (`change-year`), against the previous period
 * (`change-previous`), or of the year to date against the same months a year
 * earlier (`change-year-to-date`). Changes are drawn from a zero line and told
 * as a growth rate, never as a level.
 */
export type TrendKind = 'level' | 'change-year' | 'change-previous' | 'change-year-to-date';

/** One period's figure of a series. */
export interface TrendPoint {
  /**
   * The period: a month `2023-11`, a quarter `2023-Q1` or a year `2023`. The
   * periods of a document are of one kind, in time order, each at most once
   * per series.
   * @pattern ^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$
   */
  period: string;
  /**
   * The figure: in percent for a change (3.7 = +3.7%), in the series' `unit`
   * for a level; `null` when no figure is published for the period (drawn as
   * a gap, never as zero).
   */
  value: number | null;
  /** True when the figure is an estimate (e.g. a quarter not yet over); drawn lighter and said so. */
  estimate?: boolean;
  /** A note on this figure, shown in its tooltip. */
  note?: LocalizedText;
}

/** One series of figures over time, e.g. the IIP's change year on year. */
export interface TrendSeries {
  /**
   * Stable identifier, unique in the document; used in events and mark keys.
   * @minLength 1
   */
  id: string;
  /** Name of the series, written at the end of its line and in the table header. */
  label: LocalizedText;
  /** What the figures are: a level, or a percent change against a year earlier, the previous period or the year to date. */
  kind: TrendKind;
  /** Unit word of a level, e.g. `{"vi": "điểm", "en": "points"}`; changes are always in percent. */
  unit?: LocalizedText;
  /**
   * Decimals the publisher writes its figures with, e.g. 1 for `+3,0%`: JSON
   * numbers lose a trailing zero (3.0 is 3). Without it each figure shows the
   * decimals it has.
   * @minimum 0
   * @maximum 6
   * @TJS-type integer
   */
  decimals?: number;
  /** Where this series' figures come from, when not the document's `source` (sources are never blended). */
  source?: Source;
  /**
   * The figures, oldest first.
   * @minItems 1
   * @maxItems 100000
   */
  points: TrendPoint[];
}

/** A period or a range of periods marked on the chart, with a short note (e.g. Tết). */
export interface TrendAnnotation {
  /**
   * The period marked, or the first of the range.
   * @pattern ^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$
   */
  period: string;
  /**
   * The last period of a range (omit for a single period).
   * @pattern ^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$
   */
  end?: string;
  /**
   * A short note written at the mark, e.g. `{"vi": "Tết", "en": "Lunar New Year"}`.
   * @maxLength 60
   */
  label: LocalizedText;
}

/**
 * Data for `<citystat-trend>`: official figures over time, e.g. a monthly or
 * quarterly index and its change against a year earlier. All series share one
 * axis: levels and changes are not mixed in one chart.
 */
export interface TrendData extends CommonData {
  /**
   * The series, each with its own figures.
   * @minItems 1
   * @maxItems 8
   */
  series: TrendSeries[];
  /**
   * Periods or ranges marked on the chart.
   * @maxItems 20
   */
  annotations?: TrendAnnotation[];
}
