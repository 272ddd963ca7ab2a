// Profiling page for bench/profile.mjs: citystat from the unminified tsc
// output (/dist/define.js, readable names in CPU profiles), with
//  - phase counters: the base element's methods are wrapped and their time
//    summed in `window.phases` (validate, checkData, layout, templates,
//    DOM commit…);
//  - experiments (`?exp=a,b`): candidate changes applied as monkey patches on
//    the page, never in src/, so that a proposal's gain is measured before
//    anyone edits the shared code. See EXPERIMENTS below.
import { html, svg } from 'lit';
import { install, raf2, tags } from './common.js';
import { citystatAdapter } from './citystat-adapter.js';

const query = new URLSearchParams(location.search);
const exp = new Set((query.get('exp') ?? '').split(',').filter(Boolean));

const phases = {
  updates: 0,
  willUpdate: 0,
  validate: 0,
  checkData: 0,
  layout: 0,
  update: 0,
  render: 0,
  renderChart: 0,
  table: 0,
  updated: 0,
};
window.phases = phases;

/** Wraps `proto[name]` so that its self-inclusive time adds to phases[key]. */
function timeMethod(proto, name, key = name) {
  const original = proto[name];
  if (typeof original !== 'function' || original.__timed) return;
  const wrapped = function (...args) {
    const t = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      phases[key] += performance.now() - t;
    }
  };
  wrapped.__timed = true;
  proto[name] = wrapped;
}

const ready = (async () => {
  await import('/dist/define.js');
  const { CitystatElement } = await import('/dist/base/chart-element.js');
  const base = CitystatElement.prototype;
  timeMethod(base, 'willUpdate');
  timeMethod(base, 'update');
  timeMethod(base, 'render');
  timeMethod(base, 'updated');
  const origWillUpdate = base.willUpdate;
  base.willUpdate = function (changed) {
    phases.updates++;
    if (!this.__validatorTimed && typeof this.validator === 'function') {
      const v = this.validator;
      const w = (data) => {
        const t = performance.now();
        try {
          return v(data);
        } finally {
          w.errors = v.errors;
          phases.validate += performance.now() - t;
        }
      };
      this.validator = w;
      this.__validatorTimed = true;
    }
    return origWillUpdate.call(this, changed);
  };
  for (const tag of Object.values(tags)) {
    const cls = customElements.get(tag);
    if (!cls) continue;
    timeMethod(cls.prototype, 'computeLayout', 'layout');
    timeMethod(cls.prototype, 'renderChart');
    timeMethod(cls.prototype, 'checkData');
  }
  const { uiStrings } = await import('/dist/core/i18n.js');
  applyExperiments(CitystatElement, uiStrings);
  // The width a widget gets in the box: measured on a probe page (which
  // warms up the engine) and passed to the measured pages as ?width=.
  if (query.has('probe')) window.knownWidth = await measureWidth();
  knownWidth = Number(query.get('width')) || 0;
  if (exp.has('intl-warm')) new Intl.NumberFormat('vi-VN').format(1);
})();

// ---- experiments --------------------------------------------------------------
// Three of these are now what citystat does (2026-11-29): the width is read
// before the first layout (`width`), the table is built only when opened
// (`table-none` is the closed state), and vi/en numbers are formatted without
// Intl (`intl-warm` no longer changes anything). They stay to re-measure.
// width       the first render already knows the box width (no render at the
//             640 px fallback followed by a second one when ResizeObserver
//             reports 478 px): el.size.width is set before the element connects.
// table-flat  the data table's rows as one template per row (today: a row
//             template plus one template per cell through a nested map).
// table-dom   the table body built once per layout as plain DOM
//             (createElement + textContent, no innerHTML) and handed to lit as
//             one node; re-renders of the same layout reuse it.
// table-none  no table rows, only the toggle button: the upper bound of any
//             table change, and the gain of building the table only when it
//             is opened (e.g. above a number of rows).
// intl-warm   ICU's number formatting is initialised before the clock starts
//             (the first Intl.NumberFormat of a page costs tens of ms): the
//             gain of formatting vi/en numbers without Intl.
// table-fixed the hidden table (class sr-only) with `table-layout: fixed`.
// table-sep   the hidden table with `border-collapse: separate` and no cell
//             borders or padding (nothing of them is seen while hidden).
// table-cv    the hidden table's wrapper with `content-visibility: auto`.
//             Fast (style and layout of the hidden table skipped) but NOT
//             usable: Chromium then drops the table from the accessibility
//             tree (checked with Accessibility.getFullAXTree: 0 tables).
// marks-lean  sector bars without the per-mark focus-ring rect and with
//             the label as a single text node when it fits on one line.

let knownWidth = 0;
/** Renders one element in a box and returns the width its ResizeObserver reported. */
async function measureWidth() {
  const box = document.createElement('div');
  box.className = 'box';
  document.getElementById('stage').append(box);
  const el = document.createElement(tags.sector);
  el.data = { items: [{ id: 'a', label: 'a', value: 1 }] };
  box.append(el);
  await el.settled();
  await raf2();
  const width = el.size.width;
  box.remove();
  return width;
}

const CSS_EXPERIMENTS = {
  'table-fixed': '.table-wrap.sr-only table.data{table-layout:fixed}',
  'table-sep':
    '.table-wrap.sr-only table.data{border-collapse:separate}.table-wrap.sr-only table.data th,.table-wrap.sr-only table.data td{border:0;padding:0}',
  'table-cv': '.table-wrap.sr-only{content-visibility:auto;contain-intrinsic-size:auto 1px}',
};

function applyExperiments(CitystatElement, uiStrings) {
  const base = CitystatElement.prototype;
  const css = Object.entries(CSS_EXPERIMENTS)
    .filter(([name]) => exp.has(name))
    .map(([, text]) => text)
    .join('');
  if (css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const willUpdate = base.willUpdate;
    base.willUpdate = function (changed) {
      const root = this.shadowRoot;
      if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return willUpdate.call(this, changed);
    };
  }
  if (exp.has('width')) {
    // (lifecycle callbacks are read at define time: patch willUpdate, which
    // runs before the first layout)
    const willUpdate = base.willUpdate;
    base.willUpdate = function (changed) {
      if (knownWidth && !this.size.width) Object.assign(this.size, { width: knownWidth, _measured: true });
      return willUpdate.call(this, changed);
    };
  }
  if (exp.has('table-flat') || exp.has('table-dom') || exp.has('table-none')) {
    const tableDom = new WeakMap();
    const bodyOf = (t) => {
      let tbody = tableDom.get(t);
      if (!tbody) {
        tbody = document.createElement('tbody');
        const numeric = t.columns.map((c) => !!c?.numeric);
        for (const row of t.rows) {
          const tr = document.createElement('tr');
          row.forEach((cell, i) => {
            const c = document.createElement(i === 0 ? 'th' : 'td');
            if (i === 0) c.setAttribute('scope', 'row');
            else if (numeric[i]) c.className = 'num';
            c.textContent = cell;
            tr.append(c);
          });
          tbody.append(tr);
        }
        tableDom.set(t, tbody);
      }
      return tbody;
    };
    base._renderTable = function (layout) {
      const id = `${this.uid}-table`;
      const t = layout.table;
      const open = this._tableOpen;
      const s = uiStrings(this._lang);
      const toggle = html`<button class="table-toggle" part="table-toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id} @click=${() => (this._tableOpen = !this._tableOpen)}>${open ? s.hideTable : s.showTable}</button>`;
      if (exp.has('table-none')) return toggle;
      const num = t.columns.map((c) => (c?.numeric ? 'num' : ''));
      const body = exp.has('table-dom')
        ? bodyOf(t)
        : html`<tbody>${t.rows.map((row) =>
            row.length === 3
              ? html`<tr><th scope="row">${row[0]}</th><td class=${num[1]}>${row[1]}</td><td class=${num[2]}>${row[2]}</td></tr>`
              : html`<tr><th scope="row">${row[0]}</th>${row.slice(1).map((cell, i) => html`<td class=${num[i + 1]}>${cell}</td>`)}</tr>`,
          )}</tbody>`;
      return html`${toggle}<div class=${open ? 'table-wrap' : 'table-wrap sr-only'} id=${id}>
          <table class="data" part="table">
            <caption>${t.caption}</caption>
            <thead><tr>${t.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}</tr></thead>
            ${body}
          </table>
        </div>`;
    };
  }
  if (exp.has('marks-lean')) {
    const cls = customElements.get(tags.sector);
    cls.prototype.renderChart = function (layout) {
      return svg`${layout.marks.map(
        (m, i) => svg`<g class=${this.markClass(i) + (m.grouped ? ' grouped' : '')} part="mark" role="listitem"
          aria-label=${m.label} tabindex=${this.tabIndexFor(i)} data-index=${i}>
          <text part="label" x=${m.labelX} y=${m.labelY} aria-hidden="true">${m.lines.length === 1 ? m.lines[0] : m.lines.map((line, j) => svg`<tspan x=${m.labelX} dy=${j === 0 ? 0 : 18}>${line}</tspan>`)}</text>
          ${
            m.missing
              ? svg`<text class="missing-text" x=${m.barX + 30} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
              : svg`<rect class="bar" part="bar" x=${m.barX} y=${m.barY} width=${m.barWidth} height=${m.barHeight} rx="2"></rect><text class="value" part="label" x=${m.valueX} y=${m.valueY} aria-hidden="true">${m.valueText}</text>`
          }
        </g>`,
      )}`;
    };
  }
}

install(citystatAdapter(ready, 'citystat-dev'));
