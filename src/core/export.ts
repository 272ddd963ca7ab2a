/**
 * Downloads (a chunk loaded when a widget has the `actions` attribute): the
 * buttons, the data as CSV (UTF-8 with BOM, so Excel shows Vietnamese), the
 * chart as SVG and as PNG at 2x, with the title, subtitle, note and source
 * line burnt in. Everything happens in the browser; the PNG is painted on a
 * canvas (core/svg-canvas.ts), not loaded as an image, so that a strict
 * Content-Security-Policy (`img-src 'self'`) does not block it.
 */
import { dsvFormat } from 'd3-dsv';
import { html, nothing, type TemplateResult } from 'lit';
import { uiStrings } from './i18n.js';
import { wrapText } from './measure.js';
import { csvColumn, csvDelimiter, safeCell } from './csv-numbers.js';
export { csvDelimiter, safeCell };
import { svgToCanvas } from './svg-canvas.js';
import type { ChartLayout } from './chart.js';
import type { TableModel } from './table.js';

export type DownloadKind = 'csv' | 'png' | 'svg';

/** Said beside the buttons when a file could not be made (`{kind}`: CSV, PNG, SVG); English for other languages. */
const FAILED: Record<string, string> = {
  vi: 'Trình duyệt này không tạo được tệp {kind}.',
  en: 'This browser could not make the {kind} file.',
};

/** Per widget (its render root): the language of its buttons, and the kind of its last download that could not be made. */
const langs = new WeakMap<ParentNode, string>();
const failures = new WeakMap<ParentNode, DownloadKind>();

/**
 * The download buttons an `actions` value asks for (`csv`, `png`, `svg`,
 * space- or comma-separated, or `all`); PNG and SVG only for SVG charts.
 * A download of `root` that could not be made is said after them, as a status.
 */
export function actionsView(
  actions: string,
  svgChart: boolean,
  lang: string,
  onPick: (kind: DownloadKind) => void,
  root?: ParentNode,
): TemplateResult | typeof nothing {
  const failed = root && failures.get(root);
  if (root) langs.set(root, lang);
  const words = actions.toLowerCase().split(/[\s,]+/);
  const all = words.includes('all');
  const kinds = (['csv', 'png', 'svg'] as const).filter((k) => (all || words.includes(k)) && (k === 'csv' || svgChart));
  if (!kinds.length) return nothing;
  const s = uiStrings(lang);
  const labels = { csv: s.downloadCsv, png: s.downloadPng, svg: s.downloadSvg };
  return html`<div class="actions" part="actions">
    ${kinds.map((k) => html`<button type="button" class="table-toggle" part="action" @click=${() => onPick(k)}>${labels[k]}</button>`)}
    ${failed ? html`<span role="status">${(FAILED[lang.split('-')[0]] ?? FAILED.en).replace('{kind}', failed.toUpperCase())}</span>` : nothing}
  </div>`;
}

/** A file name from a title: `Sản phẩm công nghiệp 2022` → `san-pham-cong-nghiep-2022`. */
export function fileName(title: string, ext: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'citystat'}.${ext}`;
}

/**
 * The data table as CSV text with a BOM, in the dialect of `lang`'s
 * spreadsheets: vi `;` between cells and a decimal comma, other languages `,`
 * and a point (core/csv-numbers.ts). Figures are written as numbers, a unit
 * shared by a whole column (`%`, `dự án`) in its header; no text cell can run
 * as a formula.
 */
export function tableCsv(table: TableModel, lang = 'en'): string {
  const columns = table.columns.map((c, j) => csvColumn(c, j, table, lang));
  const body = table.rows.map((row, i) => row.map((cell, j) => columns[j]?.cell(cell, table.values?.[i]?.[j]) ?? safeCell(cell)));
  return csvText([columns.map((c) => c.header), ...body], lang);
}

/** Rows as CSV text with a BOM, in `lang`'s dialect. */
const csvText = (rows: string[][], lang: string) => '\uFEFF' + dsvFormat(csvDelimiter(lang)).formatRows(rows) + '\r\n';

/** What a widget's table reader may add for the download: rows of its own CSV form (KPI: a column per field). */
interface CsvForm {
  csvRows?: (layout: ChartLayout, lang: string) => string[][];
}

/**
 * The CSV download of the widget whose render root is `root`: its own CSV
 * form when its table reader has one, so that every figure is a number its
 * reader reads back (the KPI table words its figures); else the data table.
 */
export async function widgetCsv(table: TableModel, root: ParentNode, lang: string): Promise<string> {
  type Host = Element & { tableReader?: () => Promise<CsvForm>; layout?: ChartLayout };
  const host = (root as ShadowRoot).host as Host | undefined;
  const rows = host?.layout && (await host.tableReader?.())?.csvRows?.(host.layout, lang);
  return rows ? csvText(rows, lang) : tableCsv(table, lang);
}

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
];

/**
 * A standalone SVG of a rendered chart: the chart's `<svg>` with its computed
 * styles inlined, the title (and subtitle) above, the note and the source line
 * below (`foot`, one block each).
 */
export function chartSvg(
  chart: SVGSVGElement,
  title: string,
  foot: string | string[],
  subtitle?: { text: string; color: string },
): { svg: string; node: SVGSVGElement; width: number; height: number } {
  const width = Math.ceil(chart.viewBox.baseVal?.width || chart.clientWidth);
  const chartHeight = Math.ceil(chart.viewBox.baseVal?.height || chart.clientHeight);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const src = [chart, ...chart.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = dst[i] as SVGElement;
    target.removeAttribute('class');
    target.removeAttribute('part');
    target.removeAttribute('tabindex');
    // Presentation attributes, not a style attribute: no CSP 'unsafe-inline' needed.
    for (const p of STYLE_PROPS) target.setAttribute(p, cs.getPropertyValue(p));
  });
  const rootStyle = getComputedStyle(chart);
  const text = rootStyle.color;
  const font = rootStyle.fontFamily.replace(/"/g, "'");
  // A margin all round, so that a posted image does not crop the title's first
  // letter; title, subtitle and source wrap to the chart's width (a phone-sized
  // chart has a title longer than itself).
  const pad = 16;
  const ns = 'http://www.w3.org/2000/svg';
  const block = (content: string, size: number, weight: string, fill: string, lineHeight: number) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('fill', fill);
    t.setAttribute('font-family', font);
    t.setAttribute('font-size', `${size}px`);
    t.setAttribute('font-weight', weight);
    const lines = content ? wrapText(content, weight === '700' ? width / 1.1 : width, size, 6) : [];
    lines.forEach((l, i) => {
      const span = document.createElementNS(ns, 'tspan');
      span.setAttribute('x', String(pad));
      span.setAttribute('dy', String(i ? lineHeight : 0));
      span.textContent = l;
      t.append(span);
    });
    return { t, height: lines.length * lineHeight };
  };
  const head = [block(title, 18, '700', text, 24), block(subtitle?.text ?? '', 14, '400', subtitle?.color ?? text, 19)];
  const feet = (typeof foot === 'string' ? [foot] : foot).map((line) => block(line, 12, '400', text, 16));
  let y = pad;
  for (const b of head) {
    b.t.setAttribute('y', String(y + (b === head[0] ? 18 : 15)));
    y += b.height + (b.height && b === head[0] ? 2 : 0);
  }
  const top = y + 16;
  let bottom = top + chartHeight + 12;
  for (const f of feet) {
    f.t.setAttribute('y', String(bottom + 12));
    bottom += f.height;
  }
  const height = bottom + pad;
  const fullWidth = width + 2 * pad;
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('width', String(fullWidth));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${fullWidth} ${height}`);
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute(
    'fill',
    getComputedStyle(chart.parentElement ?? chart).backgroundColor === 'rgba(0, 0, 0, 0)'
      ? '#ffffff'
      : getComputedStyle(chart.parentElement!).backgroundColor,
  );
  out.append(bg, ...head.filter((b) => b.height).map((b) => b.t));
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('transform', `translate(${pad} ${top})`);
  for (const child of [...clone.childNodes]) g.append(child);
  out.append(g);
  out.append(...feet.filter((f) => f.height).map((f) => f.t));
  return { svg: new XMLSerializer().serializeToString(out), node: out, width: fullWidth, height };
}

/** Paints an exported chart SVG to a PNG blob at `scale` times its size. */
export async function svgToPng(svg: SVGSVGElement, width: number, height: number, scale = 2): Promise<Blob> {
  const canvas = svgToCanvas(svg, width, height, scale);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Saves a blob under a file name (an `<a download>` click). */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Makes and saves one download of a rendered widget: `csv` (the data table,
 * in the dialect of the buttons' language), `svg` or `png` (the chart in `root`, with the title,
 * subtitle, note and source line). Returns the file name, or '' when there is
 * no SVG chart to export or the browser could not make the file (no canvas,
 * an encoder error): never throws, and `actionsView` then says so.
 */
export async function download(kind: DownloadKind, table: TableModel, title: string, root: ParentNode): Promise<string> {
  let name = '';
  try {
    name = await makeFile(kind, table, title, root, langs.get(root) ?? 'en');
  } catch {
    // said by actionsView
  }
  if (name) failures.delete(root);
  else failures.set(root, kind);
  // The widget draws its buttons again, with the status.
  ((root as ShadowRoot).host as (Element & { requestUpdate?: () => void }) | undefined)?.requestUpdate?.();
  return name;
}

async function makeFile(kind: DownloadKind, table: TableModel, title: string, root: ParentNode, lang: string): Promise<string> {
  const name = fileName(title, kind);
  if (kind === 'csv') {
    save(new Blob([await widgetCsv(table, root, lang)], { type: 'text/csv;charset=utf-8' }), name);
    return name;
  }
  const chart = root.querySelector('svg.plot') as SVGSVGElement | null;
  if (!chart) return '';
  const line = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const sub = root.querySelector('.subtitle');
  const subtitle = sub ? { text: line(sub), color: getComputedStyle(sub).color } : undefined;
  const out = chartSvg(chart, title, [line(root.querySelector('.note')), line(root.querySelector('.source'))], subtitle);
  save(kind === 'svg' ? new Blob([out.svg], { type: 'image/svg+xml' }) : await svgToPng(out.node, out.width, out.height, 2), name);
  return name;
}
