// Long words at 360 px: a long measure name in the fair widget's panel headings and a long count unit in the FDI
// rows wrap inside the widget; no text lies outside it or over another text or a bar (text-geometry.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { clone, loadJson, type AnyChart } from './helpers.js';
import { assertTextFits } from './text-geometry.js';

const LONG_MEASURE = 'Số gian hàng tiêu chuẩn quốc tế của các doanh nghiệp đăng ký trưng bày sản phẩm công nghiệp hỗ trợ';
const LONG_UNIT = 'dự án đầu tư trực tiếp nước ngoài được cấp giấy chứng nhận đăng ký đầu tư';

async function mountAt(name: string, data: unknown, width: number, lang = 'vi'): Promise<AnyChart> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang} style="width:${width}px"></div>`);
  const el = document.createElement(`citystat-${name}`) as AnyChart;
  el.data = data;
  page.append(el);
  expect(await el.settled()).to.equal('ready');
  return el;
}

/** The shown text, spaces squashed. */
const shown = (el: AnyChart) => (el.shadowRoot!.querySelector('[part=chart]')!.textContent ?? '').replace(/\s+/g, '');

describe('long texts at 360 px', () => {
  for (const width of [320, 360, 1200]) {
    it(`a long measure name in the fair widget's panel headings wraps, whole (${width} px)`, async () => {
      const data = clone(await loadJson('data-schemas/examples/fair-participation.json'));
      data.measures[0].label = LONG_MEASURE;
      data.measures[1].unit = { vi: LONG_UNIT, en: LONG_UNIT };
      const el = await mountAt('fair-participation', data, width);
      assertTextFits(el, `fair ${width}`);
      expect(shown(el), 'the whole name is shown').to.contain(LONG_MEASURE.replace(/\s+/g, ''));
    });
    it(`a long count unit in the FDI rows wraps, whole (${width} px)`, async () => {
      const data = clone(await loadJson('data-schemas/examples/fdi-composition.json'));
      for (const c of data.components) c.countUnit = { vi: LONG_UNIT, en: LONG_UNIT };
      data.unit = { vi: 'triệu đô la Mỹ theo giá hiện hành', en: 'million US dollars at current prices' };
      for (const variant of ['bar', 'donut']) {
        const el = await mountAt('fdi-composition', data, width);
        el.setAttribute('variant', variant);
        await el.settled();
        assertTextFits(el, `fdi ${variant} ${width}`);
        expect(shown(el), 'the whole unit is shown').to.contain(LONG_UNIT.replace(/\s+/g, ''));
      }
    });
  }
});
