import { nothing, svg, type SVGTemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { duplicateIds, type Issue } from '../../core/validate.js';
import { schema } from '../../generated/fdi-composition.schema.js';
import { schemaValidator } from '../../core/schema.js';
import { LINE, layoutFdiComposition, type FdiLayout } from './fdi-composition.layout.js';
import { fdiStyles } from './fdi-composition.styles.js';
import type { FdiExtrasModule } from './fdi-composition.rows.js';
import type { FdiCompositionData } from './fdi-composition.types.js';

/**
 * The extras of partial or annotated data (<widget>.extras.ts), a chunk that
 * plain data never loads: its module once loaded (null when it could not
 * load: such data then gets an error, until the page is reloaded).
 */
let extras: FdiExtrasModule | null | undefined;

/**
 * Foreign direct investment as parts of a total: each part's capital, its
 * share of the total and its count of projects or transactions. One 100%
 * stacked bar (or a donut with the total in its centre) keeps the figures in
 * rows outside the marks, so thin parts stay readable on a phone. With
 * `patterns`, each part's segment (or slice) and colour key also get the
 * texture of its palette colour.
 *
 * @summary FDI parts of a total as a stacked bar or a donut with labelled rows.
 * @tag citystat-fdi-composition
 * @csspart segment - Each bar segment or donut slice.
 * @csspart key - The colour key of each row.
 * @cssprop --citystat-color-1 - Colour of the 1st part (likewise -2 … -8, the shared palette; the 9th part reuses -1).
 */
export class CitystatFdiComposition extends CitystatElement<FdiCompositionData, FdiLayout> {
  static override styles = [...CitystatElement.styles, fdiStyles];

  static override properties = {
    ...CitystatElement.properties,
    variant: { type: String, reflect: true },
  };

  /** `bar`: one 100% stacked bar (default); `donut`: a ring with the total in its centre. */
  declare variant: 'bar' | 'donut';

  protected readonly validator = schemaValidator(schema);

  constructor() {
    super();
    this.variant = 'bar';
  }

  protected override layoutInputs(): unknown[] {
    return [this.variant, extras];
  }

  protected override checkData(data: FdiCompositionData): Issue[] {
    return duplicateIds(data.components, 'components');
  }

  protected isEmpty(data: FdiCompositionData): boolean {
    return data.components.length === 0;
  }

  protected computeLayout(data: FdiCompositionData, width: number, lang: string): FdiLayout | undefined {
    const variant = this.variant === 'donut' ? 'donut' : 'bar';
    // A donut, or data with a rest, no total, published decimals or notes, is not laid out until the extras are there (settled() waits for the layout).
    if (!extras && (variant == 'donut' || data.rest || data.decimals || data.total === undefined || data.components.some((p) => p.note))) {
      // Drawn without the extras, the figures would not be as published (their decimals, the rest): an error instead.
      if (extras === null) throw 'errLayoutChunk'; // LAYOUT_CHUNK: chart-element.ts shows the error
      void import('./fdi-composition.extras.js')
        .then(
          (m) => (extras = m),
          () => (extras = null),
        )
        .then(() => this.requestUpdate());
      return undefined;
    }
    return layoutFdiComposition(data, width, lang, variant, extras ?? undefined);
  }

  /** The table/CSV reader, loaded on demand (see fdi-composition.table.ts). */
  protected tableReader() {
    return import('./fdi-composition.table.js');
  }

  protected renderChart(l: FdiLayout): SVGTemplateResult {
    const d = l.donut;
    const b = l.bar;
    // Compact markup: template whitespace is shipped as is.
    // The donut's unit and track are drawn by the extras (loaded for the donut); its slices here, as the bar's
    // segments: in this chunk the template costs less than in the extras'.
    return svg`<text class="muted" aria-hidden="true">${l.caption.map((line, j) => svg`<tspan x="0" y=${(j + 1) * LINE - 4}>${line}</tspan>`)}</text>${
      d && extras?.unitView(d)
    }<text class="total" text-anchor=${d ? 'middle' : 'start'} aria-hidden="true" transform="translate(${d?.cx ?? 0} ${l.totalY}) scale(${l.totalSize / 26})">${l.totalText}</text>${l.marks.map(
      (m, i) => {
        // With patterns, the fill attribute carries the slot; the colour class would override it.
        // The unspecified rest is a dashed outline (`track`): no colour, no pattern.
        const fill = m.rest ? nothing : this.patternFill(m.color + 1);
        const c = m.rest ? 'track' : this.patterned ? '' : `c${m.color}`;
        return svg`<g class=${this.markClass(i)} part="mark" role="listitem" aria-label=${m.label} tabindex=${this.tabIndexFor(i)} data-index=${i}
><rect class="focus-ring" x=${m.rowX - 4} y=${m.rowY} width=${m.rowWidth + 8} height=${m.rowHeight} rx="4"></rect>${
          b && m.segWidth
            ? svg`<rect class="seg ${c}" fill=${fill} part="segment" x=${m.segX} y=${b.y} width=${m.segWidth} height=${b.height}></rect>`
            : null
        }${
          m.path ? svg`<path class="seg ${c}" fill=${fill} part="segment" d=${m.path}></path>` : null
        }<rect class=${c} fill=${fill} part="key" x=${m.rowX} y=${m.labelY - 11} width="12" height="12" rx="2"></rect
><text part="label" aria-hidden="true">${m.lines.map((line, j) => svg`<tspan x=${m.labelX} y=${m.labelY + j * LINE}>${line}</tspan>`)}</text>${m.figures.map(
          (f) =>
            svg`<text class="fig" x=${f.x} y=${f.y} text-anchor=${f.anchor} aria-hidden="true">${f.spans.map((p) => svg`<tspan class=${p.strong ? 'strong' : ''}>${p.text}</tspan>`)}</text>`,
        )}${i ? svg`<line class="rule" x1=${m.rowX} x2=${m.rowX + m.rowWidth} y1=${m.rowY} y2=${m.rowY}></line>` : null}</g>`;
      },
    )}${b?.trackWidth !== undefined ? svg`<rect class="track" x="0" y=${b.y} width=${b.trackWidth} height=${b.height}></rect>` : null}${d && extras?.trackView(d)}${this.patternDefs(new Set(l.marks.map((m) => m.color + 1)))}`;
  }
}
