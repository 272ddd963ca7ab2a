/**
 * A CSV file's header block: lines before the header row that say what the
 * chart is, one `# key: text` a line (docs/design.md, README "CSV"):
 *
 *     # title: Vốn FDI đăng ký mới theo ngành
 *     # subtitle: 9 tháng đầu năm 2023
 *     # unit: triệu USD
 *     # source: Sở Kế hoạch và Đầu tư
 *     # source-url: https://example.gov.vn/fdi
 *     # note: Số liệu sơ bộ.
 *
 * Keys in English or Vietnamese (`tiêu đề`, `phụ đề`, `đơn vị`, `nguồn`,
 * `nguồn-url`, `ghi chú`), any case. Only these keys at the top of the file
 * are read: a header cell `#` (a rank column) or a `#` line later on stays data.
 */
import type { TableText } from './table-read.js';

/** What a header block gives: the table's words, and the unit. */
export type CsvMeta = Partial<Pick<TableText, 'caption' | 'subtitle' | 'note' | 'unit' | 'source'>>;

const KEYS: Record<string, 'caption' | 'subtitle' | 'note' | 'unit' | 'source' | 'url'> = {
  title: 'caption',
  'tiêu đề': 'caption',
  subtitle: 'subtitle',
  'phụ đề': 'subtitle',
  unit: 'unit',
  'đơn vị': 'unit',
  source: 'source',
  nguồn: 'source',
  'source-url': 'url',
  'nguồn-url': 'url',
  note: 'note',
  'ghi chú': 'note',
};

/**
 * Reads the header block of `text` (BOM and line ends already normalized).
 * Its lines are blanked, not removed, so that file lines in messages stay
 * those of the file.
 */
export function readCsvMeta(text: string): { text: string; meta: CsvMeta } {
  const meta: CsvMeta = {};
  let url: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const m = /^\s*#\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(lines[i]);
    const key = m && KEYS[m[1].toLowerCase()];
    if (!key) break;
    if (key === 'url') url = m[2];
    else if (key === 'source') meta.source = { name: m[2] };
    else meta[key] = m[2];
    lines[i] = '';
  }
  if (url) meta.source = { name: meta.source?.name ?? url, url };
  return { text: lines.join('\n'), meta };
}
