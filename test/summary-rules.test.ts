// Summary wording rules: all-zero or all-equal data names no "largest" or
// "smallest"; parts tied for either are all named; one group is "1 group";
// without a total, a share said is of the parts shown (and the summary says so);
// the period is not said twice when the title holds it.
import { expect } from '@open-wc/testing';
import { layoutFdiComposition } from '../src/charts/fdi-composition/fdi-composition.layout-all.js';
import type { FdiCompositionData } from '../src/charts/fdi-composition/fdi-composition.types.js';
import { layoutSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.layout-all.js';
import type { SectorBreakdownData } from '../src/charts/sector-breakdown/sector-breakdown.types.js';

const NB = '\u00a0';
const sector = (values: number[]): SectorBreakdownData => ({
  title: { vi: 'Sản phẩm', en: 'Products' },
  unit: { vi: 'sản phẩm', en: 'products' },
  items: values.map((value, i) => ({ id: `i${i}`, label: `G${i + 1}`, value })),
});
const fdi = (capitals: number[], title: string, period?: string): FdiCompositionData => ({
  title,
  ...(period ? { period } : {}),
  unit: 'tr',
  components: capitals.map((capital, i) => ({ id: `c${i}`, label: `P${i + 1}`, capital })),
});

describe('summary wording rules', () => {
  it('sector: all zero names no largest or smallest (vi, en)', () => {
    expect(layoutSectorBreakdown(sector([0, 0]), 600, 'vi').summary).to.equal(`Sản phẩm: 2 nhóm, tổng cộng 0${NB}sản phẩm.`);
    expect(layoutSectorBreakdown(sector([0, 0]), 600, 'en').summary).to.equal(`Products: 2 groups, 0${NB}products in total.`);
  });

  it('sector: all equal names no largest or smallest; unequal names both (vi, en)', () => {
    expect(layoutSectorBreakdown(sector([3, 3, 3]), 600, 'en').summary).to.equal(`Products: 3 groups, 9${NB}products in total.`);
    expect(layoutSectorBreakdown(sector([3, 1]), 600, 'vi').summary).to.equal(
      `Sản phẩm: 2 nhóm, tổng cộng 4${NB}sản phẩm. Lớn nhất là G1: 3 trên tổng số 4${NB}sản phẩm (75,0%). ` +
        `Nhỏ nhất là G2: 1 trên tổng số 4${NB}sản phẩm (25,0%). Tỷ lệ tính trên tổng các phần được nêu.`,
    );
  });

  it('sector: parts tied for the smallest or the largest are all named (vi, en)', () => {
    expect(layoutSectorBreakdown(sector([3, 1, 1]), 600, 'vi').summary).to.equal(
      `Sản phẩm: 3 nhóm, tổng cộng 5${NB}sản phẩm. Lớn nhất là G1: 3 trên tổng số 5${NB}sản phẩm (60,0%). ` +
        `Nhỏ nhất là G2, G3, mỗi nhóm 1 trên tổng số 5${NB}sản phẩm (20,0%). Tỷ lệ tính trên tổng các phần được nêu.`,
    );
    expect(layoutSectorBreakdown(sector([2, 2, 1]), 600, 'en').summary).to.equal(
      `Products: 3 groups, 5${NB}products in total. The largest are G1, G2, each 2 of 5${NB}products (40.0%). ` +
        `The smallest is G3: 1 of 5${NB}products (20.0%). Shares are of the parts shown.`,
    );
  });

  it('sector: a single group is "1 group", with no largest or smallest (vi, en)', () => {
    expect(layoutSectorBreakdown(sector([7]), 600, 'vi').summary).to.equal(`Sản phẩm: 1 nhóm, G1, tổng cộng 7${NB}sản phẩm.`);
    expect(layoutSectorBreakdown(sector([7]), 600, 'en').summary).to.equal(`Products: 1 group, G1, 7${NB}products in total.`);
    expect(layoutSectorBreakdown(sector([0]), 600, 'en').summary).to.equal(`Products: 1 group, G1, 0${NB}products in total.`);
  });

  it('FDI: parts tied for the smallest or the largest are all named; a single part is said once (vi, en)', () => {
    expect(layoutFdiComposition(fdi([3, 1, 1], 'Vốn'), 600, 'vi').summary).to.equal(
      `Vốn: tổng 5${NB}tr, gồm 3 phần. Lớn nhất là P1: 3${NB}tr (60,0%). Nhỏ nhất, bằng nhau: P2: 1${NB}tr (20,0%); P3: 1${NB}tr (20,0%). Tỷ lệ tính trên tổng các phần được nêu.`,
    );
    expect(layoutFdiComposition(fdi([2, 2, 1], 'Capital'), 600, 'en').summary).to.equal(
      `Capital: 5${NB}tr in total, made up of 3 parts. The largest, equal: P1: 2${NB}tr (40.0%); P2: 2${NB}tr (40.0%). ` +
        `The smallest is P3: 1${NB}tr (20.0%). Shares are of the parts shown.`,
    );
    expect(layoutFdiComposition(fdi([4], 'Vốn'), 600, 'vi').summary).to.equal(
      `Vốn: tổng 4${NB}tr, chỉ gồm một phần là P1: 4${NB}tr (100,0%).`,
    );
    expect(layoutFdiComposition(fdi([4], 'Capital'), 600, 'en').summary).to.equal(
      `Capital: 4${NB}tr in total, from a single part, P1: 4${NB}tr (100.0%).`,
    );
  });

  it('FDI: all zero or all equal names no largest or smallest (vi, en)', () => {
    expect(layoutFdiComposition(fdi([0, 0], 'Vốn'), 600, 'vi').summary).to.equal(`Vốn: tổng 0${NB}tr, gồm 2 phần.`);
    expect(layoutFdiComposition(fdi([2, 2], 'Capital'), 600, 'en').summary).to.equal(`Capital: 4${NB}tr in total, made up of 2 parts.`);
  });

  it('FDI: the period is said once when the title holds it, added when it does not (vi, en)', () => {
    const said = layoutFdiComposition(fdi([3, 1], 'Vốn FDI 9 tháng đầu năm 2023', '9 tháng đầu năm 2023'), 600, 'vi');
    expect(said.summary).to.equal(
      `Vốn FDI 9 tháng đầu năm 2023: tổng 4${NB}tr, gồm 2 phần. Lớn nhất là P1: 3${NB}tr (75,0%). Nhỏ nhất là P2: 1${NB}tr (25,0%). Tỷ lệ tính trên tổng các phần được nêu.`,
    );
    expect(said.table.caption).to.equal('Vốn FDI 9 tháng đầu năm 2023');
    const added = layoutFdiComposition(fdi([3, 1], 'FDI', 'first 9 months of 2023'), 600, 'en');
    expect(added.summary).to.equal(
      `FDI, first 9 months of 2023: 4${NB}tr in total, made up of 2 parts. ` +
        `The largest is P1: 3${NB}tr (75.0%). The smallest is P2: 1${NB}tr (25.0%). Shares are of the parts shown.`,
    );
  });
});
