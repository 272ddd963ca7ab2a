/** Fair participation, last step: the words read instead of the chart (summary, notices, table). */
import { fill } from '../../core/i18n.js';
import { formatNumber, withUnit } from '../../core/format.js';
import { formatList } from '../../core/format-words.js';
import type { ChartLayout } from '../../core/chart.js';
import type { FairBasis } from './fair-participation.rows.js';
import { fairSection } from './fair-participation.words.js';

/** The largest fair on each measure (ties named together), and the notice when not every fair is drawn. */
function fairSummary(b: FairBasis, drawn: number, notices: string[]): string {
  const { s, vals, whats, lang } = b;
  const parts = b.data.measures.map((_, j) => {
    const max = vals.reduce((a, row) => Math.max(a, row[j] ?? -1), -1);
    return max < 0
      ? fill(fairSection(s).noData, { what: whats[j] })
      : fill(fairSection(s).largest, {
          names: formatList(
            b.names.filter((_, i) => vals[i][j] === max),
            lang,
          ),
          what: whats[j],
          value: withUnit(b.fmt(max), b.units[j]),
        });
  });
  const summary = `${parts.join('; ')}.`;
  return summary[0].toUpperCase() + summary.slice(1) + (drawn < b.data.events.length ? ` ${notices[0]}` : '');
}

/** Summary, notices and the table: every event in the chosen order; date and place columns only when given. */
export function fairWords(b: FairBasis, order: number[], drawn: number): Pick<ChartLayout, 'summary' | 'notices' | 'table'> {
  const { s, lang } = b;
  const c = fairSection(s);
  const total = b.data.events.length;
  const notices = drawn < total ? [fill(c.capped, { shown: formatNumber(drawn, lang), total: formatNumber(total, lang) })] : [];
  const extra = [b.dates.some(Boolean) && [c.date, b.dates], b.places.some(Boolean) && [c.place, b.places]].filter(
    (x): x is [string, string[]] => !!x,
  );
  return {
    summary: fairSummary(b, drawn, notices),
    notices,
    table: {
      caption: b.t(b.data.title) || s.chart,
      columns: [{ label: c.fair }, ...extra.map(([label]) => ({ label })), ...b.heads.map((label) => ({ label, numeric: true }))],
      rows: order.map((i) => [b.names[i], ...extra.map(([, col]) => col[i]), ...b.shown[i]]),
    },
  };
}
