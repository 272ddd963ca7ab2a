import { svg, type SVGTemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { duplicateIds, type Issue } from '../../core/validate.js';
import { schema } from '../../generated/fair-participation.schema.js';
import { schemaValidator } from '../../core/schema.js';
import { BAR, layoutFairParticipation, LINE, type FairLayout } from './fair-participation.layout.js';
import { fairStyles } from './fair-participation.styles.js';
import type { FairParticipationData } from './fair-participation.types.js';

/**
 * Trade fairs compared on several measures (booths, participating countries,
 * visitors…): small multiples, one bar panel per measure with its own scale,
 * sharing the event rows. Panels stand side by side on wide screens and stack
 * on phones. A missing figure is written out, never drawn as a zero bar.
 * With `patterns`, each measure's bars take a palette colour and texture of
 * their own (1st measure: colour 1, solid; 2nd: colour 2, diagonal lines; …)
 * instead of the bar colour.
 *
 * @summary Fairs by booths and participating countries, one panel per measure.
 * @tag citystat-fair-participation
 * @csspart bar - Each bar.
 * @cssprop --citystat-fair-bar-color - Bar colour (default: the accent colour).
 */
export class CitystatFairParticipation extends CitystatElement<FairParticipationData, FairLayout> {
  static override styles = [...CitystatElement.styles, fairStyles];

  static override properties = {
    ...CitystatElement.properties,
    sortBy: { type: String, attribute: 'sort-by', reflect: true },
    maxRows: { type: Number, attribute: 'max-rows' },
  };

  /** Row order: a measure id (largest first), `date` (earliest first) or `data` (the publisher's order, default). */
  declare sortBy: string;
  /** Draw at most this many fairs, in the chosen order; the data table lists all (default 100; 0 = all). */
  declare maxRows: number;

  protected readonly validator = schemaValidator(schema);

  constructor() {
    super();
    this.sortBy = 'data';
    this.maxRows = 100;
  }

  protected override layoutInputs(): unknown[] {
    return [this.sortBy, this.maxRows];
  }

  protected override checkData(data: FairParticipationData): Issue[] {
    const issues = [...duplicateIds(data.measures, 'measures'), ...duplicateIds(data.events, 'events')];
    const byId = new Map(data.measures.map((m) => [m.id, m]));
    data.events.forEach((e, i) => {
      const at = `events[${i}]`;
      const [y, m, d] = (e.date ?? '').split('-').map(Number);
      if (d && new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) issues.push({ code: 'errPattern', path: `${at}.date` });
      for (const [id, v] of Object.entries(e.values)) {
        const measure = byId.get(id);
        if (!measure) issues.push({ code: 'errUnknownMeasure', path: `${at}.values.${id}`, params: { field: id } });
        else if (measure.integer && typeof v === 'number' && !Number.isInteger(v))
          issues.push({ code: 'errType', path: `${at}.values.${id}`, params: { type: 'integer', got: 'number' } });
      }
    });
    return issues;
  }

  protected isEmpty(data: FairParticipationData): boolean {
    return data.events.length === 0;
  }

  protected computeLayout(data: FairParticipationData, width: number, lang: string): FairLayout {
    const maxRows = this.maxRows >= 0 ? Math.floor(this.maxRows) : 100;
    return layoutFairParticipation(data, width, lang, { sortBy: String(this.sortBy), maxRows });
  }

  /** The table/CSV reader, loaded on demand (see fair-participation.table.ts). */
  protected tableReader() {
    return import('./fair-participation.table.js');
  }

  // Templates are kept on few lines: their whitespace is shipped as is.
  protected renderChart(layout: FairLayout): SVGTemplateResult {
    return svg`<g aria-hidden="true">${layout.rules.map(
      (y) => svg`<line class="rule" x1="0" x2=${layout.width} y1=${y} y2=${y}></line>`,
    )}${layout.axes.map(([x, y1, y2]) => svg`<line class="axis" x1=${x} x2=${x} y1=${y1} y2=${y2}></line>`)}${layout.texts.map(
      (t) =>
        svg`<text class=${t.cls} part="label" x=${t.x} y=${t.y}>${t.lines.map(
          (line, j) => svg`<tspan x=${t.x} dy=${j ? LINE : 0}>${line}</tspan>`,
        )}</text>`,
    )}</g>${layout.marks.map(
      (m, i) =>
        svg`<g class=${this.markClass(i)} part="mark" role="listitem" aria-label=${m.label} tabindex=${this.tabIndexFor(i)} data-index=${i}><rect class="focus-ring" x=${m.ring[0]} y=${m.ring[1]} width=${m.ring[2]} height=${m.ring[3]} rx="4"></rect>${
          m.missing
            ? svg`<text class="missing-text" x=${m.valueX} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
            : svg`<rect class="bar" part="bar" fill=${this.patternFill((m.panel % 8) + 1)} x=${m.barX} y=${m.barY} width=${m.barWidth} height=${BAR} rx="2"></rect><text class="value" part="label" x=${m.valueX} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
        }</g>`,
    )}${this.patternDefs(new Set(layout.panels.map((_, j) => (j % 8) + 1)))}`;
  }
}
