import { nothing, svg, type SVGTemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { schemaValidator } from '../../core/schema.js';
import type { Issue } from '../../core/validate.js';
import { schema } from '../../generated/trend.schema.js';
import { checkTrend } from './trend.check.js';
import { layoutTrend, type TrendLayout, type TrendMark } from './trend.layout.js';
import { trendStyles } from './trend.styles.js';
import type { TrendData } from './trend.types.js';

/**
 * Official figures over time, e.g. a quarterly index's change year on year:
 * changes as columns from a zero line (one series) or lines, levels as lines,
 * each line named at its end, the latest figure emphasised, estimates drawn
 * lighter, gaps left open, periods such as Tết marked.
 *
 * @summary Figures over time: columns or lines, with annotations.
 * @tag citystat-trend
 * @csspart bar - Each column (one series of changes drawn as columns).
 * @cssprop --citystat-trend-column-color - Column colour (default: the accent colour).
 */
export class CitystatTrend extends CitystatElement<TrendData, TrendLayout> {
  static override styles = [...CitystatElement.styles, trendStyles];

  protected readonly validator = schemaValidator(schema);

  /** Periods of one kind, in order, once per series; levels and changes apart. */
  protected override checkData(data: TrendData): Issue[] {
    return checkTrend(data);
  }

  protected isEmpty(data: TrendData): boolean {
    return !data.series.some((sr) => sr.points.some((p) => p.value !== null));
  }

  protected computeLayout(data: TrendData, width: number, lang: string): TrendLayout {
    return layoutTrend(data, width, lang);
  }

  /** The table/CSV reader, loaded on demand (see trend.table.ts). */
  protected tableReader() {
    return import('./trend.table.js');
  }

  protected renderChart(l: TrendLayout): SVGTemplateResult {
    const right = l.plot.x + l.plot.width;
    return svg`<g aria-hidden="true">
${l.caption ? svg`<text class="axis" x="0" y=${l.captionY}>${l.caption}</text>` : nothing}
${l.annotations.map((a) => svg`<rect class="band" x=${a.x} y=${l.plot.y} width=${a.width} height=${l.plot.height}></rect><text class="axis" x=${a.labelX} y=${a.labelY}>${a.text}</text>`)}
${l.yTicks.map((t) => svg`<line class="grid" x1=${l.plot.x} x2=${right} y1=${t.y} y2=${t.y}></line><text class="axis" x="0" y=${t.y + 4}>${t.text}</text>`)}
${l.zeroY !== undefined ? svg`<line class="zero" x1=${l.plot.x} x2=${right} y1=${l.zeroY} y2=${l.zeroY}></line>` : nothing}
${l.xLabels.map((x) => svg`<text class="axis" x=${x.x} y=${x.y} text-anchor="middle">${x.text}</text>`)}
${l.lines.map(
  (
    line,
  ) => svg`<g class=${`s${line.slot}`}><path class="line" d=${line.path || nothing}></path><path class="line estimate" d=${line.estimatePath || nothing}></path>
${line.end ? svg`<text part="label" x=${line.end.x} y=${line.end.y + 4}><tspan class="strong">${line.end.value}</tspan>${line.end.lines.map((t) => svg`<tspan x=${line.end!.x} dy="15">${t}</tspan>`)}</text>` : nothing}</g>`,
)}
${l.sources.map((src) => svg`<text class="axis" x="0" y=${src.y}>${src.lines.map((t, j) => svg`<tspan x="0" dy=${j ? 18 : 0}>${t}</tspan>`)}</text>`)}
</g>${l.marks.map((m, i) => this.markView(l, m, i))}`;
  }

  private markView(l: TrendLayout, m: TrendMark, i: number): SVGTemplateResult {
    const cls = `${this.markClass(i)} s${l.lines[m.series].slot}${m.latest ? ' latest' : ''}${m.estimate ? ' estimate' : ''}`;
    const shape = m.missing
      ? svg`<line class="missing-line" x1=${m.x - 6} x2=${m.x + 6} y1=${m.boxY + 8} y2=${m.boxY + 8}></line>`
      : l.mode === 'columns'
        ? svg`<rect class="col" part="bar" x=${m.boxX} y=${m.boxY} width=${m.boxWidth} height=${m.boxHeight}></rect>`
        : svg`<circle class="dot" cx=${m.x} cy=${m.boxY + 8} r=${m.latest ? 4.5 : l.marks.length > 60 ? 0 : 3}></circle>`;
    return svg`<g class=${cls} part="mark" role="listitem" aria-label=${m.label} tabindex=${this.tabIndexFor(i)} data-index=${i}>
<rect class="focus-ring" x=${m.boxX - 3} y=${m.boxY - 3} width=${m.boxWidth + 6} height=${m.boxHeight + 6} rx="3"></rect>${shape}
${m.labelY !== undefined ? svg`<text part="label" class=${m.latest ? 'value strong' : 'value'} x=${m.labelX} y=${m.labelY} text-anchor="middle" aria-hidden="true">${m.valueText}</text>` : nothing}</g>`;
  }
}
