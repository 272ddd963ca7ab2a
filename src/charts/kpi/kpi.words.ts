/**
 * The words of `<citystat-kpi>` in Vietnamese and English (their type, `KpiWords`, is in
 * core/i18n-sections.ts). They are in the widget's code, not in the shared
 * core: a page without this widget does not download them. Read them with
 * `kpiSection(pack)`; a registered language's own `kpi` section overrides them
 * word by word, and English fills any word it lacks.
 */
import { defineSection } from '../../core/i18n.js';

export const kpiSection = defineSection('kpi', {
  vi: {
    up: 'tăng',
    down: 'giảm',
    same: 'không đổi',
    points: 'điểm phần trăm',
    of: '{value} trên {total}',
    target: 'mục tiêu {range}',
    targetShown: 'Mục tiêu: {range}',
    summary: 'Các số liệu chính. {labels}.',
    caption: 'Các chỉ số chính',
    figure: 'Chỉ số',
    change: 'Thay đổi',
    period: 'Thời gian',
    trend: 'Xu hướng',
  },
  en: {
    up: 'up',
    down: 'down',
    same: 'unchanged',
    points: 'percentage points',
    of: '{value} of {total}',
    target: 'target {range}',
    targetShown: 'Target: {range}',
    summary: 'Key figures. {labels}.',
    caption: 'Key figures',
    figure: 'Figure',
    change: 'Change',
    period: 'Period',
    trend: 'Trend',
  },
});
