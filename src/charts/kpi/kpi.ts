import { html, nothing, svg, type TemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { schemaValidator } from '../../core/schema.js';
import { duplicateIds, type Issue } from '../../core/validate.js';
import { schema } from '../../generated/kpi.schema.js';
import { hasTrend, layoutCards, type KpiLayout } from './kpi.cards.js';
import { kpiStyles } from './kpi.styles.js';
import type { KpiData } from './kpi.types.js';

/**
 * The sparklines' part (kpi.spark.ts) once loaded, shared by the page's KPI
 * widgets; null once a load failed (offline, 404): layouts then no longer
 * wait for it, the cards are drawn without sparklines until it arrives.
 */
let spark: typeof import('./kpi.spark.js') | null | undefined;
/** Its load under way; forgotten after a failed one, so that a later layout tries again. */
let sparkLoad: Promise<unknown> | undefined;

/**
 * Headline figures as cards: the number with its unit, the change with an
 * arrow and words ("tăng 3,93% so với cùng kỳ"), progress towards a total with
 * a target range, and a sparkline. The cards sit in a grid that reflows to one
 * column on a phone.
 *
 * @summary Headline figures with change, progress and trend, as cards.
 * @tag citystat-kpi
 * @csspart label - The name of each figure.
 * @cssprop --citystat-kpi-color-good - Colour of a change that is good news (default green, ≥ 4.5:1).
 * @cssprop --citystat-kpi-color-bad - Colour of a change that is bad news (default red, ≥ 4.5:1).
 * @cssprop --citystat-kpi-card-background - Card background.
 */
export class CitystatKpi extends CitystatElement<KpiData, KpiLayout> {
  static override styles = [...CitystatElement.styles, kpiStyles];

  protected readonly validator = schemaValidator(schema);
  protected override htmlChart = true;

  /** Unique ids; progress within its total; a target range inside the total. */
  protected override checkData(data: KpiData): Issue[] {
    const issues = duplicateIds(data.figures, 'figures');
    const over = (value: number, limit: number, path: string) =>
      value > limit && issues.push({ code: 'errMaximum', path, params: { limit } });
    data.figures.forEach((f, i) => {
      const p = f.progress;
      const at = `figures[${i}].progress`;
      if (!p) return;
      over(p.value, p.total, `${at}.value`);
      if (p.target) {
        over(p.target.min, p.target.max, `${at}.target.min`);
        over(p.target.max, p.total, `${at}.target.max`);
      }
    });
    return issues;
  }

  protected isEmpty(data: KpiData): boolean {
    return !data.figures.length;
  }

  /** The sparklines' part: each widget is laid out again when it arrives or fails, and only then. */
  protected override layoutInputs(): unknown[] {
    return [spark];
  }

  /**
   * The layout, once the sparklines' part has loaded when a figure has a
   * trend. Until then there is none: nothing is drawn yet (as before the width
   * is known), no render event is sent, and `settled()` waits for the layout.
   * A part that cannot load leaves the cards drawn without their sparklines
   * (never a blank box); they are added when a later layout loads it.
   */
  protected computeLayout(data: KpiData, width: number, lang: string): KpiLayout | undefined {
    if (!spark && hasTrend(data)) {
      sparkLoad ??= import('./kpi.spark.js').then(
        (m) => (spark = m),
        // forgotten after the layouts this failure makes, so that they do not ask again at once
        () => ((spark = null), setTimeout(() => (sparkLoad = undefined))),
      );
      void sparkLoad.then(() => this.requestUpdate());
      if (spark === undefined) return undefined;
    }
    return layoutCards(data, width, lang, spark?.kpiSpark);
  }

  /** The table/CSV reader, loaded on demand (see kpi.table.ts). */
  protected tableReader() {
    return import('./kpi.table.js');
  }

  protected renderChart(layout: KpiLayout): TemplateResult {
    const sub = (text: string) => (text ? html`<div class="sub">${text}</div>` : nothing);
    const arrow = (a: string) => (a ? html`<span class="arrow">${a}</span> ` : nothing);
    // Whitespace between elements is kept short: lit templates are not minified.
    return html`<div class="grid" role="none">${layout.marks.map((m, i) => {
      const p = m.progress;
      const c = m.change;
      const barHeight = p?.target ? 30 : 8;
      return html`<div role="listitem" part="mark" class="${this.markClass(i)} card${m.missing ? ' missing' : ''}${i === layout.marks.length - 1 && layout.lastSpan > 1 ? ` span${layout.lastSpan}` : ''}"
 tabindex=${this.tabIndexFor(i)} data-index=${i} aria-label=${m.label}><div aria-hidden="true">
<div class="name" part="label">${m.name}</div>
<div class="head ${m.tone}">${arrow(m.arrow)}<span>${m.number}</span> ${m.unit ? html`<span class="unit">${m.unit}</span>` : nothing}</div><div>
${sub(m.comparison)}${sub(m.detail)}
${c ? html`<div class="change ${c.tone}">${arrow(c.arrow)}<b>${c.text}</b> ${c.comparison}</div>` : nothing}
${
  p
    ? html`<svg class="bar" width=${p.width} height=${barHeight} viewBox="0 0 ${p.width} ${barHeight}">
<rect class="track" width=${p.width} height="8" rx="2"/><rect class="done" width=${p.done} height="8" rx="2"/>
${p.target ? svg`<path class="target" d=${p.target} />` : nothing}${p.targetLabels.map((t) => svg` <text class="range" x=${t.x} y="28" text-anchor=${t.anchor}>${t.text}</text>`)}</svg>
${sub(p.text)}${sub(p.targetText)}`
    : nothing
}
${m.spark ? spark!.sparkView(m.spark) : nothing}
${sub(m.period)}</div></div></div>`;
    })}</div>`;
  }
}
