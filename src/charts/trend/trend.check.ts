/**
 * The trend widget's checks the schema cannot express: one kind of period
 * (months, quarters or years) in a document, in time order and each once per
 * series; levels and changes not on one axis; unique series ids.
 */
import { duplicateIds, type Issue } from '../../core/validate.js';
import { parsePeriod } from './trend.periods.js';
import type { TrendData } from './trend.types.js';

/** Located problems of a schema-valid document (empty when it can be drawn). */
export function checkTrend(data: TrendData): Issue[] {
  const issues = duplicateIds(data.series, 'series');
  const first = data.series[0].points[0].period;
  const granularity = parsePeriod(first)!.granularity;
  const level = data.series[0].kind === 'level';
  const sameKind = (period: string, path: string) => {
    if (parsePeriod(period)!.granularity === granularity) return true;
    issues.push({ code: 'errPeriodKind', path, params: { period, first } });
    return false;
  };
  data.series.forEach((sr, i) => {
    if ((sr.kind === 'level') !== level) issues.push({ code: 'errTrendKinds', path: `series[${i}].kind` });
    const seen = new Map<number, number>();
    let previous: { index: number; period: string } | undefined;
    sr.points.forEach((p, k) => {
      const path = `series[${i}].points[${k}].period`;
      if (!sameKind(p.period, path)) return;
      const index = parsePeriod(p.period)!.index;
      const other = seen.get(index);
      if (other !== undefined)
        issues.push({ code: 'errPeriodDuplicate', path, params: { period: p.period, other: `series[${i}].points[${other}]` } });
      else if (previous && index < previous.index)
        issues.push({ code: 'errPeriodOrder', path, params: { period: p.period, previous: previous.period } });
      seen.set(index, k);
      if (!previous || index > previous.index) previous = { index, period: p.period };
    });
  });
  (data.annotations ?? []).forEach((a, i) => {
    const at = `annotations[${i}]`;
    if (!sameKind(a.period, `${at}.period`) || a.end === undefined || !sameKind(a.end, `${at}.end`)) return;
    if (parsePeriod(a.end)!.index < parsePeriod(a.period)!.index)
      issues.push({ code: 'errPeriodOrder', path: `${at}.end`, params: { period: a.end, previous: a.period } });
  });
  return issues;
}
