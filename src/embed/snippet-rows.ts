/**
 * The `<thead>`, `<tbody>` and `<tfoot>` of each widget's table-first figure,
 * numbers formatted as the widget formats them (core/format.ts), so the table
 * reads as the chart does. The readers (src/charts/<w>/<w>.table.ts) read
 * these back. Pure; every text escaped.
 */
import { fill, uiStrings, type LanguagePack } from '../core/i18n.js';
import { decimalsOf, formatCompact, formatNumber, formatPercentValue, withUnit } from '../core/format.js';
import { checkTotal } from '../core/total.js';
import { partialSection, restOf } from '../core/partial.js';
import { pickText, safeUrl } from '../core/text.js';
import type { LocalizedText } from '../core/types.js';
import { formatDate } from '../charts/fair-participation/fair-participation.layout.js';
import type { FairParticipationData } from '../charts/fair-participation/fair-participation.types.js';
import type { FdiCompositionData } from '../charts/fdi-composition/fdi-composition.types.js';
import type { KpiData, KpiFigure } from '../charts/kpi/kpi.types.js';
import type { SectorBreakdownData, SectorItem } from '../charts/sector-breakdown/sector-breakdown.types.js';
import { attrs, el, escapeHtml } from './html.js';
import { fairSection } from '../charts/fair-participation/fair-participation.words.js';
import { fdiSection } from '../charts/fdi-composition/fdi-composition.words.js';
import { kpiSection } from '../charts/kpi/kpi.words.js';
import { figureText } from '../charts/trend/trend.format.js';
import { parsePeriod, periodName } from '../charts/trend/trend.periods.js';
import type { TrendData } from '../charts/trend/trend.types.js';
import { trendSection } from '../charts/trend/trend.words.js';

/** A localized text as escaped HTML in the snippet's language. */
export type Localize = (value: LocalizedText | undefined) => string;

const th = (inner: string, extra: Record<string, string | undefined> = {}) => el('th', { scope: 'col', ...extra }, inner);
const rowHead = (inner: string) => el('th', { scope: 'row' }, inner);
const td = (inner: string, extra: Record<string, string | undefined> = {}) => el('td', extra, inner);
const tr = (cells: string[], id?: string) => `\n    <tr${attrs({ 'data-id': id })}>${cells.join('')}</tr>`;
const head = (cells: string[]) => `\n  <thead><tr>${cells.join('')}</tr></thead>`;
const body = (rows: string[]) => `\n  <tbody>${rows.join('')}\n  </tbody>`;
const foot = (cells: string[]) => `\n  <tfoot><tr>${cells.join('')}</tr></tfoot>`;
/** A header naming its unit: `Vốn (triệu USD)`. */
const withUnitHeader = (label: string, unit: string) => (unit ? `${escapeHtml(label)} (${unit})` : escapeHtml(label));
/** A label and, on the next line, its note. */
const labelled = (label: string, note: string) => (note ? `${label}<br><small>${note}</small>` : label);

/** The table of `widget`'s data in `lang`. */
export function tableBody(widget: string, data: unknown, lang: string, t: Localize): string {
  if (widget === 'sector-breakdown') return sectorRows(data as SectorBreakdownData, lang, t);
  if (widget === 'fdi-composition') return fdiRows(data as FdiCompositionData, lang, t);
  if (widget === 'fair-participation') return fairRows(data as FairParticipationData, lang, t);
  if (widget === 'trend') return trendRows(data as TrendData, lang, t);
  if (widget === 'kpi') return kpiRows(data as KpiData, lang, t);
  // A widget without a writer here is an error, never another widget's rows (test/node/registry.test.mjs).
  throw new Error(`citystat: no table-first writer for ${widget}`);
}

function sectorRows(data: SectorBreakdownData, lang: string, t: Localize): string {
  const s = uiStrings(lang);
  const absent = escapeHtml(data.breakdownPublished === false ? s.notPublished : s.missing);
  const num = published(data.decimals, lang);
  const items = data.items ?? [];
  const counted = items.some((item) => typeof item.count === 'number');
  const count = (item: SectorItem) =>
    counted ? [td(typeof item.count === 'number' ? withUnit(formatNumber(item.count, lang), t(item.countUnit)) : '')] : [];
  const rows = items.map((item) =>
    tr([rowHead(labelled(t(item.label), t(item.note))), td(item.value === null ? absent : num(item.value)), ...count(item)], item.id),
  );
  const hasTotal = typeof data.total === 'number';
  const values = items.map((item) => item.value);
  rows.push(...restRow(data, s, values, num, counted));
  const total = hasTotal ? foot([rowHead(escapeHtml(s.total)), td(num(data.total!)), ...(counted ? [td('')] : [])]) : '';
  const header = [
    th(escapeHtml(s.category)),
    th(withUnitHeader(s.value, t(data.unit))),
    ...(counted ? [th(escapeHtml(partialSection(s).count))] : []),
  ];
  return head(header) + body(rows) + total;
}

/** A figure with at least the published decimals (`99,0`), as the widget shows it. */
const published = (decimals: number | undefined, lang: string) => (v: number) =>
  formatNumber(v, lang, Math.max(decimals ?? 0, decimalsOf(v)));

/** The remainder row of a partial breakdown (`rest`), as the widget computes it, or none. */
type Partial = { rest?: 'unspecified' | 'other'; total?: number; decimals?: number };
function restRow(data: Partial, s: LanguagePack, parts: Array<number | null>, num: (v: number) => string, counted: boolean): string[] {
  const rest = typeof data.total === 'number' && restOf(s, data.rest, checkTotal(parts, data.total));
  return rest ? [tr([rowHead(escapeHtml(rest.label)), td(num(rest.value)), ...(counted ? [td('')] : [])])] : [];
}

function fdiRows(data: FdiCompositionData, lang: string, t: Localize): string {
  const s = uiStrings(lang);
  const c = fdiSection(s);
  const parts = data.components ?? [];
  const counted = parts.some((p) => typeof p.count === 'number');
  const num = published(data.decimals, lang);
  const rows = parts.map((p) =>
    tr(
      [
        rowHead(labelled(t(p.label), t(p.note))),
        td(num(p.capital)),
        ...(counted ? [td(typeof p.count === 'number' ? withUnit(formatNumber(p.count, lang), t(p.countUnit)) : '')] : []),
      ],
      p.id,
    ),
  );
  const period = pickText(data.period, lang, data.locale);
  const hasTotal = typeof data.total === 'number';
  const capitals = parts.map((p) => p.capital);
  rows.push(...restRow(data, s, capitals, num, counted));
  // The period rides in the total row's header (`Tổng 9 tháng đầu năm 2023`), as the widget shows it.
  const total =
    hasTotal || period
      ? foot([
          rowHead(period ? fill(escapeHtml(c.totalOf), { period: t(data.period) }) : escapeHtml(s.total)),
          td(hasTotal ? num(data.total!) : ''),
          ...(counted ? [td('')] : []),
        ])
      : '';
  const header = [th(escapeHtml(c.component)), th(withUnitHeader(c.capital, t(data.unit))), ...(counted ? [th(escapeHtml(c.count))] : [])];
  return head(header) + body(rows) + total;
}

function fairRows(data: FairParticipationData, lang: string, t: Localize): string {
  const s = uiStrings(lang);
  const c = fairSection(s);
  const measures = data.measures ?? [];
  const events = data.events ?? [];
  const dates = events.some((e) => e.date);
  const places = events.some((e) => pickText(e.place, lang, data.locale));
  const header = [
    th(escapeHtml(c.fair)),
    ...measures.map((m) => {
      const label = pickText(m.label, lang, data.locale);
      const unit = pickText(m.unit, lang, data.locale);
      // The unit only when it is not the label in lower case (`Gian hàng` counts `gian hàng`).
      return th(unit === label.toLowerCase() ? t(m.label) : `${t(m.label)} (${t(m.unit)})`, { 'data-id': m.id });
    }),
    ...(dates ? [th(escapeHtml(c.date))] : []),
    ...(places ? [th(escapeHtml(c.place))] : []),
  ];
  const rows = events.map((e) => {
    const url = safeUrl(e.url);
    const name = url ? el('a', { href: url }, t(e.name)) : t(e.name);
    const values = measures.map((m) => {
      const v = Object.hasOwn(e.values ?? {}, m.id) ? e.values[m.id] : null;
      return td(typeof v === 'number' ? formatNumber(v, lang) : escapeHtml(s.missing));
    });
    return tr(
      [rowHead(name), ...values, ...(dates ? [td(escapeHtml(formatDate(e.date, lang)))] : []), ...(places ? [td(t(e.place))] : [])],
      e.id,
    );
  });
  return head(header) + body(rows);
}

function kpiRows(data: KpiData, lang: string, t: Localize): string {
  const s = uiStrings(lang);
  const k = kpiSection(s);
  const figures = data.figures ?? [];
  const changes = figures.some((f) => f.change);
  const periods = figures.some((f) => pickText(f.period, lang, data.locale));
  const trends = figures.some((f) => f.trend);
  const header = [
    th(escapeHtml(k.figure)),
    th(escapeHtml(s.value)),
    ...(changes ? [th(escapeHtml(k.change))] : []),
    ...(periods ? [th(escapeHtml(k.period))] : []),
    ...(trends ? [th(escapeHtml(k.trend))] : []),
  ];
  const rows = figures.map((f) => {
    const change = f.change;
    const changeCell = change
      ? td(
          escapeHtml(kpiChange(f, lang, data.locale)) + (pickText(change.comparison, lang, data.locale) ? ` ${t(change.comparison)}` : ''),
          {
            'data-direction': change.direction,
          },
        )
      : td('');
    return tr(
      [
        rowHead(t(f.label)),
        td(kpiValueLines(f, lang, t).join('<br>'), { 'data-direction': f.format?.endsWith('change') ? f.direction : undefined }),
        ...(changes ? [changeCell] : []),
        ...(periods ? [td(t(f.period))] : []),
        ...(trends ? [td(escapeHtml((f.trend ?? []).map((v) => formatNumber(v, lang)).join('; ')))] : []),
      ],
      f.id,
    );
  });
  return head(header) + body(rows);
}

/**
 * The value cell of a figure, one line each: the headline (`22,9 nghìn
 * doanh nghiệp`, `+3,93% so với cùng kỳ`, `19/43 cụm`), the detail, the
 * progress (`19/43 dự án hoàn thành`) and the target (`Mục tiêu: 10–20 …`).
 */
function kpiValueLines(f: KpiFigure, lang: string, t: Localize): string[] {
  const s = uiStrings(lang);
  const unit = t(f.unit);
  const v = f.value;
  const p = f.progress;
  const merged = !!p && p.value === v && !p.label && (f.format ?? 'number') === 'number';
  const lines: string[] = [];
  if (v === null) lines.push(escapeHtml(s.missing));
  else if (f.format === 'percent') lines.push(withUnit(escapeHtml(formatPercentValue(v, lang)), unit));
  else if (f.format?.endsWith('change')) {
    // A sign tells a change from a rate: `+2,1%`, `-0,5 điểm phần trăm`.
    const text = f.format === 'point-change' ? signedPoints(v, lang) : formatPercentValue(v, lang, true);
    lines.push(escapeHtml(text) + (f.comparison ? ` ${t(f.comparison)}` : ''));
  } else if (merged) lines.push(withUnit(`${formatNumber(v, lang)}/${formatNumber(p.total, lang)}`, unit));
  else lines.push(withUnit(escapeHtml(f.compact ? formatCompact(v, lang) : formatNumber(v, lang)), unit));
  if (f.detail) lines.push(t(f.detail));
  if (p && !merged) lines.push(withUnit(`${formatNumber(p.value, lang)}/${formatNumber(p.total, lang)}`, t(p.label) || unit));
  if (p?.target) {
    const { min, max, label } = p.target;
    const range = min === max ? formatNumber(min, lang) : `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
    lines.push(fill(escapeHtml(kpiSection(s).targetShown), { range: [range, t(label)].filter(Boolean).join(' ') }));
  }
  return lines;
}

/** A change as the card shows it: `+2%`, or `+1.500 doanh nghiệp` in the figure's unit. */
function kpiChange(f: KpiFigure, lang: string, locale: string | undefined): string {
  const c = f.change!;
  if (c.kind === 'percent') return formatPercentValue(c.value, lang, true);
  if (c.kind === 'points') return signedPoints(c.value, lang);
  const abs = Math.abs(c.value);
  const num = f.compact ? formatCompact(abs, lang) : formatNumber(abs, lang);
  return withUnit(`${c.value > 0 ? '+' : c.value < 0 ? '-' : ''}${num}`, pickText(f.unit, lang, locale));
}

/** A change in percentage points as the card shows it: `+0,3 điểm phần trăm`. */
function signedPoints(v: number, lang: string): string {
  return withUnit(`${v > 0 ? '+' : v < 0 ? '-' : ''}${formatNumber(Math.abs(v), lang)}`, kpiSection(uiStrings(lang)).points);
}

/**
 * A row per period (its long name, an annotation's note on a second line), a
 * column per series: `IIP so với cùng kỳ (%)` for a change year on year,
 * `(%, so với kỳ trước)` for another change, `(unit)` for a level. Figures as
 * the widget's table writes them (`+3,0`, `+4,3 (ước tính)`), a point's note
 * on a second line; a period a series lacks is an empty cell.
 */
function trendRows(data: TrendData, lang: string, t: Localize): string {
  const s = uiStrings(lang);
  const w = trendSection(s);
  const series = data.series ?? [];
  const change = series[0]?.kind !== 'level';
  const periods = new Map<number, string>();
  for (const sr of series) for (const p of sr.points ?? []) periods.set(parsePeriod(p.period)?.index ?? NaN, p.period);
  const order = [...periods.keys()].filter(Number.isFinite).sort((a, b) => a - b);
  const header = series.map((sr) => {
    const unit = sr.kind === 'level' ? t(sr.unit) : sr.kind === 'change-year' ? '%' : `%, ${escapeHtml(w.against[sr.kind])}`;
    return th(unit ? `${t(sr.label)} (${unit})` : t(sr.label), { 'data-id': sr.id });
  });
  const rows = order.map((index) => {
    const period = periods.get(index)!;
    const notes = (data.annotations ?? []).filter((a) => {
      const [from, to] = [a.period, a.end ?? a.period].map((x) => parsePeriod(x)?.index ?? NaN);
      return from <= index && index <= to;
    });
    const cells = series.map((sr) => {
      const p = sr.points?.find((x) => x.period === period);
      if (!p) return td('');
      const figure = p.value === null ? s.missing : figureText(p.value, change, lang, sr.decimals, false);
      return td(labelled(escapeHtml(p.estimate ? `${figure} (${w.estimate})` : figure), t(p.note)));
    });
    return tr([rowHead(labelled(escapeHtml(periodName(parsePeriod(period)!, s)), notes.map((a) => t(a.label)).join('; '))), ...cells]);
  });
  return head([th(escapeHtml(w.period)), ...header]) + body(rows);
}

/**
 * Figcaption lines of a trend's series that have their own source, after the
 * document's (`Nguồn (IIP so với cùng kỳ): …, 2023`): figures keep their source.
 */
export function seriesSources(widget: string, data: unknown, lang: string, t: Localize): string[] {
  if (widget !== 'trend') return [];
  const s = uiStrings(lang);
  return ((data as TrendData).series ?? [])
    .filter((sr) => sr.source && pickText(sr.source.name, lang, (data as TrendData).locale))
    .map((sr) => {
      const url = safeUrl(sr.source!.url);
      const name = url ? el('a', { href: url }, t(sr.source!.name)) : t(sr.source!.name);
      const date = sr.source!.date ? `, ${t(sr.source!.date)}` : '';
      return `<p>${escapeHtml(s.source)} (${t(sr.label)}): ${name}${date}</p>`;
    });
}
