/**
 * The data table a widget shows when its "show data table" button is pressed,
 * with its styles (adopted into the widget's shadow root then). A chunk of its
 * own: pages whose readers never open a table never download it.
 */
import { css, html, type TemplateResult } from 'lit';
import type { TableModel } from '../core/table.js';

export const tableStyles = css`
  table.data {
    border-collapse: collapse;
    margin-top: 0.5em;
    font-size: 0.9em;
    width: 100%;
  }
  table.data caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3em;
  }
  table.data th,
  table.data td {
    border-bottom: 1px solid var(--_grid);
    padding: 0.25em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  table.data .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  table.data th.num {
    white-space: normal;
  }
`;

/** The table: caption, column headers, and a row header for each row. */
export function tableView(t: TableModel): TemplateResult {
  const numeric = t.columns.map((c) => (c.numeric ? 'num' : ''));
  return html`<table class="data" part="table">
    <caption>${t.caption}</caption>
    <thead>
      <tr>
        ${t.columns.map((c, i) => html`<th scope="col" class=${numeric[i]}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${t.rows.map(
        (row) =>
          html`<tr>
            <th scope="row">${row[0]}</th>
            ${row.slice(1).map((cell, i) => html`<td class=${numeric[i + 1] ?? ''}>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
