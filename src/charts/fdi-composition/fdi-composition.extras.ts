/**
 * What only some FDI data needs (a chunk, loaded by the element when the data
 * has a `rest`, no total, published `decimals` or notes, or for the donut
 * variant): the ring (fdi-composition.donut.ts), the labelled
 * remainder of a partial breakdown (e.g. the top three investing countries of
 * a larger total), figures with their published decimals, the note column of
 * the data table, and the summary's words for them.
 */
import { decimalsOf, formatNumber, formatPercent } from '../../core/format.js';
import { amendTable, partialHead, partialSection, restOf, type Rest } from '../../core/partial.js';
import type { ChartLayout } from '../../core/chart.js';
import type { FdiBasis, FdiRowData } from './fdi-composition.rows.js';
import { donutChart, slice } from './fdi-composition.donut.js';

export { trackView, unitView } from './fdi-composition.donut-view.js';

/** The extras of one layout (`FdiBasis.x`). */
export interface FdiExtras {
  /** The remainder drawn, listed and said after the parts, when shown. */
  rest?: Rest;
  /** The donut variant: its ring and total (fdi-composition.donut.ts), and a slice's path and point. */
  donut: typeof donutChart;
  slice: typeof slice;
  /** The rows to draw, the remainder last (no count; drawn as an outline). */
  rows(rows: FdiRowData[]): FdiRowData[];
  /** The summary's first sentence when the breakdown is partial. */
  head(title: string, total: string, count: string): string | undefined;
  /** The summary's last sentence, when the parts given differ in size: that shares are of the parts shown. */
  tail(spread: boolean): string[];
  /** The data table with the note column, its last row the parts' sum when there is no total. */
  words(words: Pick<ChartLayout, 'summary' | 'notices' | 'table'>): void;
}

export function fdiExtras(b: FdiBasis): FdiExtras {
  const { s, data, lang } = b;
  // Published decimals, at least (`99,0` beside `70,4`); a figure with more keeps them.
  const d = data.decimals;
  if (d) b.fmt = (v) => formatNumber(v, lang, Math.max(d, decimalsOf(v)));
  const rest = restOf(s, data.rest, b.check);
  // The remainder is shown: the gap is explained, not flagged (no notice, no dashed track).
  if (rest) b.check = { ...b.check, mismatch: false };
  const parts = data.components;
  const notes = parts.map((p) => b.t(p.note));
  return {
    rest,
    donut: donutChart,
    slice,
    rows(rows) {
      if (!rest) return rows;
      const cells = [b.fmtUnit(rest.value), formatPercent(rest.value / b.base, lang)];
      const p = { id: '__rest', label: rest.label, capital: rest.value };
      return [
        ...rows,
        { p, label: rest.label, cells: [...cells, ...(b.anyCount ? [''] : [])], spoken: cells, start: b.check.sum, rest: true },
      ];
    },
    head: (title, total, count) => (rest ? partialHead(s, title, total, count, b.check.sum / b.base, lang) : undefined),
    tail: (spread) => (!rest && data.total === undefined && spread ? [partialSection(s).sharesOfParts] : []),
    words({ table }) {
      amendTable(table, s, notes.some(Boolean) ? [{ label: s.note, cells: notes }] : [], data.total === undefined && parts.length > 1);
    },
  };
}
