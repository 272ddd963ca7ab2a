import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/kpi/define.js';
import example from '../data-schemas/examples/kpi.json';
import { commonStories, desktop, phone, radioWithEmpty, themeOf, widgetArgTypes, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  actions?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/KPI',
  component: 'citystat-kpi',
  tags: ['autodocs'],
  args: { data: example },
  argTypes: {
    ...widgetArgTypes('kpi'),
    actions: { ...radioWithEmpty('(none)', ['csv']), description: 'Download buttons (cards are HTML: CSV only).' },
  },
  render: (args, context) =>
    html`<citystat-kpi
      .data=${args.data}
      src=${args.src ?? nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, context)}
      timeout=${args.timeout ?? nothing}
      actions=${args.actions || nothing}
    ></citystat-kpi>`,
};
export default meta;
type Story = StoryObj<Args>;

const figures = example.figures as any[];
/** Invented numbers, labelled as such: for the trend and change variants only. */
const illustrative = { vi: 'Số liệu minh họa, không phải số liệu thật', en: 'Illustrative numbers, not real data' };

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Phone: Story = { parameters: phone };
export const PhoneEnglish: Story = { args: { lang: 'en' }, parameters: phone };
export const Wide: Story = { parameters: desktop };
export const WideEnglish: Story = { args: { lang: 'en' }, parameters: desktop };
export const OneFigure: Story = { args: { data: { ...example, title: undefined, figures: [figures[1]] } } };
export const PercentChangeHeadline: Story = { args: { data: { ...example, figures: [figures[0]] } } };
export const CompactUnits: Story = { args: { data: { ...example, figures: [figures[1], figures[2]] } } };
export const ProgressWithTarget: Story = { args: { data: { ...example, figures: [figures[4]] } } };
export const ChangesAndTrends: Story = {
  args: {
    data: {
      title: illustrative,
      note: illustrative,
      figures: [
        {
          id: 'up-good',
          label: 'Up, good news',
          value: 120,
          unit: 'units',
          change: { value: 4.5, kind: 'percent', comparison: 'year on year', direction: 'up-good' },
          trend: [90, 100, 96, 110, 120],
        },
        {
          id: 'down-good',
          label: 'Down, good news',
          value: 35,
          unit: 'cases',
          change: { value: -5, kind: 'absolute', comparison: 'on last year', direction: 'up-bad' },
          trend: [50, 44, 40, 35],
        },
        {
          id: 'up-bad',
          label: 'Up, bad news',
          value: 12,
          unit: 'cases',
          change: { value: 2, kind: 'absolute', comparison: 'on last year', direction: 'up-bad' },
          trend: [10, 12],
        },
        { id: 'flat', label: 'Unchanged', value: 7, change: { value: 0, kind: 'percent', comparison: 'year on year' }, trend: [7, 7, 7] },
        {
          id: 'pct-down',
          label: 'A rate that fell',
          value: -1.2,
          format: 'percent-change',
          comparison: 'year on year',
          direction: 'up-good',
        },
      ],
    },
  },
};
export const ProgressOfSomethingElse: Story = {
  args: {
    data: {
      title: illustrative,
      figures: [
        {
          id: 'p',
          label: 'Capital disbursed',
          value: 1200,
          unit: 'billion VND',
          progress: { value: 12, total: 20, label: 'projects completed', target: { min: 15, max: 15 } },
        },
      ],
    },
  },
};
export const MissingValues: Story = {
  args: { data: { ...example, figures: figures.map((f, i) => (i % 2 ? { ...f, value: null } : f)) } },
};
export const LongLabels: Story = {
  args: {
    data: {
      ...example,
      figures: figures.map((f) => ({
        ...f,
        label: {
          vi: `${f.label.vi} trên địa bàn thành phố Hà Nội theo báo cáo tổng hợp của các sở, ngành`,
          en: `${f.label.en} across the city of Hanoi, as compiled from the reports of city departments`,
        },
      })),
    },
  },
  parameters: phone,
};
export const FromSrc: Story = commonStories.fromSrc(example);
export const Loading: Story = commonStories.loading();
export const Empty: Story = { args: { data: undefined } };
export const ErrorEmptyList: Story = { args: { data: { figures: [] } } };
export const ErrorProgressAboveTotal: Story = {
  args: { data: { ...example, figures: [{ ...figures[4], progress: { value: 50, total: 43 } }] } },
};
export const ErrorNonNumericChange: Story = {
  args: { data: { ...example, figures: [{ ...figures[1], change: { ...figures[1].change, value: '2%' } }] } },
};
export const ErrorOnePointTrend: Story = { args: { data: { ...example, figures: [{ ...figures[0], trend: [3.93] }] } } };
export const ErrorWrongType: Story = { args: { data: { ...example, figures: [{ ...figures[1], value: '22,9 nghìn' }] } } };
export const ErrorUnknownField: Story = { args: { data: { ...example, colour: 'red' } } };
export const ErrorNotAnObject: Story = commonStories.notAnObject();
export const ErrorHtmlInsteadOfJson: Story = commonStories.htmlInsteadOfJson();
export const ErrorEnglish: Story = { args: { lang: 'en', data: { figures: [] } } };
export const DarkTheme: Story = { args: { theme: 'dark' } };
export const DarkThemeTrends: Story = { args: { theme: 'dark', data: ChangesAndTrends.args!.data } };
export const WithCsvDownload: Story = { args: { actions: 'csv' } };
