/**
 * What the reliability tests know of the trend widget (its entry in
 * `widgetSpecs`, registry.ts): one mark per period of every series; random
 * documents repaired to one kind of period, in order, and to one kind of
 * figure; and its own checks (order, repeats, kinds of period) as cases.
 */
import type { Expect } from './catalogue.js';

type Doc = Record<string, any>;

/** The period at axis position `index` written as the schema says. */
function periodText(kind: 'month' | 'quarter' | 'year', index: number): string {
  if (kind === 'year') return String(index);
  const per = kind === 'month' ? 12 : 4;
  const year = Math.floor(index / per);
  const part = (index % per) + 1;
  return kind === 'month' ? `${year}-${String(part).padStart(2, '0')}` : `${year}-Q${part}`;
}

const kindOf = (period: string) => (/-Q/.test(period) ? 'quarter' : period.length > 4 ? 'month' : 'year');
const err = (path: string, code: string): Expect => ({ status: 'error', path, code });

export const trendSpec = {
  lists: ['series'],
  expectedMarks: (data: Doc) => data.series.reduce((n: number, s: Doc) => n + s.points.length, 0),
  repair(data: Doc): Doc {
    const seen = new Set<string>();
    const level = data.series[0].kind === 'level';
    const kind = kindOf(data.series[0].points[0].period);
    const base = kind === 'year' ? 2000 : kind === 'month' ? 2000 * 12 : 2000 * 4;
    data.series.forEach((s: Doc, i: number) => {
      while (seen.has(s.id)) s.id = `${s.id}~${i}`;
      seen.add(s.id);
      if ((s.kind === 'level') !== level) s.kind = level ? 'level' : 'change-year';
      // One kind of period, in order, each once: consecutive periods from 2000 on.
      s.points.forEach((p: Doc, k: number) => (p.period = periodText(kind, base + k)));
    });
    for (const [i, a] of (data.annotations ?? []).entries()) {
      a.period = periodText(kind, base + i);
      if (a.end !== undefined) a.end = periodText(kind, base + i + 1);
    }
    return data;
  },
  grow: (_list: string, template: Doc, i: number) => ({ ...template, id: `grown-${i}` }),
  ownCases(ex: Doc): Array<{ name: string; data: Doc; expect: Expect }> {
    const copy = () => JSON.parse(JSON.stringify(ex)) as Doc;
    const points = (d: Doc) => d.series[0].points as Doc[];
    const swapped = copy();
    [points(swapped)[0], points(swapped)[1]] = [points(swapped)[1], points(swapped)[0]];
    const repeated = copy();
    points(repeated)[1].period = points(repeated)[0].period;
    const mixed = copy();
    points(mixed)[2].period = '2023-07';
    const levels = copy();
    levels.series.push({ id: 'level', label: 'IIP', kind: 'level', points: [{ period: '2023-Q1', value: 100 }] });
    const backwards = copy();
    backwards.annotations = [{ period: '2023-Q3', end: '2023-Q2', label: 'x' }];
    const gaps = copy();
    points(gaps).forEach((p, k) => k % 2 && (p.value = null));
    const skipped = copy();
    points(skipped).splice(1, 1);
    const none = copy();
    points(none).forEach((p) => (p.value = null));
    const many = copy();
    many.series[0].points = Array.from({ length: 10000 }, (_, i) => ({ period: periodText('month', 1900 * 12 + i), value: (i % 9) - 3 }));
    return [
      { name: 'periods out of order', data: swapped, expect: err('series[0].points[1].period', 'errPeriodOrder') },
      { name: 'a period repeated', data: repeated, expect: err('series[0].points[1].period', 'errPeriodDuplicate') },
      { name: 'a month among quarters', data: mixed, expect: err('series[0].points[2].period', 'errPeriodKind') },
      { name: 'a level and a change in one chart', data: levels, expect: err('series[1].kind', 'errTrendKinds') },
      { name: 'an annotated range that ends before it starts', data: backwards, expect: err('annotations[0].end', 'errPeriodOrder') },
      { name: 'gaps: every other figure null', data: gaps, expect: { status: 'ready' } },
      { name: 'a period left out (a gap in time)', data: skipped, expect: { status: 'ready' } },
      { name: 'no figure at all', data: none, expect: { status: 'ready-or-empty' } },
      { name: '10,000 monthly points', data: many, expect: { status: 'ready' } },
    ];
  },
};
