import type { CommonData, LocalizedText } from '../../core/types.js';

/**
 * Whether a rise is good news (`up-good`, e.g. more enterprises), bad news
 * (`up-bad`, e.g. more accidents) or neither (`neutral`). It only colours the
 * change; the arrow and the words say up or down in every case.
 */
export type KpiDirection = 'up-good' | 'up-bad' | 'neutral';

/** A change of the figure against an earlier period, e.g. +2% year on year. */
export interface KpiChange {
  /**
   * The change: in percent when `kind` is `percent` (2 = +2%, -1.5 = −1.5%),
   * in percentage points when `kind` is `points` (0.3 = +0,3 điểm phần trăm),
   * in the figure's own unit when `kind` is `absolute`.
   */
  value: number;
  /**
   * `percent`: a relative change in %; `points`: a change in percentage points,
   * for a figure that is itself a rate or share (`format: "percent"`);
   * `absolute`: a difference in the figure's unit.
   */
  kind: 'percent' | 'points' | 'absolute';
  /** What the figure is compared with, e.g. `{"vi": "so với cùng kỳ", "en": "year on year"}`. */
  comparison: LocalizedText;
  /** Whether a rise is good, bad or neutral news (default `neutral`). */
  direction?: KpiDirection;
}

/** A target range, e.g. 10–20 clusters. */
export interface KpiTarget {
  /**
   * Lower end of the target.
   * @minimum 0
   */
  min: number;
  /**
   * Upper end of the target (at least `min`, at most the progress `total`).
   * @minimum 0
   */
  max: number;
  /** What the target counts when it is narrower than the total, e.g. "cụm thành lập giai đoạn 2018–2020". */
  label?: LocalizedText;
}

/** Progress of a count towards a total, e.g. 19 of 43 clusters, drawn as a bar. */
export interface KpiProgress {
  /**
   * How many are done (at most `total`).
   * @minimum 0
   */
  value: number;
  /**
   * How many there are in all.
   * @exclusiveMinimum 0
   */
  total: number;
  /** An optional target range, marked on the bar. */
  target?: KpiTarget;
  /**
   * Unit word of the progress when it counts something other than the figure,
   * e.g. `{"vi": "dự án hoàn thành", "en": "projects completed"}`. Without it the
   * figure's unit is used, and when the progress value equals the figure's value
   * the headline itself reads `19/43 cụm`.
   */
  label?: LocalizedText;
}

/** One headline figure, shown as a card. */
export interface KpiFigure {
  /**
   * Stable identifier, unique in the list; used in events and as the table row key.
   * @minLength 1
   */
  id: string;
  /** What the figure measures, e.g. `{"vi": "Doanh nghiệp đăng ký thành lập mới", "en": "New enterprises registered"}`. */
  label: LocalizedText;
  /**
   * The figure, in `unit`; `null` when the publisher gives no figure (shown as
   * "không có số liệu" / "no data", never as zero). With `format: "percent"`
   * it is a rate or share in percent (2.1 = 2,1%); with `percent-change` a
   * change in percent (3.93 = +3.93%); with `point-change` a change in
   * percentage points (-0.5 = −0,5 điểm phần trăm).
   */
  value: number | null;
  /**
   * How `value` reads, the kinds official statistics use:
   * - `number` (default): a quantity with its unit (22,9 nghìn doanh nghiệp);
   * - `percent`: a rate or share, a level and not a change (the unemployment
   *   rate, 2,1%): no arrow, read "2,1%";
   * - `percent-change`: the figure itself is a change in percent, for figures
   *   published only as a growth rate (e.g. the industrial production index,
   *   +3.93% year on year): an arrow, read "tăng 3,93% so với cùng kỳ" /
   *   "up 3.93% year on year", with `comparison` and `direction`;
   * - `point-change`: a change of a rate in percentage points (the poverty rate
   *   fell 0.5 points): an arrow, read "giảm 0,5 điểm phần trăm".
   */
  format?: 'number' | 'percent' | 'percent-change' | 'point-change';
  /** Unit word after the number, e.g. `{"vi": "đồng", "en": "VND"}`. */
  unit?: LocalizedText;
  /**
   * Shows the number with a scale word, keeping its digits:
   * 22900 → `22,9 nghìn` / `22.9 thousand`, 226900000000000 → `226,9 nghìn tỷ` /
   * `226.9 trillion`.
   */
  compact?: boolean;
  /** For a change figure (`percent-change`, `point-change`): what it compares with, e.g. "so với cùng kỳ" / "year on year". */
  comparison?: LocalizedText;
  /** For a change figure (`percent-change`, `point-change`): whether a rise is good, bad or neutral news (default `neutral`). */
  direction?: KpiDirection;
  /**
   * Words that continue the headline, on the line under it, e.g.
   * `{"vi": "của 132 doanh nghiệp", "en": "from 132 enterprises"}`.
   */
  detail?: LocalizedText;
  /** The period the figure covers, e.g. `{"vi": "9 tháng đầu năm 2023", "en": "first 9 months of 2023"}`. */
  period?: LocalizedText;
  /** The change against an earlier period. */
  change?: KpiChange;
  /** Progress towards a total, with an optional target range. */
  progress?: KpiProgress;
  /**
   * Earlier values, oldest first, drawn as a small line (sparkline); listed in
   * the data table.
   * @minItems 2
   * @maxItems 1000
   */
  trend?: number[];
}

/**
 * Data for `<citystat-kpi>`: one or more headline figures with their change,
 * progress and trend, shown as a row of cards that reflows on a phone.
 */
export interface KpiData extends CommonData {
  /**
   * The figures, in reading order.
   * @minItems 1
   * @maxItems 1000
   */
  figures: KpiFigure[];
}
