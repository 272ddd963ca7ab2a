import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import '../src/charts/sector-breakdown/define.js';
import '../src/charts/kpi/define.js';
import '../src/charts/fdi-composition/define.js';
import '../src/charts/fair-participation/define.js';
import '../src/charts/trend/define.js';
import sectors from '../data-schemas/examples/sector-breakdown.json';
import kpi from '../data-schemas/examples/kpi.json';
import fdi from '../data-schemas/examples/fdi-composition.json';
import fairs from '../data-schemas/examples/fair-participation.json';
import trend from '../data-schemas/examples/trend.json';
import { frame, tags } from './theming-styles.js';
import { partTable, propertyTable } from './theming-tables.js';

/**
 * Theming: every public `--citystat-*` custom property and every `::part()`
 * in use, on the real widgets. The lists come from custom-elements.json (the
 * elements' JSDoc); a name used here but missing from the JSDoc is marked.
 */

const illustrative = { vi: 'Số liệu minh họa, không phải số liệu thật', en: 'Illustrative numbers, not real data' };
// Beyond the rounding tolerance of nine integer figures (±4.5), so the notice shows.
const withNotice = { ...sectors, total: 45 };
const withMissing = {
  ...sectors,
  total: undefined,
  note: illustrative,
  items: sectors.items.map((item: any, i: number) => (i === 2 ? { ...item, value: null } : item)),
};
const eightParts = {
  title: { vi: 'Ví dụ minh họa: tám thành phần (số liệu giả định)', en: 'Illustration: eight parts (made-up figures)' },
  unit: { vi: 'triệu USD', en: 'million USD' },
  components: [120, 95, 80, 64, 40, 22, 9, 3].map((capital, i) => ({
    id: `p${i + 1}`,
    label: { vi: `Thành phần ${i + 1}`, en: `Part ${i + 1}` },
    capital,
  })),
};
const goodAndBad = {
  title: illustrative,
  figures: [
    {
      id: 'good',
      label: { vi: 'Tăng, tin tốt', en: 'Up, good news' },
      value: 120,
      change: { value: 4.5, kind: 'percent', comparison: { vi: 'so với cùng kỳ', en: 'year on year' }, direction: 'up-good' },
    },
    {
      id: 'bad',
      label: { vi: 'Tăng, tin xấu', en: 'Up, bad news' },
      value: 12,
      change: { value: 2, kind: 'absolute', comparison: { vi: 'so với năm trước', en: 'on last year' }, direction: 'up-bad' },
    },
  ],
};
const broken = { ...sectors, items: [{ id: 'a', label: 'A', value: 'six' }] };

/** Hovers the first mark of every chart and opens the first data table, so tooltip and table parts show. */
async function revealParts({ canvasElement }: { canvasElement: HTMLElement }) {
  const charts = [...canvasElement.querySelectorAll<HTMLElement & { settled(): Promise<string> }>(tags.join(','))];
  await Promise.all(charts.map((c) => c.settled()));
  const first = charts.find((c) => c.localName === 'citystat-sector-breakdown');
  first?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="table-toggle"]')?.click();
  const hovered = charts.find((c) => c.localName === 'citystat-fair-participation');
  hovered?.shadowRoot?.querySelector('[data-index="0"]')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await Promise.all(charts.map((c) => c.settled()));
}

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

export const CustomProperties: Story = {
  render: (_args, context) => {
    const dark = context.globals.theme === 'dark' ? 'dark' : '';
    return html`${frame}
      <div class="cs-theming cs-custom ${dark}">
        <h2>--citystat-* custom properties</h2>
        <p>Set on the elements (or any ancestor); they pierce the shadow root. Every documented property has a value here.</p>
        ${propertyTable()}
        <citystat-sector-breakdown .data=${withNotice} actions="csv"></citystat-sector-breakdown>
        <citystat-sector-breakdown .data=${withMissing}></citystat-sector-breakdown>
        <citystat-kpi .data=${kpi}></citystat-kpi>
        <citystat-kpi .data=${goodAndBad}></citystat-kpi>
        <citystat-fdi-composition .data=${fdi}></citystat-fdi-composition>
        <citystat-fdi-composition .data=${eightParts} variant="donut"></citystat-fdi-composition>
        <citystat-fair-participation .data=${fairs}></citystat-fair-participation>
        <citystat-trend .data=${trend}></citystat-trend>
        <citystat-sector-breakdown .data=${broken}></citystat-sector-breakdown>
      </div>`;
  },
};

export const Parts: Story = {
  render: (_args, context) => {
    const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
    return html`${frame}
      <div class="cs-theming cs-parts ${theme}">
        <h2>::part() selectors</h2>
        <p>
          Each part below has a visible rule; the first data table is opened and one tooltip is shown. Chart text
          (<code>label</code>, <code>mark</code>) is laid out from the default font's widths: restyle its colour or
          style, not its size, weight or letter spacing, or long labels may overlap.
        </p>
        ${partTable()}
        <citystat-sector-breakdown .data=${withNotice} theme=${theme} actions="csv"></citystat-sector-breakdown>
        <citystat-fdi-composition .data=${fdi} theme=${theme}></citystat-fdi-composition>
        <citystat-fair-participation .data=${fairs} theme=${theme}></citystat-fair-participation>
        <citystat-kpi .data=${kpi} theme=${theme}></citystat-kpi>
        <citystat-sector-breakdown .data=${broken} theme=${theme}></citystat-sector-breakdown>
      </div>`;
  },
  play: revealParts,
};
