// TEST DATA ONLY: an invented city's figures, shaped like published partial
// breakdowns (the largest parts of a total, the rest left unspecified). Never
// Hanoi's figures; the examples in data-schemas/examples/ are the real ones.
import type { FdiCompositionData } from '../src/charts/fdi-composition/fdi-composition.types.js';
import type { SectorBreakdownData } from '../src/charts/sector-breakdown/sector-breakdown.types.js';

/** New FDI by sector in "Test City": four sectors, about four fifths of the total. */
export const PARTIAL_SECTOR: SectorBreakdownData = {
  locale: 'vi',
  title: { vi: 'Vốn FDI đăng ký mới theo ngành (dữ liệu thử)', en: 'New FDI by sector (test data)' },
  unit: { vi: 'triệu USD', en: 'million USD' },
  total: 1000,
  rest: 'unspecified',
  decimals: 1,
  items: [
    {
      id: 'mfg',
      label: { vi: 'Công nghiệp chế biến', en: 'Manufacturing' },
      value: 312.5,
      count: 512,
      countUnit: { vi: 'dự án', en: 'projects' },
    },
    { id: 're', label: { vi: 'Bất động sản', en: 'Real estate' }, value: 230.3, count: 41, countUnit: { vi: 'dự án', en: 'projects' } },
    {
      id: 'trade',
      label: { vi: 'Bán buôn, bán lẻ', en: 'Wholesale and retail' },
      value: 140.2,
      count: 230,
      countUnit: { vi: 'dự án', en: 'projects' },
      note: { vi: 'Gồm sửa chữa ô tô', en: 'Includes car repair' },
    },
    {
      id: 'sci',
      label: { vi: 'Khoa học, công nghệ', en: 'Science and technology' },
      value: 99,
      count: 88,
      countUnit: { vi: 'dự án', en: 'projects' },
    },
  ],
};

/** Investment by country in "Test City": the top three of a larger total. */
export const PARTIAL_FDI: FdiCompositionData = {
  locale: 'vi',
  title: { vi: 'Ba nhà đầu tư lớn nhất (dữ liệu thử)', en: 'Top three investors (test data)' },
  unit: { vi: 'triệu USD', en: 'million USD' },
  total: 500,
  rest: 'unspecified',
  decimals: 1,
  components: [
    { id: 'kr', label: { vi: 'Hàn Quốc', en: 'South Korea' }, capital: 199.7, count: 61, countUnit: { vi: 'dự án', en: 'projects' } },
    {
      id: 'jp',
      label: { vi: 'Nhật Bản', en: 'Japan' },
      capital: 99,
      count: 40,
      countUnit: { vi: 'dự án', en: 'projects' },
      note: { vi: 'Chưa gồm góp vốn', en: 'Excludes share purchases' },
    },
    { id: 'sg', label: { vi: 'Singapore', en: 'Singapore' }, capital: 70.4, count: 25, countUnit: { vi: 'dự án', en: 'projects' } },
  ],
};
