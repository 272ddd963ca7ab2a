/**
 * The words of each widget: one section of a `LanguagePack` per widget (see
 * core/i18n.ts). Only their types are here; each widget's vi and en words are
 * in its `<widget>.words.ts`.
 */

/** Every widget's section, by name: a new widget adds its own here. */
export interface Sections {
  /** Words of `<citystat-fdi-composition>`. */
  fdi: FdiWords;
  /** Words of `<citystat-fair-participation>`. */
  fair: FairWords;
  /** Words of `<citystat-kpi>`. */
  kpi: KpiWords;
  /** Words of `<citystat-trend>`. */
  trend: TrendWords;
  /** Words of partial breakdowns, counts and notes (sector, FDI): core/partial.ts. */
  partial: PartialWords;
}

/** `<citystat-fdi-composition>`. Placeholders in `{braces}` are filled with `fill`. */
export interface FdiWords {
  /** The line above the chart, with a period; without one it is the pack's `total`. */
  totalOf: string;
  /** Summary: the whole. `{head}` is the title (and period). */
  summaryTotal: string;
  /** Summary when there is one part only. */
  summaryOne: string;
  /** `{part}`: `Góp vốn, mua cổ phần: 2.041 triệu USD (80,8%), 252 lượt`. */
  summaryLargest: string;
  summarySmallest: string;
  /** Parts tied for the largest (or smallest), each as in `summaryLargest`, joined by `; `. */
  summaryLargestTie: string;
  summarySmallestTie: string;
  /** Table headers. */
  component: string;
  capital: string;
  count: string;
  /** A part's count when other parts have one and this one has none (accessible label). */
  countMissing: string;
}

/** `<citystat-fair-participation>`. */
export interface FairWords {
  /** One panel's sentence: the largest fair(s) on a measure. */
  largest: string;
  /** One panel's sentence when no fair has a figure. */
  noData: string;
  /** The chart draws the first rows only (`max-rows`). */
  capped: string;
  /** A missing figure in a mark's accessible label. */
  missingOf: string;
  /** Table headers. */
  fair: string;
  date: string;
  place: string;
  /** A day: `{d}`/`{dd}` day, `{m}`/`{mm}` month, `{M}` short month name (Intl), `{y}` year. */
  dateDay: string;
  /** A month alone, same placeholders. */
  dateMonth: string;
}

/** `<citystat-kpi>`. */
export interface KpiWords {
  /** Spoken direction of a change: "tăng 3,93% so với cùng kỳ". */
  up: string;
  down: string;
  /** A change of zero. */
  same: string;
  /** Unit of a change of a rate: "+0,3 điểm phần trăm", "+0.3 percentage points". */
  points: string;
  /** Progress read aloud: "19 trên 43 cụm". */
  of: string;
  /** Target range read aloud, after the progress: "mục tiêu 10–20". */
  target: string;
  /** Target range shown under the bar. */
  targetShown: string;
  /** Summary sentence of the list. */
  summary: string;
  /** Table caption when the data has no title, and headers. */
  caption: string;
  figure: string;
  change: string;
  period: string;
  trend: string;
}

/** `<citystat-trend>`. `{n}` month or quarter number, `{M}` month name, `{y}` year (two digits in short forms). */
export interface TrendWords {
  quarter: string;
  quarterShort: string;
  month: string;
  monthShort: string;
  /** Short month names for `{M}` (may be empty when the templates do not use them). */
  months: readonly string[];
  /** Period words, one and many: `[quarter, quarters]`. */
  units: Record<'month' | 'quarter' | 'year', readonly [string, string]>;
  /** What a change compares with, by series kind (a level: the previous period). */
  against: Record<'level' | 'change-year' | 'change-previous' | 'change-year-to-date', string>;
  estimate: string;
  /** Notice when some figures are estimates. */
  estimates: string;
  /** Summary: `{label}`, `{count}` periods, `{first}`/`{last}` period names. */
  span: string;
  /** Summary: risen against `{against}` in `{n}` of `{count}` periods. */
  rose: string;
  /** Summary: highest and lowest, `{high}`/`{low}` as `period (value)`; `high` for a level, `highRate` for a change. */
  high: string;
  highRate: string;
  latest: string;
  /** First to last: a growth rate (never told as a level change), then a level. */
  rateUp: string;
  rateDown: string;
  rateSame: string;
  levelUp: string;
  levelDown: string;
  levelSame: string;
  /** Table header of the period column. */
  period: string;
}

/**
 * Partial breakdowns (sector, FDI): the rest of a published total that no
 * part covers, shares without a total, counts per part.
 */
export interface PartialWords {
  /** The remainder's label when the data says the rest is not specified (`rest: "unspecified"`). */
  restUnspecified: string;
  /** Summary of a partial breakdown: `{count}` parts given of `{total}`, making up `{share}`. */
  summaryPartial: string;
  /** Without a total: the shares are of the parts shown (summary sentence). */
  sharesOfParts: string;
  /** Without a total: the table's last row, the parts' sum. */
  sumOfParts: string;
  /** A column header: how many projects, products… a part counts. */
  count: string;
}
