/**
 * Downloads (a chunk loaded when a widget has the `actions` attribute): the
 * buttons, the data as CSV (UTF-8 with BOM, so Excel shows Vietnamese), the
 * chart as SVG and as PNG at 2x, with the title and the source line burnt in.
 * Everything happens in the browser.
 */
import { csvFormatRows } from 'd3-dsv';
import { html, nothing, type TemplateResult } from 'lit';
import { uiStrings } from './i18n.js';
import { wrapText } from './measure.js';
import type { TableModel } from './table.js';

export type DownloadKind = 'csv' | 'png' | 'svg';

/**
 * The download buttons an `actions` value asks for (`csv`, `png`, `svg`,
 * space- or comma-separated, or `all`); PNG and SVG only for SVG charts.
 */
export function actionsView(
  actions: string,
  svgChart: boolean,
  lang: string,
  onPick: (kind: DownloadKind) => void,
): TemplateResult | typeof nothing {
  const words = actions.toLowerCase().split(/[\s,]+/);
  const all = words.includes('all');
  const kinds = (['csv', 'png', 'svg'] as const).filter((k) => (all || words.includes(k)) && (k === 'csv' || svgChart));
  if (!kinds.length) return nothing;
  const s = uiStrings(lang);
  const labels = { csv: s.downloadCsv, png: s.downloadPng, svg: s.downloadSvg };
  return html`<div class="actions" part="actions">
    ${kinds.map((k) => html`<button type="button" class="table-toggle" part="action" @click=${() => onPick(k)}>${labels[k]}</button>`)}
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

/** The data table as CSV text with a BOM: header row, then the rows as shown. */
export function tableCsv(table: TableModel): string {
  return '\uFEFF' + csvFormatRows([table.columns.map((c) => c.label), ...table.rows]) + '\r\n';
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
 * styles inlined, the title (and subtitle) above and the source line below.
 */
export function chartSvg(
  chart: SVGSVGElement,
  title: string,
  source: string,
  subtitle?: { text: string; color: string },
): { svg: string; width: number; height: number } {
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
  const foot = block(source, 12, '400', text, 16);
  let y = pad;
  for (const b of head) {
    b.t.setAttribute('y', String(y + (b === head[0] ? 18 : 15)));
    y += b.height + (b.height && b === head[0] ? 2 : 0);
  }
  const top = y + 16;
  foot.t.setAttribute('y', String(top + chartHeight + 24));
  const height = top + chartHeight + 12 + foot.height + pad;
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
  if (foot.height) out.append(foot.t);
  return { svg: new XMLSerializer().serializeToString(out), width: fullWidth, height };
}

/** Renders an SVG text to a PNG blob at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
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
 * Makes and saves one download of a rendered widget: `csv` (the data table),
 * `svg` or `png` (the chart in `root`, with the title and the source line).
 * Returns the file name, or '' when there is no SVG chart to export.
 */
export async function download(kind: DownloadKind, table: TableModel, title: string, root: ParentNode): Promise<string> {
  const name = fileName(title, kind);
  if (kind === 'csv') {
    save(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
    return name;
  }
  const chart = root.querySelector('svg.plot') as SVGSVGElement | null;
  if (!chart) return '';
  const source = (root.querySelector('.source')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const sub = root.querySelector('.subtitle');
  const subtitle = sub ? { text: (sub.textContent ?? '').replace(/\s+/g, ' ').trim(), color: getComputedStyle(sub).color } : undefined;
  const out = chartSvg(chart, title, source, subtitle);
  save(kind === 'svg' ? new Blob([out.svg], { type: 'image/svg+xml' }) : await svgToPng(out.svg, out.width, out.height, 2), name);
  return name;
}
