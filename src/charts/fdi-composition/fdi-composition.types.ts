import type { CommonData, LocalizedText } from '../../core/types.js';

/**
 * One part of the investment total, e.g. new registrations, capital increases,
 * or capital contributions and share purchases.
 */
export interface FdiComponent {
  /**
   * Stable identifier, unique in the list; used in events and as the table row key.
   * @minLength 1
   */
  id: string;
  /** Name of the part, e.g. `{"vi": "Đăng ký cấp mới", "en": "New registrations"}`; long names wrap. */
  label: LocalizedText;
  /**
   * Capital of this part, in the document's `unit` (e.g. million USD), as published.
   * @minimum 0
   */
  capital: number;
  /**
   * How many projects or transactions make up this part, as published.
   * @TJS-type integer
   * @minimum 0
   */
  count?: number;
  /** Unit word of `count`, e.g. `{"vi": "dự án", "en": "projects"}` or `{"vi": "lượt", "en": "transactions"}`. */
  countUnit?: LocalizedText;
  /** A note on this part, shown in its tooltip, its accessible name and the data table. */
  note?: LocalizedText;
}

/**
 * Data for `<citystat-fdi-composition>`: foreign direct investment as parts of
 * a total (capital of each part, its share of the total and its count of
 * projects or transactions), e.g. Hanoi's first nine months of 2023.
 */
export interface FdiCompositionData extends CommonData {
  /** The period the figures cover, e.g. `{"vi": "9 tháng đầu năm 2023", "en": "first 9 months of 2023"}`. */
  period?: LocalizedText;
  /** Currency and unit of every capital figure, e.g. `{"vi": "triệu USD", "en": "million USD"}`. */
  unit?: LocalizedText;
  /**
   * The published total. When given, shares are taken of this total and the
   * widget flags parts that do not add up to it (it never rescales them).
   * @minimum 0
   */
  total?: number;
  /**
   * The part of `total` that the components do not cover, when the publisher
   * gives only some parts (e.g. the top three investing countries):
   * `unspecified` shows it as "Phần còn lại (không nêu chi tiết)" / "Rest (not
   * specified)", `other` as "Khác" / "Other", with its capital and share, after
   * the components. It appears only when the data says so and `total` exceeds
   * the components' sum by more than rounding; without `rest`, such a gap is
   * flagged as a mismatch. Parts that exceed their total are always flagged.
   */
  rest?: 'unspecified' | 'other';
  /**
   * Decimals every capital figure is written with, at least (`1` shows 99 as
   * `99,0` beside `70,4`); a figure with more decimals keeps them all.
   * @TJS-type integer
   * @minimum 0
   * @maximum 6
   */
  decimals?: number;
  /**
   * The parts of the total, in the publisher's order (usually 2 to 8).
   * @minItems 1
   * @maxItems 1000
   */
  components: FdiComponent[];
}
