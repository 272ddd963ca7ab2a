import { html, nothing, svg, type TemplateResult } from 'lit';
import { CitystatElement } from '../../base/chart-element.js';
import { parseLocaleNumber } from '../../core/format.js';
import { uiStrings } from '../../core/i18n.js';
import { schemaValidator } from '../../core/schema.js';
import type { TableText } from '../../core/table.js';
import { duplicateIds, type Issue } from '../../core/validate.js';
import { schema } from '../../generated/kpi.schema.js';
import { layoutKpi, type KpiLayout } from './kpi.layout.js';
import { kpiStyles } from './kpi.styles.js';
import type { KpiData, KpiFigure } from './kpi.types.js';

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
    data.figures.forEach((f, i) => {
      const p = f.progress;
      if (!p) return;
      const at = `figures[${i}].progress`;
      if (p.value > p.total) issues.push({ code: 'errMaximum', path: `${at}.value`, params: { limit: p.total } });
      if (p.target) {
        if (p.target.min > p.target.max)
          issues.push({ code: 'errMaximum', path: `${at}.target.min`, params: { limit: p.target.max } });
        if (p.target.max > p.total) issues.push({ code: 'errMaximum', path: `${at}.target.max`, params: { limit: p.total } });
      }
    });
    return issues;
  }

  protected isEmpty(data: KpiData): boolean {
    return !data.figures.length;
  }

  protected computeLayout(data: KpiData, width: number, lang: string): KpiLayout {
    return layoutKpi(data, width, lang);
  }

  /**
   * Reads a table of two to four columns: label, value, unit, period. Numbers
   * are read in the table's language (vi `196`, `3,93`; en `3.93`), or from a
   * cell's `data-value`; a scale word makes the figure compact (`22,9 nghìn`,
   * `226.9 trillion`); a trailing `%` makes it a percent change (`+3,93%`).
   * An empty cell or `—` is a missing value.
   */
  protected dataFromTable(table: TableText, lang: string): { data?: unknown; issues?: Issue[] } {
    const issues: Issue[] = [];
    const figures: KpiFigure[] = table.rows.map(([label, cell, unit, period], r) => {
      const f: KpiFigure = { id: `row-${r + 1}`, label: label?.text ?? '', value: null };
      let raw = (cell?.value ?? cell?.text ?? '').trim();
      if (raw && !/^[-–—]$/.test(raw)) {
        let scale = 1;
        if (raw.endsWith('%')) {
          f.format = 'percent-change';
          raw = raw.slice(0, -1);
        } else if (cell.value === null) {
          for (const [power, word] of uiStrings(lang).compact) {
            if (raw.endsWith(` ${word}`)) {
              scale = 10 ** power;
              f.compact = true;
              raw = raw.slice(0, -word.length);
              break;
            }
          }
        }
        const n = cell.value !== null ? Number(raw) : parseLocaleNumber(raw, lang);
        if (!Number.isFinite(n)) issues.push({ code: 'errTableCell', path: '', params: { row: r + 1, column: 2, text: cell.text } });
        f.value = +(n * scale).toPrecision(12);
      }
      if (unit?.text) f.unit = unit.text;
      if (period?.text) f.period = period.text;
      return f;
    });
    if (issues.length) return { issues };
    const data: KpiData = { locale: lang, figures };
    if (table.caption) data.title = table.caption;
    return { data };
  }

  protected renderChart(layout: KpiLayout): TemplateResult {
    const sub = (text: string) => (text ? html`<div class="sub">${text}</div>` : nothing);
    const arrow = (a: string) => (a ? html`<span class="arrow">${a}</span> ` : nothing);
    // Whitespace between elements is kept short: lit templates are not minified.
    return html`<div class="grid" role="none">${layout.marks.map((m, i) => {
      const p = m.progress;
      const c = m.change;
      return html`<div role="listitem" part="mark" class=${`${this.markClass(i)} card${m.missing ? ' missing' : ''}`}
 tabindex=${this.tabIndexFor(i)} data-index=${i} aria-label=${m.label}><div aria-hidden="true">
<div class="name" part="label">${m.name}</div>
<div class="head ${m.tone}">${arrow(m.arrow)}<span>${m.number}</span> ${m.unit ? html`<span class="unit">${m.unit}</span>` : nothing}</div>
${sub(m.comparison)}${sub(m.detail)}
${c ? html`<div class="change ${c.tone}">${arrow(c.arrow)}<b>${c.text}</b> ${c.comparison}</div>` : nothing}
${p
  ? html`<svg class="bar" width=${p.width} height="16" viewBox="0 0 ${p.width} 16" preserveAspectRatio="none">
<rect class="track" width=${p.width} height="8" rx="2"></rect><rect class="done" width=${p.done} height="8" rx="2"></rect>
${p.target ? svg`<path class="target" d=${p.target}></path>` : nothing}</svg>${sub(p.text)}${sub(p.targetText)}`
  : nothing}
${m.spark
  ? html`<svg class="spark" width=${m.spark.width} height=${m.spark.height} viewBox="0 0 ${m.spark.width} ${m.spark.height}" preserveAspectRatio="none">
<path d=${m.spark.path}></path><circle cx=${m.spark.x} cy=${m.spark.y} r="2.5"></circle></svg>`
  : nothing}
${sub(m.period)}</div></div>`;
    })}</div>`;
  }
}
