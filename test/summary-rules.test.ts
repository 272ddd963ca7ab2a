// Summary wording rules: all-zero or all-equal data names no "largest" or
// "smallest"; the period is not said twice when the title holds it.
import { expect } from '@open-wc/testing';
import { layoutFdiComposition } from '../src/charts/fdi-composition/fdi-composition.layout.js';
import type { FdiCompositionData } from '../src/charts/fdi-composition/fdi-composition.types.js';
import { layoutSectorBreakdown } from '../src/charts/sector-breakdown/sector-breakdown.layout.js';
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
        `Nhỏ nhất là G2: 1 trên tổng số 4${NB}sản phẩm (25,0%).`,
    );
  });

  it('FDI: all zero or all equal names no largest or smallest (vi, en)', () => {
    expect(layoutFdiComposition(fdi([0, 0], 'Vốn'), 600, 'vi').summary).to.equal(`Vốn: tổng 0${NB}tr, gồm 2 phần.`);
    expect(layoutFdiComposition(fdi([2, 2], 'Capital'), 600, 'en').summary).to.equal(`Capital: 4${NB}tr in total, made up of 2 parts.`);
  });

  it('FDI: the period is said once when the title holds it, added when it does not (vi, en)', () => {
    const said = layoutFdiComposition(fdi([3, 1], 'Vốn FDI 9 tháng đầu năm 2023', '9 tháng đầu năm 2023'), 600, 'vi');
    expect(said.summary).to.equal(
      `Vốn FDI 9 tháng đầu năm 2023: tổng 4${NB}tr, gồm 2 phần. Lớn nhất là P1: 3${NB}tr (75,0%). Nhỏ nhất là P2: 1${NB}tr (25,0%).`,
    );
    expect(said.table.caption).to.equal('Vốn FDI 9 tháng đầu năm 2023');
    const added = layoutFdiComposition(fdi([3, 1], 'FDI', 'first 9 months of 2023'), 600, 'en');
    expect(added.summary).to.equal(
      `FDI, first 9 months of 2023: 4${NB}tr in total, made up of 2 parts. ` +
        `The largest is P1: 3${NB}tr (75.0%). The smallest is P2: 1${NB}tr (25.0%).`,
    );
  });
});
