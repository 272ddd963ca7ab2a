import { linearScale } from '../../core/scale.js';
import { fill, uiStrings } from '../../core/i18n.js';
import { formatNumber, formatPercent, withUnit } from '../../core/format.js';
import { textWidth, wrapText } from '../../core/measure.js';
import { pickText } from '../../core/text.js';
import { checkTotal } from '../../core/total.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import type { SectorBreakdownData, SectorItem } from './sector-breakdown.types.js';

/** Options of the sector-breakdown layout (the element's attributes). */
export interface SectorLayoutOptions {
  /** `value`: largest first (default); `data`: the publisher's order. */
  order: 'value' | 'data';
  /** Draw at most this many bars; the smallest beyond are grouped as "Other". 0 = no limit. */
  maxBars: number;
}

/** One drawn row. */
export interface SectorRow extends Mark {
  /** Label lines (wrapped). */
  lines: string[];
  /** Where the label's first baseline sits. */
  labelX: number;
  labelY: number;
  /** Bar rectangle (width 0 when missing). */
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Value label position and text (`8 (24,2%)`), or the missing text. */
  valueX: number;
  valueY: number;
  valueText: string;
  /** True when the figure is missing or not published. */
  missing: boolean;
  /** True for the "Other" row that groups the smallest items. */
  grouped: boolean;
  /** Row band, for the focus ring. */
  rowY: number;
  rowHeight: number;
  /** Share of the total (0–1), undefined when missing. */
  share: number | undefined;
}

export interface SectorLayout extends ChartLayout {
  marks: SectorRow[];
  /** `side`: labels left of bars; `stacked`: labels above bars (phones). */
  mode: 'side' | 'stacked';
  /** The headline total when the breakdown is not published. */
  headline: { text: string; caption: string[]; y: number } | undefined;
}

export const FONT = 14;
export const LINE = 18;
export const BAR = 18;
export const GAP = 12;
const NARROW = 520;

/** The default options. */
export const defaultSectorOptions: SectorLayoutOptions = { order: 'value', maxBars: 30 };

/**
 * Lays out a horizontal bar chart of parts of a whole. Pure: the same input
 * gives the same output; text widths are estimated, never measured.
 */
export function layoutSectorBreakdown(
  data: SectorBreakdownData,
  width: number,
  lang: string,
  options: SectorLayoutOptions = defaultSectorOptions,
): SectorLayout {
  const s = uiStrings(lang);
  const t = (v: Parameters<typeof pickText>[0]) => pickText(v, lang, data.locale);
  const unit = t(data.unit);
  const title = t(data.title) || s.chart;
  const unpublished = data.breakdownPublished === false;

  const values = data.items.map((item) => (unpublished ? null : item.value));
  const check = checkTotal(values, data.total);
  const total = data.total ?? check.sum;
  const fmt = (v: number) => formatNumber(v, lang);
  const fmtUnit = (v: number) => withUnit(fmt(v), unit);
  const shareOf = (v: number) => (total > 0 ? v / total : 0);

  interface Row {
    key: string;
    label: string;
    value: number | null;
    item: SectorItem | SectorItem[];
    grouped: boolean;
  }
  let rows: Row[] = data.items.map((item, i) => ({
    key: item.id,
    label: t(item.label),
    value: values[i],
    item,
    grouped: false,
  }));
  if (options.order === 'value') {
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (b.r.value ?? -Infinity) - (a.r.value ?? -Infinity) || a.i - b.i)
      .map((x) => x.r);
  }
  const known = rows.filter((r) => r.value !== null);
  if (options.maxBars > 0 && known.length > options.maxBars) {
    const byValue = [...known].sort((a, b) => b.value! - a.value!);
    const keep = new Set(byValue.slice(0, options.maxBars - 1));
    const rest = byValue.slice(options.maxBars - 1);
    const restSum = checkTotal(rest.map((r) => r.value)).sum;
    const other: Row = {
      key: '__other',
      label: fill(s.otherItems, { n: formatNumber(rest.length, lang) }),
      value: restSum,
      item: rest.map((r) => r.item as SectorItem),
      grouped: true,
    };
    rows = [...rows.filter((r) => r.value === null || keep.has(r)), other];
    if (options.order === 'value') {
      // Other stays last among the valued rows, before missing ones.
      const valued = rows.filter((r) => r.value !== null && !r.grouped);
      const missing = rows.filter((r) => r.value === null);
      rows = [...valued, other, ...missing];
    }
  }

  const narrow = width < NARROW;
  const valueTexts = rows.map((r) =>
    r.value === null ? (unpublished ? s.notPublished : s.missing) : `${fmt(r.value)} (${formatPercent(shareOf(r.value), lang)})`,
  );
  const valueRoom = Math.ceil(Math.max(...valueTexts.map((v) => textWidth(v, FONT)), 40)) + 8;
  const labelWidth = narrow ? width : Math.round(Math.min(300, Math.max(120, width * 0.34)));
  const barX = narrow ? 0 : labelWidth + 8;
  const barSpace = Math.max(20, width - barX - valueRoom);
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const x = linearScale([0, max || 1], [0, barSpace]);

  let y = 0;
  let headline: SectorLayout['headline'];
  if (unpublished) {
    const caption = wrapText(s.breakdownUnpublished, width, FONT);
    headline = {
      text: data.total !== undefined ? fmtUnit(data.total) : s.missing,
      caption,
      y: 28,
    };
    y = 46 + caption.length * LINE + GAP;
  }

  const marks: SectorRow[] = rows.map((r, i) => {
    const lines = wrapText(r.label, (narrow ? width : labelWidth) - 4, FONT);
    const labelHeight = lines.length * LINE;
    const rowY = y;
    let labelY: number;
    let barY: number;
    let rowHeight: number;
    if (narrow) {
      labelY = rowY + FONT;
      barY = rowY + labelHeight + 4;
      rowHeight = labelHeight + 4 + BAR;
    } else {
      rowHeight = Math.max(labelHeight, BAR);
      labelY = rowY + (rowHeight - labelHeight) / 2 + FONT;
      barY = rowY + (rowHeight - BAR) / 2;
    }
    y += rowHeight + GAP;
    const missing = r.value === null;
    const barWidth = missing ? 0 : Math.max(r.value! > 0 ? 1 : 0, round(x(r.value!)));
    const share = missing ? undefined : shareOf(r.value!);
    const valueText = valueTexts[i];
    const spoken = missing
      ? `${r.label}${s.colon}${valueText}`
      : `${r.label}${s.colon}${fmtUnit(r.value!)}, ${formatPercent(share!, lang)}`;
    const note = Array.isArray(r.item) ? '' : t(r.item.note);
    return {
      key: r.key,
      label: spoken,
      tooltip: [r.label, missing ? valueText : `${fmtUnit(r.value!)} · ${formatPercent(share!, lang)}`, ...(note ? [note] : [])],
      x: round(barX + Math.max(barWidth, 0) / 2),
      y: round(barY),
      datum: r.item,
      lines,
      labelX: 0,
      labelY: round(labelY),
      barX,
      barY: round(barY),
      barWidth,
      barHeight: BAR,
      valueX: round(barX + barWidth + (missing ? 0 : 6)),
      valueY: round(barY + BAR / 2 + FONT * 0.35),
      valueText,
      missing,
      grouped: r.grouped,
      rowY: round(rowY),
      rowHeight: round(rowHeight),
      share,
    };
  });
  const height = Math.max(0, y - GAP);

  // Summary sentences.
  const countText = formatNumber(data.items.length, lang);
  let summary: string;
  if (unpublished) {
    summary = fill(s.summaryUnpublished, {
      title,
      total: data.total !== undefined ? fmtUnit(data.total) : s.missing,
      count: countText,
    });
  } else {
    const byValue = data.items
      .map((item, i) => ({ item, v: values[i] }))
      .filter((e): e is { item: SectorItem; v: number } => e.v !== null)
      .sort((a, b) => b.v - a.v);
    const parts = [fill(s.summaryBars, { title, count: countText, total: fmtUnit(total) })];
    const largest = byValue[0];
    const smallest = byValue[byValue.length - 1];
    if (largest) {
      parts.push(
        fill(s.summaryLargest, {
          label: t(largest.item.label),
          value: fmt(largest.v),
          total: fmtUnit(total),
          share: formatPercent(shareOf(largest.v), lang),
        }),
      );
    }
    if (smallest && byValue.length > 1) {
      parts.push(
        fill(s.summarySmallest, {
          label: t(smallest.item.label),
          value: fmt(smallest.v),
          total: fmtUnit(total),
          share: formatPercent(shareOf(smallest.v), lang),
        }),
      );
    }
    const missingItems = data.items.filter((_, i) => values[i] === null);
    if (missingItems.length) {
      parts.push(fill(s.summaryMissing, { labels: missingItems.map((m) => t(m.label)).join(', ') }));
    }
    summary = parts.join(' ');
  }

  const notices: string[] = [];
  if (check.mismatch) notices.push(fill(s.sumMismatch, { sum: fmtUnit(check.sum), total: fmtUnit(check.stated!) }));

  const valueHeader = unit ? `${s.value} (${unit})` : s.value;
  const tableRows = data.items.map((item, i) => {
    const v = values[i];
    return [
      t(item.label),
      v === null ? (unpublished ? s.notPublished : s.missing) : fmt(v),
      v === null ? '' : formatPercent(shareOf(v), lang),
    ];
  });
  tableRows.push([s.total, data.total !== undefined ? fmt(data.total) : fmt(check.sum), unpublished ? '' : formatPercent(1, lang)]);

  return {
    width,
    height,
    marks,
    summary,
    notices,
    mode: narrow ? 'stacked' : 'side',
    headline,
    table: {
      caption: title,
      columns: [{ label: s.category }, { label: valueHeader, numeric: true }, { label: s.share, numeric: true }],
      rows: tableRows,
    },
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
