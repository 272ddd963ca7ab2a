/**
 * The KPI widget's CSV form (with its table reader, loaded on demand): one
 * column per field of a figure, so that every figure is a number in a cell of
 * its own, as the download writes it and the reader reads it back. The data
 * table shows the figures worded ("tăng 3,93% so với cùng kỳ"); a file holds
 * `3,93` under `Giá trị`, `percent-change` under `Dạng` and `so với cùng kỳ`
 * under `So với`. Other languages write the English headers.
 */
import type { ChartLayout } from '../../core/chart.js';
import { csvNumber, csvYes, readsYes, safeCell } from '../../core/csv-numbers.js';
import { parseLocaleNumber, type CellText } from '../../core/table-read.js';
import { wordsFor } from '../../core/layout-kit.js';
import type { LocalizedText } from '../../core/types.js';
import type { KpiFigure } from './kpi.types.js';

type Kind = 'text' | 'number' | 'word' | 'yes' | 'list';

/** The fields of a figure written to their own columns: path, kind, vi and en headers. */
const FIELDS: ReadonlyArray<readonly [path: string, kind: Kind, vi: string, en: string]> = [
  ['format', 'word', 'Dạng', 'Format'],
  ['unit', 'text', 'Đơn vị', 'Unit'],
  ['compact', 'yes', 'Viết gọn', 'Compact'],
  ['comparison', 'text', 'So với', 'Compared with'],
  ['direction', 'word', 'Hướng', 'Direction'],
  ['detail', 'text', 'Chi tiết', 'Detail'],
  ['change.value', 'number', 'Thay đổi', 'Change'],
  ['change.kind', 'word', 'Kiểu thay đổi', 'Change kind'],
  ['change.comparison', 'text', 'Thay đổi so với', 'Change compared with'],
  ['change.direction', 'word', 'Hướng thay đổi', 'Change direction'],
  ['progress.value', 'number', 'Tiến độ', 'Progress'],
  ['progress.total', 'number', 'Tiến độ: tổng', 'Progress total'],
  ['progress.label', 'text', 'Tiến độ: đơn vị', 'Progress unit'],
  ['progress.target.min', 'number', 'Mục tiêu từ', 'Target from'],
  ['progress.target.max', 'number', 'Mục tiêu đến', 'Target to'],
  ['progress.target.label', 'text', 'Mục tiêu gồm', 'Target of'],
  ['period', 'text', 'Thời gian', 'Period'],
  ['trend', 'list', 'Xu hướng', 'Trend'],
];

const isVi = (lang: string) => lang.split('-')[0].toLowerCase() === 'vi';

type Fields = Record<string, unknown>;

function get(f: KpiFigure, path: string): unknown {
  return path.split('.').reduce<unknown>((o, key) => (o as Fields | undefined)?.[key], f);
}

/** Sets a field of `f` by its path, making the objects on the way. */
function set(f: KpiFigure, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = f as unknown as Fields;
  for (const key of keys.slice(0, -1)) o = (o[key] ??= {}) as Fields;
  o[keys[keys.length - 1]] = value;
}

/**
 * The rows of the CSV download: the header, then one row per figure with its
 * label, its value as a number and each field that any figure has.
 */
export function csvRows(layout: ChartLayout, lang: string): string[][] {
  const figures = layout.marks.map((m) => m.datum as KpiFigure);
  const vi = isVi(lang);
  const { t } = wordsFor(lang, undefined);
  const fields = FIELDS.filter(([path]) => figures.some((f) => get(f, path) !== undefined && get(f, path) !== false));
  const cell = (f: KpiFigure, path: string, kind: Kind): string => {
    const v = get(f, path);
    if (v === undefined || v === null || v === false) return '';
    if (kind === 'number') return csvNumber(v as number, lang);
    if (kind === 'list') return (v as number[]).map((x) => csvNumber(x, lang)).join('; ');
    if (kind === 'yes') return csvYes(lang);
    return safeCell(kind === 'text' ? t(v as LocalizedText) : String(v));
  };
  const [figure, value] = vi ? ['Chỉ số', 'Giá trị'] : ['Figure', 'Value'];
  return [
    [figure, value, ...fields.map(([, , hv, he]) => (vi ? hv : he))],
    ...figures.map((f) => [
      safeCell(t(f.label)),
      f.value === null ? '' : csvNumber(f.value, lang),
      ...fields.map(([path, kind]) => cell(f, path, kind)),
    ]),
  ];
}

/** Read by the table reader itself, as in a hand-written table (kpi.table.ts: the unit is its one other column). */
const READ_BY_TABLE = ['unit', 'change.value', 'period', 'trend'];

/** The other columns of `headers` that hold one field each, by header (vi or en), with their index. */
export function fieldColumns(headers: string[]): Array<{ index: number; path: string; kind: Kind }> {
  const out: Array<{ index: number; path: string; kind: Kind }> = [];
  headers.forEach((h, index) => {
    const field = FIELDS.find(([, , vi, en]) => [vi, en].some((w) => w.toLowerCase() === h.trim().toLowerCase()));
    if (field && !READ_BY_TABLE.includes(field[0])) out.push({ index, path: field[0], kind: field[1] });
  });
  return out;
}

/**
 * Reads the one-field columns of a row into `f`; returns the index of a
 * column whose number is not one, else -1. An empty cell leaves its field out.
 */
export function readFields(f: KpiFigure, cells: CellText[], columns: ReturnType<typeof fieldColumns>, lang: string): number {
  for (const { index, path, kind } of columns) {
    const text = cells[index]?.text ?? '';
    if (!text) continue;
    let value: unknown = text;
    if (kind === 'number') value = parseLocaleNumber(text, lang);
    if (kind === 'list') value = text.split(/\s*;\s*/).map((t) => parseLocaleNumber(t, lang));
    if (kind === 'yes') value = readsYes(text);
    if ([value].flat().some((v) => typeof v === 'number' && !Number.isFinite(v))) return index;
    set(f, path, value);
  }
  return -1;
}
