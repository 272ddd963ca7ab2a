/**
 * The words of `<citystat-fair-participation>` in Vietnamese and English (their type, `FairWords`, is in
 * core/i18n-sections.ts). They are in the widget's code, not in the shared
 * core: a page without this widget does not download them. Read them with
 * `fairSection(pack)`; a registered language's own `fair` section overrides them
 * word by word, and English fills any word it lacks.
 */
import { defineSection } from '../../core/i18n.js';

export const fairSection = defineSection('fair', {
  vi: {
    largest: '{names} có nhiều {what} nhất ({value})',
    noData: 'không có số liệu về {what}',
    capped: 'Biểu đồ chỉ vẽ {shown} trên {total} hội chợ; bảng dữ liệu có đủ cả {total}.',
    missingOf: '{missing} ({what})',
    fair: 'Hội chợ',
    date: 'Thời gian',
    place: 'Địa điểm',
    dateDay: '{dd}/{mm}/{y}',
    dateMonth: 'tháng {m}/{y}',
  },
  en: {
    largest: '{names} had the most {what} ({value})',
    noData: 'no data on {what}',
    capped: 'The chart draws {shown} of {total} fairs; the data table lists all {total}.',
    missingOf: '{missing} ({what})',
    fair: 'Fair',
    date: 'Date',
    place: 'Place',
    dateDay: '{M} {d}, {y}',
    dateMonth: '{M} {y}',
  },
});
