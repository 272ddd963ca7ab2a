/**
 * Reading a light-DOM `<table>` (the progressive-enhancement source) and the
 * model of the data table every widget renders.
 */

/** Cells of an HTML table as text, with optional machine values from `data-value`. */
export interface TableText {
  caption: string;
  headers: string[];
  rows: Array<Array<{ text: string; value: string | null }>>;
}

/** Reads a `<table>`: the caption, header cells and the body rows' cells. */
export function readTable(table: HTMLTableElement): TableText {
  const caption = table.caption?.textContent?.trim() ?? '';
  const allRows = [...table.rows];
  const headRow = table.tHead?.rows[0] ?? (allRows[0] && [...allRows[0].cells].every((c) => c.tagName === 'TH') ? allRows[0] : undefined);
  const headers = headRow ? [...headRow.cells].map((c) => c.textContent?.trim() ?? '') : [];
  const rows = allRows
    .filter((r) => r !== headRow && r.parentElement?.tagName !== 'THEAD' && r.parentElement?.tagName !== 'TFOOT')
    .map((r) =>
      [...r.cells].map((c) => ({
        text: (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
        value: c.getAttribute('data-value'),
      })),
    );
  return { caption, headers, rows };
}

/** One column of a rendered data table. */
export interface TableColumn {
  label: string;
  /** Numeric columns are right-aligned. */
  numeric?: boolean;
}

/** The data table a widget renders: the same rows the chart draws. */
export interface TableModel {
  caption: string;
  columns: TableColumn[];
  /** Each row: the first cell is the row header. */
  rows: string[][];
}
