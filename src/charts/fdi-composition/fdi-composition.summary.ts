/** FDI composition, last step: the words read instead of the chart (summary, notices, table). */
import { fill } from '../../core/i18n.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import { sumNotices } from '../../core/layout-kit.js';
import type { ChartLayout } from '../../core/chart.js';
import type { FdiBasis, FdiRowData } from './fdi-composition.rows.js';
import { fdiSection } from './fdi-composition.words.js';

/** The title, with the period when given and the title does not say it already. */
export const fdiHead = (b: FdiBasis): string => {
  const title = b.t(b.data.title) || b.s.chart;
  return b.period && !title.includes(b.period) ? `${title}, ${b.period}` : title;
};

/** The summary: the total, then the largest and smallest parts (or the only one). */
export function fdiSummary(b: FdiBasis, rows: FdiRowData[]): string {
  const c = fdiSection(b.s);
  const head = fdiHead(b);
  const total = b.fmtUnit(b.base);
  const partText = (r: FdiRowData) => `${r.label}${b.s.colon}${r.spoken[0]} (${r.spoken[1]})${r.spoken[2] ? `, ${r.spoken[2]}` : ''}`;
  // The remainder of a partial total is said last, not ranked with the parts.
  const parts = rows.filter((r) => !r.rest);
  const count = formatNumber(parts.length, b.lang);
  const first = b.x?.head(head, total, count);
  if (!first && parts.length === 1) return fill(c.summaryOne, { head, total, part: partText(parts[0]) });
  const [top, low] = [Math.max(...parts.map((r) => r.p.capital)), Math.min(...parts.map((r) => r.p.capital))];
  // Parts tied for the largest or smallest are all named.
  const say = (one: string, tie: string, v: number) => {
    const tied = parts.filter((r) => r.p.capital === v);
    return fill(tied.length > 1 ? tie : one, { part: tied.map(partText).join('; ') });
  };
  const out = [first || fill(c.summaryTotal, { head, total, count })];
  // All zero, or all equal: no part is the largest or the smallest (but the one part given of a partial total is its largest).
  const spread = top > low;
  if (first && parts.length === 1 ? top > 0 : spread) out.push(say(c.summaryLargest, c.summaryLargestTie, top));
  if (spread) out.push(say(c.summarySmallest, c.summarySmallestTie, low));
  if (first) out.push(`${partText(rows[rows.length - 1])}.`);
  return [...out, ...(b.x?.tail(spread) ?? [])].join(' ');
}

/** Summary, notices and the data table. */
export function fdiWords(b: FdiBasis, rows: FdiRowData[]): Pick<ChartLayout, 'summary' | 'notices' | 'table'> {
  const { s, unit, base, anyCount, fmt } = b;
  const c = fdiSection(s);
  // The count column only when some part has a count; its total stays empty (projects and transactions do not add up).
  const tableRows = rows.map((r) => [r.label, fmt(r.p.capital), ...r.cells.slice(1)]);
  tableRows.push([s.total, fmt(base), base > 0 ? formatPercent(1, b.lang) : '', ...(anyCount ? [''] : [])]);
  const words = {
    summary: fdiSummary(b, rows),
    notices: sumNotices(b, b.check, unit),
    table: {
      caption: fdiHead(b),
      columns: [
        { label: c.component },
        { label: unit ? `${c.capital} (${unit})` : c.capital, numeric: true },
        { label: s.share, numeric: true },
        ...(anyCount ? [{ label: c.count, numeric: true }] : []),
      ],
      rows: tableRows,
    },
  };
  b.x?.words(words);
  return words;
}
