import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/trend/define.js';
import example from '../data-schemas/examples/trend.json';
import { commonStories, desktop, phone, radioWithEmpty, themeOf, widgetArgTypes, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  actions?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Trend',
  component: 'citystat-trend',
  tags: ['autodocs'],
  args: { data: example },
  argTypes: {
    ...widgetArgTypes('trend'),
    actions: { ...radioWithEmpty('(none)', ['csv', 'csv png svg']), description: 'Download buttons.' },
  },
  render: (args, context) =>
    html`<citystat-trend
      .data=${args.data}
      src=${args.src ?? nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, context)}
      timeout=${args.timeout ?? nothing}
      actions=${args.actions || nothing}
    ></citystat-trend>`,
};
export default meta;
type Story = StoryObj<Args>;

const quarterly = example.series[0];

/**
 * Hanoi's IIP in the last two months of 2023 (FACTS.md section 6), each series
 * with its own source: November from Hànộimới, December (an estimate) from
 * Pháp luật & Xã hội. The sources are shown apart, never blended.
 */
const monthly = {
  locale: 'vi',
  title: { vi: 'Chỉ số sản xuất công nghiệp Hà Nội, tháng 11 và 12/2023', en: "Hanoi's industrial production index, Nov and Dec 2023" },
  subtitle: { vi: 'Tăng, %', en: 'Change, %' },
  series: [
    {
      id: 'yoy',
      label: { vi: 'So với cùng kỳ', en: 'Year on year' },
      kind: 'change-year',
      decimals: 1,
      points: [
        { period: '2023-11', value: 4.6, note: { vi: 'Theo Hànộimới', en: 'Reported by Hànộimới' } },
        { period: '2023-12', value: 4.4, estimate: true, note: { vi: 'Theo Pháp luật & Xã hội', en: 'Reported by Pháp luật & Xã hội' } },
      ],
    },
    {
      id: 'mom',
      label: { vi: 'So với tháng trước', en: 'On the previous month' },
      kind: 'change-previous',
      decimals: 1,
      points: [
        { period: '2023-11', value: 0.3, note: { vi: 'Theo Hànộimới', en: 'Reported by Hànộimới' } },
        { period: '2023-12', value: 1.7, estimate: true, note: { vi: 'Theo Pháp luật & Xã hội', en: 'Reported by Pháp luật & Xã hội' } },
      ],
    },
  ],
  source: {
    name: {
      vi: 'Cục Thống kê Hà Nội, theo Hànộimới (tháng 11) và Pháp luật & Xã hội (tháng 12)',
      en: 'Hanoi Statistics Office, via Hànộimới (November) and Pháp luật & Xã hội (December)',
    },
    date: '2023',
  },
};

/** Invented numbers, labelled as such: for the gap, annotation and long-series states only. */
const illustrative = { vi: 'Số liệu minh họa, không phải số liệu thật', en: 'Illustrative numbers, not real data' };
const months24 = Array.from({ length: 24 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const wave = (i: number) => Math.round((3 + 2.5 * Math.sin(i / 2.2) + (i % 5) * 0.3) * 10) / 10;
const illustrativeMonths = {
  title: illustrative,
  note: illustrative,
  series: [
    {
      id: 'yoy',
      label: { vi: 'So với cùng kỳ', en: 'Year on year' },
      kind: 'change-year',
      decimals: 1,
      points: months24.map((period, i) => ({ period, value: i === 7 || i === 8 ? null : wave(i), estimate: i === 23 })),
    },
  ],
  annotations: [
    { period: '2022-01', end: '2022-02', label: { vi: 'Tết', en: 'Tết' } },
    { period: '2023-01', label: { vi: 'Tết', en: 'Tết' } },
  ],
};
const levels = {
  title: illustrative,
  series: [
    {
      id: 'index',
      label: { vi: 'Chỉ số (2020 = 100)', en: 'Index (2020 = 100)' },
      kind: 'level',
      unit: { vi: 'điểm', en: 'points' },
      points: ['2019', '2020', '2021', '2022', '2023'].map((period, i) => ({ period, value: [96.5, 100, 104.2, 109.8, 113.1][i] })),
    },
  ],
};

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Phone: Story = { parameters: phone };
export const PhoneEnglish: Story = { args: { lang: 'en' }, parameters: phone };
export const Wide: Story = { parameters: desktop };
export const WideEnglish: Story = { args: { lang: 'en' }, parameters: desktop };
export const DarkTheme: Story = { args: { theme: 'dark' } };
export const DarkPhone: Story = { args: { theme: 'dark' }, parameters: phone };
export const DarkPhoneEnglish: Story = { args: { theme: 'dark', lang: 'en' }, parameters: phone };
export const DarkWide: Story = { args: { theme: 'dark' }, parameters: desktop };
export const DarkWideEnglish: Story = { args: { theme: 'dark', lang: 'en' }, parameters: desktop };
export const Monthly: Story = { args: { data: monthly } };
export const MonthlyPhone: Story = { args: { data: monthly }, parameters: phone };
export const GapsAndAnnotations: Story = { args: { data: illustrativeMonths } };
export const GapsAndAnnotationsPhone: Story = { args: { data: illustrativeMonths }, parameters: phone };
export const Level: Story = { args: { data: levels } };
export const WithDownloads: Story = { args: { actions: 'csv png svg' } };
export const FromSrc: Story = commonStories.fromSrc(example);
export const Loading: Story = commonStories.loading();
export const Empty: Story = { args: { data: undefined } };
export const NoFigures: Story = {
  args: { data: { ...example, series: [{ ...quarterly, points: quarterly.points.map((p) => ({ ...p, value: null })) }] } },
};
export const ErrorUnsortedPeriods: Story = {
  args: {
    data: { ...example, series: [{ ...quarterly, points: [quarterly.points[1], quarterly.points[0], ...quarterly.points.slice(2)] }] },
  },
};
export const ErrorDuplicatePeriod: Story = {
  args: { data: { ...example, series: [{ ...quarterly, points: [...quarterly.points, quarterly.points[3]] }] } },
};
export const ErrorMixedPeriods: Story = {
  args: { data: { ...example, series: [{ ...quarterly, points: [...quarterly.points, { period: '2024-01', value: 1 }] }] } },
};
export const ErrorLevelWithChange: Story = { args: { data: { ...example, series: [quarterly, levels.series[0]] } } };
export const ErrorBadPeriod: Story = {
  args: { data: { ...example, series: [{ ...quarterly, points: [{ period: 'Quý 1/2023', value: 0.9 }] }] } },
};
export const ErrorNotAnObject: Story = commonStories.notAnObject();
export const ErrorHtmlInsteadOfJson: Story = commonStories.htmlInsteadOfJson();
export const ErrorEnglish: Story = { args: { lang: 'en', data: ErrorUnsortedPeriods.args!.data } };
