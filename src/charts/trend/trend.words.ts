/**
 * The words of `<citystat-trend>` in Vietnamese and English (their type, `TrendWords`, is in
 * core/i18n-sections.ts). They are in the widget's code, not in the shared
 * core: a page without this widget does not download them. Read them with
 * `trendSection(pack)`; a registered language's own `trend` section overrides them
 * word by word, and English fills any word it lacks.
 */
import { defineSection } from '../../core/i18n.js';

export const trendSection = defineSection('trend', {
  vi: {
    quarter: 'Quý {n}/{y}',
    quarterShort: 'Q{n}/{y}',
    month: 'Tháng {n}/{y}',
    monthShort: 'T{n}/{y}',
    months: [],
    units: { month: ['tháng', 'tháng'], quarter: ['quý', 'quý'], year: ['năm', 'năm'] },
    against: {
      level: 'so với kỳ trước',
      'change-year': 'so với cùng kỳ',
      'change-previous': 'so với kỳ trước',
      'change-year-to-date': 'lũy kế so với cùng kỳ',
    },
    estimate: 'ước tính',
    estimates: 'Số ước tính được vẽ nhạt hơn.',
    span: '{label}: {count}, từ {first} đến {last}.',
    rose: 'Tăng {against} ở {n} trên {count}.',
    high: 'Cao nhất là {high}, thấp nhất là {low}.',
    highRate: 'Tốc độ tăng cao nhất là {high}, thấp nhất là {low}.',
    latest: 'Mới nhất, {period}: {value}.',
    rateUp: 'Tốc độ tăng đi từ {first} ({from}) lên {last} ({to}).',
    rateDown: 'Tốc độ tăng đi từ {first} ({from}) xuống {last} ({to}).',
    rateSame: 'Tốc độ tăng là {first} cả ở {from} và {to}.',
    levelUp: 'Từ {first} ({from}) lên {last} ({to}), {diff}.',
    levelDown: 'Từ {first} ({from}) xuống {last} ({to}), {diff}.',
    levelSame: 'Bằng {first} cả ở {from} và {to}.',
    period: 'Thời gian',
  },
  en: {
    quarter: 'Q{n} {y}',
    quarterShort: 'Q{n} ’{y}',
    month: '{M} {y}',
    monthShort: '{M} ’{y}',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    units: { month: ['month', 'months'], quarter: ['quarter', 'quarters'], year: ['year', 'years'] },
    against: {
      level: 'on the previous period',
      'change-year': 'year on year',
      'change-previous': 'on the previous period',
      'change-year-to-date': 'year to date, year on year',
    },
    estimate: 'estimate',
    estimates: 'Estimates are drawn lighter.',
    span: '{label}: {count}, {first} to {last}.',
    rose: 'It rose {against} in {n} of {count}.',
    high: 'The highest was {high}, the lowest {low}.',
    highRate: 'The highest growth rate was {high}, the lowest {low}.',
    latest: 'The latest, {period}: {value}.',
    rateUp: 'The growth rate went up from {first} in {from} to {last} in {to}.',
    rateDown: 'The growth rate went down from {first} in {from} to {last} in {to}.',
    rateSame: 'The growth rate was {first} in both {from} and {to}.',
    levelUp: 'It rose from {first} in {from} to {last} in {to}, {diff}.',
    levelDown: 'It fell from {first} in {from} to {last} in {to}, {diff}.',
    levelSame: 'It was {first} in both {from} and {to}.',
    period: 'Period',
  },
});
