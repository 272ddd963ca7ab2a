/**
 * The trend widget's CSV form (with its table reader, loaded on demand): the
 * data table's period column and a column per series, every figure a number
 * (`4,3`, not `+4,3 (ước tính)`), and after a series with estimates a column
 * headed `Ước tính` / `Estimate` that says `có` / `yes` beside each estimate.
 * trend.table.ts reads the file back to the same data.
 */
import type { ChartLayout } from '../../core/chart.js';
import { csvNumber, csvYes, safeCell, shownNumber } from '../../core/csv-numbers.js';
import { uiStrings } from '../../core/i18n.js';
import { packs } from '../../core/table-read.js';
import type { TrendMark } from './trend.layout.js';
import './trend.words.js'; // puts the words in the packs (`s.trend`): see trend.table.ts

/** True when a header names an estimate column (in any known language). */
export const isEstimateHeader = (header: string, lang: string): boolean =>
  packs(lang).some((s) => s.trend.estimate.toLowerCase() === header.trim().toLowerCase());

/**
 * A figure as its cell writes it: the number the data table shows, with its
 * decimals (`3,0` stays `3,0`) and without the estimate word; all its digits
 * when the table's text is not a plain number.
 */
function figureCell(mark: TrendMark, shown: string, lang: string): string {
  const word = ` (${uiStrings(lang).trend.estimate})`;
  const number = shownNumber(mark.estimate && shown.endsWith(word) ? shown.slice(0, -word.length) : shown, lang);
  // The raw value at the shown decimals rounds as the table did, sign and all (`-0,00000`).
  return csvNumber((mark.datum as { value: number }).value, lang, number?.decimals);
}

/** The rows of the CSV download: the header, then one row per period of the data table. */
export function csvRows(layout: ChartLayout, lang: string): string[][] {
  const { table } = layout;
  const marks = layout.marks as TrendMark[];
  const series = table.columns.slice(1).map((_, k) => new Map(marks.filter((m) => m.series === k).map((m) => [m.tooltip![0], m])));
  const word = uiStrings(lang).trend.estimate;
  const estimate = word[0].toUpperCase() + word.slice(1);
  const yes = csvYes(lang);
  const withEstimates = series.map((byPeriod) => [...byPeriod.values()].some((m) => m.estimate));
  const header = [safeCell(table.columns[0].label)];
  table.columns.slice(1).forEach((c, k) => header.push(safeCell(c.label), ...(withEstimates[k] ? [estimate] : [])));
  const rows = table.rows.map((row) => {
    const cells = [safeCell(row[0])];
    series.forEach((byPeriod, k) => {
      const mark = byPeriod.get(row[0]);
      cells.push(!mark || mark.missing ? safeCell(row[k + 1]) : figureCell(mark, row[k + 1], lang));
      if (withEstimates[k]) cells.push(mark?.estimate ? yes : '');
    });
    return cells;
  });
  return [header, ...rows];
}
