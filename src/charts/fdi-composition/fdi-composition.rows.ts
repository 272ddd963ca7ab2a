/** FDI composition, steps 1–2: the figures of the data, then each part's row of figures. */
import { formatNumber, formatPercent, withUnit } from '../../core/format.js';
import { wordsFor, type Words } from '../../core/layout-kit.js';
import { checkTotal, type TotalCheck } from '../../core/total.js';
import type { FdiExtras } from './fdi-composition.extras.js';
import type { FdiComponent, FdiCompositionData } from './fdi-composition.types.js';
import { fdiSection } from './fdi-composition.words.js';

/** What every later step reads: the words, the parts and the totals. */
export interface FdiBasis extends Words {
  data: FdiCompositionData;
  unit: string;
  period: string;
  check: TotalCheck;
  /** The stated total, else the parts' sum: shares are taken of it. */
  base: number;
  /** Fraction of the drawing: of the larger of the parts' sum and the stated total (nothing is rescaled to fit). */
  frac: (v: number) => number;
  /** Some part has a count: the count column is shown, and a part without one shows it as missing. */
  anyCount: boolean;
  fmtUnit: (v: number) => string;
  /** The extras of partial or annotated data (fdi-composition.extras.ts), when loaded. */
  x?: FdiExtras;
}

/** The module of the extras (its chunk). */
export type FdiExtrasModule = typeof import('./fdi-composition.extras.js');

/** One part's row before placement. */
export interface FdiRowData {
  p: FdiComponent;
  label: string;
  /** Shown: capital, share and (when any part has one) count. */
  cells: string[];
  /** Read aloud: the same, with the missing count in words. */
  spoken: string[];
  /** The capital of the parts before this one. */
  start: number;
  /** The remainder of a partial breakdown (no count; drawn as an outline). */
  rest?: boolean;
}

export function fdiBasis(data: FdiCompositionData, lang: string, extras?: FdiExtrasModule): FdiBasis {
  const w = wordsFor(lang, data.locale);
  const unit = w.t(data.unit);
  const check = checkTotal(
    data.components.map((p) => p.capital),
    data.total,
  );
  // The parts as given, not check.sum (rounded to at most 6 decimals: parts of 1e-9 would sum to 0 and overflow the fractions).
  const span = Math.max(
    data.components.reduce((sum, p) => sum + p.capital, 0),
    data.total ?? 0,
  );
  const b: FdiBasis = {
    ...w,
    data,
    unit,
    period: w.t(data.period),
    check,
    base: data.total ?? check.sum,
    frac: (v) => (span > 0 ? v / span : 0),
    anyCount: data.components.some((p) => p.count !== undefined),
    // `b.fmt`: the extras may write figures with the published decimals.
    fmtUnit: (v) => withUnit(b.fmt(v), unit),
  };
  b.x = extras?.fdiExtras(b);
  return b;
}

/** Each part's figures as text, in the publisher's order. */
export function fdiRows(b: FdiBasis): FdiRowData[] {
  const { s, base, t, fmtUnit, lang, anyCount } = b;
  let acc = 0;
  const rows = b.data.components.map((p): FdiRowData => {
    // A count is a whole number: the data's `decimals` are the capital's.
    const count = p.count === undefined ? undefined : withUnit(formatNumber(p.count, lang), t(p.countUnit));
    // Share of the stated total when given.
    const cells = [fmtUnit(p.capital), base > 0 ? formatPercent(p.capital / base, lang) : '–'];
    const spoken = [...cells];
    if (anyCount) {
      cells.push(count ?? s.missing);
      spoken.push(count ?? fdiSection(s).countMissing);
    }
    const start = acc;
    acc += p.capital;
    return { p, label: t(p.label), cells, spoken, start };
  });
  return b.x?.rows(rows) ?? rows;
}
