import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { duplicateIds, type Issue } from '../../core/validate.js';
import { schema } from '../../generated/sector-breakdown.schema.js';
import { schemaValidator } from '../../core/schema.js';
import { layoutSectorBreakdown, type SectorLayout } from './sector-breakdown.layout.js';
import { sectorStyles } from './sector-breakdown.styles.js';
import type { SectorExtrasModule } from './sector-breakdown.rows.js';
import type { SectorBreakdownData } from './sector-breakdown.types.js';

/**
 * The extras of partial, counted or annotated data (<widget>.extras.ts), a
 * chunk that plain data never loads: its module once loaded (null when it
 * could not load: drawn without them, such data would lose its published
 * decimals, missing values or rest, so such data gets an error instead, until
 * the page is reloaded).
 */
let extras: SectorExtrasModule | null | undefined;
/**
 * Data that needs the extras: a rest, no total, published decimals, a `%` unit, a count or a note, more items than
 * `maxBars` (grouped) or than 50 (drawn in bands, sector-breakdown.bands.ts), no breakdown.
 */
const needsExtras = (d: SectorBreakdownData, maxBars: number) =>
  d.rest ||
  // 50: BANDED (sector-breakdown.bands.ts), written out: importing it would move that module into this chunk.
  d.items.length > ((maxBars < 50 && maxBars) || 50) ||
  d.breakdownPublished === false ||
  d.decimals ||
  d.unit == '%' ||
  (d.total === undefined && d.items.length > 1) ||
  d.items.some((i) => i.value === null || i.count !== undefined || i.note);

/**
 * Parts of a whole by category (e.g. key industrial products by industry
 * group) as sorted horizontal bars with value and share; long labels wrap.
 *
 * @summary Parts of a whole as labelled horizontal bars.
 * @tag citystat-sector-breakdown
 * @csspart bar - Each bar.
 * @cssprop --citystat-sector-bar-color - Bar colour (default: the accent colour).
 */
export class CitystatSectorBreakdown extends CitystatElement<SectorBreakdownData, SectorLayout> {
  static override styles = [...CitystatElement.styles, sectorStyles];

  static override properties = {
    ...CitystatElement.properties,
    order: { type: String, reflect: true },
    maxBars: { type: Number, attribute: 'max-bars' },
  };

  /** Bar order: `value` (largest first, default) or `data` (the publisher's order). */
  declare order: 'value' | 'data';
  /** Draw at most this many bars; the smallest beyond are grouped as "Khác / Other" (default 30; 0 = all; more than 50 rows are drawn in bands). */
  declare maxBars: number;

  protected readonly validator = schemaValidator(schema);

  constructor() {
    super();
    this.order = 'value';
    this.maxBars = 30;
  }

  protected override layoutInputs(): unknown[] {
    return [this.order, this.maxBars, extras];
  }

  protected override checkData(data: SectorBreakdownData): Issue[] {
    const issues = duplicateIds(data.items, 'items');
    if (data.breakdownPublished === false) {
      data.items.forEach((item, i) => {
        if (item.value !== null) issues.push({ code: 'errType', path: `items[${i}].value`, params: { type: 'null', got: 'number' } });
      });
    }
    return issues;
  }

  protected isEmpty(data: SectorBreakdownData): boolean {
    return data.items.length === 0 && data.total === undefined;
  }

  protected computeLayout(data: SectorBreakdownData, width: number, lang: string): SectorLayout | undefined {
    const maxBars = Number.isFinite(this.maxBars) && this.maxBars >= 0 ? Math.floor(this.maxBars) : 30;
    // Not laid out until the extras are there (settled() waits for the layout).
    if (!extras && needsExtras(data, maxBars)) {
      if (extras === null) throw 'errLayoutChunk'; // LAYOUT_CHUNK: chart-element.ts shows the error
      void import('./sector-breakdown.extras.js')
        .then(
          (m) => (extras = m),
          () => (extras = null),
        )
        .then(() => this.requestUpdate());
      return undefined;
    }
    const layout = layoutSectorBreakdown(data, width, lang, {
      order: this.order === 'data' ? 'data' : 'value',
      maxBars,
      extras: extras ?? undefined,
    });
    // More than 50 rows: drawn in bands (the extras, loaded for so many items), blocks rather than one <svg>; the
    // downloads are then the CSV only (no image of 1,000 rows).
    this.htmlChart = !!(layout.bands = extras?.sectorBands(layout.marks, layout.height));
    return layout;
  }

  /** The table/CSV reader, loaded on demand (see sector-breakdown.table.ts). */
  protected tableReader() {
    return import('./sector-breakdown.table.js');
  }

  protected renderChart(
    layout: SectorLayout,
    tip: (layout: SectorLayout) => SVGTemplateResult | undefined,
  ): SVGTemplateResult | TemplateResult {
    // Missing values, a not-published headline and a long chart's bands are drawn by the extras (loaded for such data).
    const h = layout.headline;
    const head = h ? extras?.headlineView(this, h) : null;
    const rows = layout.marks.map(
      // Fewer nodes per bar: the focus ring only where it can show, one line as the <text>'s own text (no tspan).
      (m, i) =>
        svg`<g class=${this.markClass(i) + (m.grouped ? ' grouped' : '')} part="mark" role="listitem" aria-label=${m.label} tabindex=${this.tabIndexFor(i)} data-index=${i}>${
          this.ringed(i)
            ? svg`<rect class="focus-ring" x="-4" y=${m.rowY - 4} width=${layout.width + 8} height=${m.rowHeight + 8} rx="4" />`
            : null
        }<text part="label" x=${m.labelX} y=${m.labelY} aria-hidden="true">${
          // `dy` is 0 on the first line, 18 after
          m.lines[1] ? m.lines.map((line, j) => svg`<tspan x=${m.labelX} dy=${j && 18}>${line}</tspan>`) : m.lines[0]
        }</text>${
          m.missing
            ? h
              ? null
              : extras?.missingView(this, m)
            : svg`<rect class="bar" part="bar" x=${m.barX} y=${m.barY} width=${m.barWidth} height=${m.barHeight} rx="2" /><text class="value" part="label" x=${m.valueX} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
        }</g>`,
    );
    return layout.bands ? extras!.bandsView(this, layout, rows, head, tip(layout)) : svg`${head}${rows}`;
  }
}
