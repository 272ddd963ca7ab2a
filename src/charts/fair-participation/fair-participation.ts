import { svg, type SVGTemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { parseLocaleNumber } from '../../core/format.js';
import type { TableText } from '../../core/table.js';
import { duplicateIds, type Issue } from '../../core/validate.js';
import { schema } from '../../generated/fair-participation.schema.js';
import { schemaValidator } from '../../core/schema.js';
import { BAR, layoutFairParticipation, LINE, type FairLayout } from './fair-participation.layout.js';
import { fairStyles } from './fair-participation.styles.js';
import type { FairEvent, FairMeasure, FairParticipationData } from './fair-participation.types.js';

/**
 * Trade fairs compared on several measures (booths, participating countries,
 * visitors…): small multiples, one bar panel per measure with its own scale,
 * sharing the event rows. Panels stand side by side on wide screens and stack
 * on phones. A missing figure is written out, never drawn as a zero bar.
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

  /**
   * Reads a table: the first column is the fair's name, each further column
   * one measure, its header the measure's label. A header `Label (unit)` gives
   * the unit word, else the unit is the label in lower case. Numbers are read in
   * the table's language or from a cell's `data-value`; an empty cell or `—` is
   * a missing figure.
   */
  protected dataFromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
    const issues: Issue[] = [];
    const measures: FairMeasure[] = table.headers.slice(1).map((h, j) => {
      const [, label, unit] = /^(.*?)\s*(?:\((.+)\))?$/.exec(h)!;
      return { id: label || `${j + 1}`, label, unit: unit ?? label.toLowerCase() };
    });
    const events: FairEvent[] = table.rows.map((cells, r) => {
      const values: FairEvent['values'] = {};
      measures.forEach((m, j) => {
        const cell = cells[j + 1];
        const raw = (cell?.value ?? cell?.text ?? '').trim();
        let v: number | null = null;
        if (raw && !/^[-–—]$/.test(raw)) {
          v = cell.value !== null ? Number(raw) : parseLocaleNumber(raw, lang);
          if (!Number.isFinite(v)) issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: j + 2, text: raw } });
        }
        values[m.id] = v;
      });
      return { id: `row-${r + 1}`, name: cells[0]?.text ?? '', values };
    });
    if (!measures.length) issues.push({ code: 'errTableShape', path: '', params: { detail: 'no measure columns' } });
    if (issues.length) return { issues };
    const data: FairParticipationData = { locale: lang, measures, events };
    if (table.caption) data.title = table.caption;
    return { data };
  }

  // Templates are kept on few lines: their whitespace is shipped as is.
  protected renderChart(layout: FairLayout): SVGTemplateResult {
    return svg`<g aria-hidden="true">${layout.rules.map(
      (y) => svg`<line class="rule" x1="0" x2=${layout.width} y1=${y} y2=${y}></line>`,
    )}${layout.axes.map(([x, y1, y2]) => svg`<line class="axis" x1=${x} x2=${x} y1=${y1} y2=${y2}></line>`)}${layout.texts.map(
      (t) => svg`<text class=${t.cls} part="label" x=${t.x} y=${t.y}>${t.lines.map(
        (line, j) => svg`<tspan x=${t.x} dy=${j ? LINE : 0}>${line}</tspan>`,
      )}</text>`,
    )}</g>${layout.marks.map(
      (m, i) =>
        svg`<g class=${this.markClass(i)} part="mark" role="listitem" aria-label=${m.label} tabindex=${this.tabIndexFor(i)} data-index=${i}><rect class="focus-ring" x=${m.ring[0]} y=${m.ring[1]} width=${m.ring[2]} height=${m.ring[3]} rx="4"></rect>${
          m.missing
            ? svg`<text class="missing-text" x=${m.valueX} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
            : svg`<rect class="bar" part="bar" x=${m.barX} y=${m.barY} width=${m.barWidth} height=${BAR} rx="2"></rect><text class="value" part="label" x=${m.valueX} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
        }</g>`,
    )}`;
  }
}
