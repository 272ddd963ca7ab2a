/** FDI composition, step 4: the legend table under or beside the chart (columns, or figures under the label). */
import { FONT, LINE } from '../../core/layout-kit.js';
import { textWidth, wrapText } from '../../core/measure.js';
import type { Placed } from './fdi-composition.layout.js';
import type { FdiRowData } from './fdi-composition.rows.js';

const PAD = 7;
/** Gap between figure columns, px. */
const COL_GAP = 16;
const SWATCH = 12;
const MAX_ROWS = 720;
/** Narrowest label column before figures go under the label. */
const MIN_LABEL = 150;
/** Bold text (the capital) is measured this much wider. */
export const BOLD = 1.1;

/** Where the legend's columns sit. */
export interface LegendColumns {
  /** Figures in columns beside the label (else under it). */
  columns: boolean;
  labelX: number;
  labelWidth: number;
  /** Each figure column's x: the right edge for capital and share, the left for the count. */
  colX: number[];
  rowX: number;
  rowWidth: number;
}

/** One row's text, placed relative to its label's first baseline, and its height. */
export interface LegendRow {
  lines: string[];
  figures: Placed[];
  height: number;
}

const widest = (texts: string[]) => Math.ceil(Math.max(0, ...texts.map((x) => textWidth(x, FONT))));

export function legendColumns(rows: FdiRowData[], rowX: number, width: number): LegendColumns {
  const room = Math.min(MAX_ROWS, width - rowX);
  const colW = rows[0].cells.map((_, k) => widest(rows.map((r) => r.cells[k])));
  const labelMax = widest(rows.map((r) => r.label));
  const labelX = rowX + SWATCH + 8;
  // Columns when the labels get at least MIN_LABEL px; the label column is no wider than its longest label.
  const labelWidth = Math.min(labelMax, rowX + room - labelX - colW.reduce((sum, w) => sum + COL_GAP + w, 0));
  const columns = labelWidth >= Math.min(MIN_LABEL, labelMax);
  // Capital and share right-aligned (x is the right edge), the count left-aligned.
  let right = labelX + labelWidth;
  const colX = colW.map((w, k) => (right += COL_GAP + w) - (k > 1 ? w : 0));
  return { columns, labelX, labelWidth, colX, rowX, rowWidth: columns ? right - rowX : room };
}

export function legendRow(r: FdiRowData, cols: LegendColumns): LegendRow {
  const { columns, labelX, rowX, rowWidth } = cols;
  const lines = wrapText(r.label, columns ? cols.labelWidth : rowX + rowWidth - labelX, FONT);
  const figures: Placed[] = [];
  if (columns) {
    r.cells.forEach((text, k) => figures.push({ x: cols.colX[k], y: 0, anchor: k > 1 ? 'start' : 'end', spans: [{ text, strong: !k }] }));
  } else {
    // Figures flow under the label: `2.041 triệu USD · 80,8% · 252 lượt`, wrapping between pieces.
    let line: Placed | undefined;
    let used = 0;
    r.cells.forEach((text, k) => {
      if (!text) return; // the rest's count: nothing to say, no trailing separator
      const w = textWidth(` · ${text}`, FONT);
      if (line && labelX + used + w <= rowX + rowWidth) {
        used += w;
        line.spans.push({ text: ` · ${text}`, strong: false });
        return;
      }
      // A piece wider than the row (a long count unit) wraps on lines of its own.
      const scale = k ? 1 : BOLD;
      const parts = wrapText(text, (rowX + rowWidth - labelX) / scale, FONT, 4);
      for (const part of parts) {
        line = { x: labelX, y: (lines.length + figures.length) * LINE, anchor: 'start', spans: [{ text: part, strong: !k }] };
        figures.push(line);
      }
      used = textWidth(parts[parts.length - 1], FONT) * scale;
    });
  }
  return { lines, figures, height: (lines.length + (columns ? 0 : figures.length)) * LINE + 2 * PAD };
}

/** The first baseline of a row starting at `rowY`. */
export const legendBaseline = (rowY: number): number => rowY + PAD + FONT - 1;
