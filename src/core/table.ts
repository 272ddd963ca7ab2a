/** The model of the data table every widget renders. */

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
  /**
   * The figure behind a numeric cell, where its text is rounded or worded
   * (`values[row][column]`): the CSV download writes it as a number. Optional:
   * without it the download reads the number from the cell's text.
   */
  values?: Array<Array<number | null | undefined>>;
}
