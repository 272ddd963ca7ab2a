// Shared by the <citystat-kpi> tests (test/kpi*.test.ts): the example document and
// what each of its cards shows and says, in vi and en.
import { loadJson, marks } from './helpers.js';

export type Doc = Record<string, any>;
/** data-schemas/examples/kpi.json, loaded before the tests of each file that imports it. */
export let example: Doc;
export const NB = '\u00a0';

before(async () => {
  example = await loadJson('data-schemas/examples/kpi.json');
});

/** Visible text of each card, whitespace-collapsed. */
export const cardTexts = (el: Element) => marks(el).map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim());
export const labels = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));

export const visible = {
  vi: [
    'Chỉ số sản xuất công nghiệp ▲ +3,93% so với cùng kỳ 9 tháng đầu năm 2023',
    'Doanh nghiệp đăng ký thành lập mới 22,9 nghìn doanh nghiệp ▲ +2% so với cùng kỳ 9 tháng đầu năm 2023',
    'Vốn đăng ký 226,9 nghìn tỷ đồng 9 tháng đầu năm 2023',
    'Sản phẩm công nghiệp chủ lực được công nhận 196 sản phẩm của 132 doanh nghiệp lũy kế sau 5 năm, đến năm 2023',
    'Cụm công nghiệp đã khởi công hạ tầng kỹ thuật 19/43 cụm 10 20 Mục tiêu: 10–20 cụm thành lập giai đoạn 2018–2020 tính đến năm 2023',
  ],
  en: [
    'Industrial production index ▲ +3.93% year on year first 9 months of 2023',
    'New enterprises registered 22.9 thousand enterprises ▲ +2% year on year first 9 months of 2023',
    'Registered capital 226.9 trillion VND first 9 months of 2023',
    'Key industrial products recognised 196 products from 132 enterprises cumulative over 5 years, to 2023',
    'Industrial clusters where infrastructure construction has started 19/43 clusters 10 20 Target: 10–20 clusters established in 2018–2020 as of 2023',
  ],
};

export const spoken = {
  vi: [
    'Chỉ số sản xuất công nghiệp: tăng 3,93% so với cùng kỳ, 9 tháng đầu năm 2023',
    `Doanh nghiệp đăng ký thành lập mới: 22,9 nghìn${NB}doanh nghiệp, tăng 2% so với cùng kỳ, 9 tháng đầu năm 2023`,
    `Vốn đăng ký: 226,9 nghìn tỷ${NB}đồng, 9 tháng đầu năm 2023`,
    `Sản phẩm công nghiệp chủ lực được công nhận: 196${NB}sản phẩm của 132 doanh nghiệp, lũy kế sau 5 năm, đến năm 2023`,
    `Cụm công nghiệp đã khởi công hạ tầng kỹ thuật: 19 trên 43${NB}cụm, mục tiêu 10–20 cụm thành lập giai đoạn 2018–2020, tính đến năm 2023`,
  ],
  en: [
    'Industrial production index: up 3.93% year on year, first 9 months of 2023',
    `New enterprises registered: 22.9 thousand${NB}enterprises, up 2% year on year, first 9 months of 2023`,
    `Registered capital: 226.9 trillion${NB}VND, first 9 months of 2023`,
    `Key industrial products recognised: 196${NB}products from 132 enterprises, cumulative over 5 years, to 2023`,
    `Industrial clusters where infrastructure construction has started: 19 of 43${NB}clusters, target 10–20 clusters established in 2018–2020, as of 2023`,
  ],
};
