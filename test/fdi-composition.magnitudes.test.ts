import { expect } from '@open-wc/testing';
import { layoutFdiComposition } from '../src/charts/fdi-composition/fdi-composition.layout-all.js';
import type { FdiCompositionData } from '../src/charts/fdi-composition/fdi-composition.types.js';

describe('fdi-composition layout: figures of extreme magnitudes', () => {
  // Found by a property run (seed 4243556): rounded to 6 decimals the parts summed to 0, so the drawing's span was the
  // near-zero total and every fraction overflowed (NaN slice points).
  const tiny: FdiCompositionData = {
    total: 4.4e-323,
    components: [
      { id: 'a', label: 'A', capital: 1e-9 },
      { id: 'b', label: 'B', capital: 3e-9 },
    ],
  };

  it('draws parts finer than six decimals in proportion as bars, against a near-zero total they match when rounded', () => {
    const bar = layoutFdiComposition(tiny, 400, 'en');
    expect(bar.marks.map((m) => [m.segX, m.segWidth])).to.deep.equal([
      [0, 100],
      [100, 300],
    ]);
  });

  it('gives such parts finite slice points and paths in a donut', () => {
    const donut = layoutFdiComposition(tiny, 360, 'en', 'donut');
    for (const m of donut.marks) {
      expect([m.key, Number.isFinite(m.x), Number.isFinite(m.y), /NaN|Infinity/.test(m.path ?? '')]).to.deep.equal([
        m.key,
        true,
        true,
        false,
      ]);
    }
  });

  it('draws parts near the largest number in proportion', () => {
    const huge: FdiCompositionData = {
      components: [
        { id: 'a', label: 'A', capital: 4e307 },
        { id: 'b', label: 'B', capital: 1.2e308 },
      ],
    };
    const bar = layoutFdiComposition(huge, 400, 'en');
    expect(bar.marks.map((m) => [m.segX, m.segWidth])).to.deep.equal([
      [0, 100],
      [100, 300],
    ]);
  });
});
