/**
 * The words of `<citystat-fdi-composition>` in Vietnamese and English (their type, `FdiWords`, is in
 * core/i18n-sections.ts). They are in the widget's code, not in the shared
 * core: a page without this widget does not download them. Read them with
 * `fdiSection(pack)`; a registered language's own `fdi` section overrides them
 * word by word, and English fills any word it lacks.
 */
import { defineSection } from '../../core/i18n.js';

export const fdiSection = defineSection('fdi', {
  vi: {
    totalOf: 'Tổng {period}',
    summaryTotal: '{head}: tổng {total}, gồm {count} phần.',
    summaryOne: '{head}: tổng {total}, chỉ gồm một phần là {part}.',
    summaryLargest: 'Lớn nhất là {part}.',
    summarySmallest: 'Nhỏ nhất là {part}.',
    summaryLargestTie: 'Lớn nhất, bằng nhau: {part}.',
    summarySmallestTie: 'Nhỏ nhất, bằng nhau: {part}.',
    component: 'Thành phần',
    capital: 'Vốn',
    count: 'Số lượng',
    countMissing: 'số lượng: không có số liệu',
  },
  en: {
    totalOf: 'Total, {period}',
    summaryTotal: '{head}: {total} in total, made up of {count} parts.',
    summaryOne: '{head}: {total} in total, from a single part, {part}.',
    summaryLargest: 'The largest is {part}.',
    summarySmallest: 'The smallest is {part}.',
    summaryLargestTie: 'The largest, equal: {part}.',
    summarySmallestTie: 'The smallest, equal: {part}.',
    component: 'Component',
    capital: 'Capital',
    count: 'Count',
    countMissing: 'count: no data',
  },
});
