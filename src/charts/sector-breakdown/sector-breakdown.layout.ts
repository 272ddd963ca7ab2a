import { linearScale, type LinearScale } from '../../core/scale.js';
import { formatPercent } from '../../core/format.js';
import { BAR, FONT, GAP, LINE, round, sumNotices } from '../../core/layout-kit.js';
import { textWidth, wrapText } from '../../core/measure.js';
import type { ChartLayout, Mark } from '../../core/chart.js';
import { sectorBasis, sectorRows, type SectorBasis, type SectorExtrasModule, type SectorRowData } from './sector-breakdown.rows.js';
import { sectorSummary, sectorTable } from './sector-breakdown.summary.js';
import type { TableModel } from '../../core/table.js';
import type { SectorBreakdownData } from './sector-breakdown.types.js';

/** Options of the sector-breakdown layout (the element's attributes). */
export interface SectorLayoutOptions {
  /** `value`: largest first (default); `data`: the publisher's order. */
  order: 'value' | 'data';
  /** Draw at most this many bars; the smallest beyond are grouped as "Other". 0 = no limit. */
  maxBars: number;
  /** The extras' module (sector-breakdown.extras.ts), which the data's rest, counts, notes or missing total need. */
  extras?: SectorExtrasModule;
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

export { BAR, FONT, GAP, LINE };
/** Narrower than this, labels go above their bars. */
const NARROW = 520;

/** The default options. */
export const defaultSectorOptions: SectorLayoutOptions = { order: 'value', maxBars: 30 };

/** Step 3: the columns (label, bar, value) and the bar scale. */
interface SectorGeometry {
  narrow: boolean;
  valueTexts: string[];
  labelWidth: number;
  barX: number;
  x: LinearScale;
}

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
  const basis = sectorBasis(data, lang, options.extras);
  const rows = sectorRows(basis, options);
  const all = basis.x?.rows(rows) ?? rows;
  const geometry = sectorGeometry(basis, all, width);
  // Not published: the total as a headline (sector-breakdown.rare.ts, with the extras).
  const headline = basis.unpublished ? basis.x?.headline(width) : undefined;
  const { marks, bottom } = placeRows(basis, all, geometry, headline ? 46 + headline.caption.length * LINE + GAP : 0);
  // The tooltip keeps clear of the focused row (its value label) and of the headline total.
  for (const m of marks) m.keep = [[0, m.rowY, width, m.rowHeight], ...(headline ? [[0, 0, width, headline.y + 8] as const] : [])];
  let table: TableModel | undefined;
  return {
    width,
    height: Math.max(0, bottom - GAP),
    marks,
    mode: geometry.narrow ? 'stacked' : 'side',
    headline,
    summary: sectorSummary(basis),
    notices: sumNotices(basis, basis.check, basis.unit),
    // Built when first read (the table opened, a CSV saved): a chart of 30 bars from 10,000 items formats no 20,000
    // figures for a table nobody opens.
    get table() {
      return (table ??= sectorTable(basis));
    },
  };
}

function sectorGeometry(b: SectorBasis, rows: SectorRowData[], width: number): SectorGeometry {
  const { s } = b;
  const narrow = width < NARROW;
  const valueTexts = rows.map((r) =>
    r.value === null
      ? b.unpublished
        ? s.notPublished
        : s.missing
      : (b.x?.value(r.value, r.item) ?? `${b.fmt(r.value)} (${formatPercent(b.shareOf(r.value), b.lang)})`),
  );
  const valueRoom = Math.ceil(Math.max(...valueTexts.map((v) => textWidth(v, FONT)), 40)) + 8;
  // Not published: labels across the width, no bar column.
  const full = narrow || b.unpublished;
  const labelWidth = full ? width : Math.round(Math.min(300, Math.max(120, width * 0.34)));
  const barX = full ? 0 : labelWidth + 8;
  const barSpace = Math.max(20, width - barX - valueRoom);
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return { narrow, valueTexts, labelWidth, barX, x: linearScale([0, max || 1], [0, barSpace]) };
}

/** Step 4: each row's band, label, bar and value, top to bottom from `top`. */
function placeRows(b: SectorBasis, rows: SectorRowData[], g: SectorGeometry, top: number): { marks: SectorRow[]; bottom: number } {
  const { s, lang } = b;
  const { narrow, barX } = g;
  // Not published: one line a group, close together (the headline says "not published" once), a third of the height.
  const bare = b.unpublished;
  const gap = bare ? 6 : GAP;
  let y = top;
  const marks = rows.map((r, i): SectorRow => {
    const lines = wrapText(r.label, g.labelWidth - 4, FONT);
    const labelHeight = lines.length * LINE;
    const rowY = y;
    const rowHeight = bare ? labelHeight : narrow ? labelHeight + 4 + BAR : Math.max(labelHeight, BAR);
    const labelY = bare || narrow ? rowY + FONT : rowY + (rowHeight - labelHeight) / 2 + FONT;
    const barY = narrow ? rowY + labelHeight + 4 : rowY + (rowHeight - BAR) / 2;
    y += rowHeight + gap;
    const missing = r.value === null;
    const barWidth = missing ? 0 : Math.max(r.value! > 0 ? 1 : 0, round(g.x(r.value!)));
    const share = missing ? undefined : b.shareOf(r.value!);
    const valueText = g.valueTexts[i];
    const shown = missing ? [valueText] : (b.x?.figures(r.value!, r.item) ?? [b.fmtUnit(r.value!), formatPercent(share!, lang)]);
    const note = Array.isArray(r.item) ? '' : b.t(r.item.note);
    return {
      key: r.key,
      label: `${r.label}${s.colon}${shown.join(', ')}${note && `. ${note}`}`,
      tooltip: [r.label, shown.join(' · '), ...(note ? [note] : [])],
      x: round(barX + barWidth / 2), // barWidth ≥ 0: values are never negative (the schema)
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
  return { marks, bottom: y - gap + GAP };
}
