import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import example from '../data-schemas/examples/sector-breakdown.json';
import cumulative from '../data-schemas/examples/sector-breakdown-cumulative.json';
import { commonStories, desktop, phone, themeOf, widgetArgTypes, type WidgetArgs } from './support.js';
// Invented test data (a city that is not Hanoi): the examples stay Hanoi's real figures.
import { PARTIAL_SECTOR } from '../test/partial-data.js';

interface Args extends WidgetArgs {
  order: 'value' | 'data';
  maxBars: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Sector breakdown',
  component: 'citystat-sector-breakdown',
  tags: ['autodocs'],
  args: { data: example, order: 'value', maxBars: 30 },
  argTypes: {
    ...widgetArgTypes('sector-breakdown'),
    order: { control: 'inline-radio', options: ['value', 'data'] },
    maxBars: { control: { type: 'number', min: 0 }, name: 'max-bars' },
  },
  render: (args, context) =>
    html`<citystat-sector-breakdown
      .data=${args.data}
      src=${args.src ?? nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, context)}
      order=${args.order}
      max-bars=${args.maxBars}
      timeout=${args.timeout ?? nothing}
    ></citystat-sector-breakdown>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Phone: Story = { parameters: phone };
export const PhoneEnglish: Story = { args: { lang: 'en' }, parameters: phone };
export const Wide: Story = { parameters: desktop };
export const PublisherOrder: Story = { args: { order: 'data' } };
export const GroupedAsOther: Story = { args: { maxBars: 5 } };
export const BreakdownNotPublished: Story = { args: { data: cumulative } };
export const MissingValue: Story = {
  args: {
    data: {
      ...example,
      total: undefined,
      items: example.items.map((item, i) => (i === 2 ? { ...item, value: null } : item)),
    },
  },
};
// The eight parts add up to 33; rounding of nine integer figures (the parts and the total) explains at most ±4.5,
// so a stated 45 is clearly off and the notice shows (35 would be within rounding).
export const TotalDoesNotAddUp: Story = { args: { data: { ...example, total: 45 } } };
export const LongLabels: Story = {
  args: {
    data: {
      ...example,
      items: example.items.map((item) => ({
        ...item,
        label: {
          vi: `${item.label.vi} và các sản phẩm công nghiệp hỗ trợ phục vụ xuất khẩu sang thị trường châu Âu`,
          en: `${item.label.en} and supporting-industry products for export to European markets`,
        },
      })),
    },
  },
  parameters: phone,
};
export const FromSrc: Story = commonStories.fromSrc(example);
export const Loading: Story = commonStories.loading();
export const Empty: Story = { args: { data: { items: [] } } };
export const ErrorWrongType: Story = {
  args: { data: { ...example, items: [{ id: 'a', label: 'A', value: 'six' }] } },
};
export const ErrorMissingField: Story = { args: { data: { title: 'No items' } } };
export const ErrorUnknownField: Story = { args: { data: { ...example, colour: 'red' } } };
export const ErrorNegativeValue: Story = {
  args: { data: { ...example, items: [{ id: 'a', label: 'A', value: -3 }] } },
};
export const ErrorDuplicateIds: Story = {
  args: {
    data: {
      ...example,
      items: [
        { id: 'a', label: 'A', value: 1 },
        { id: 'a', label: 'B', value: 2 },
      ],
    },
  },
};
export const ErrorNotAnObject: Story = commonStories.notAnObject();
export const ErrorMalformedJson: Story = { args: { data: undefined, src: 'data:application/json,%7B%22items%22%3A%5B%7D' } };
export const ErrorHtmlInsteadOfJson: Story = commonStories.htmlInsteadOfJson();
export const ErrorEnglish: Story = {
  args: { lang: 'en', data: { ...example, items: [{ id: 'a', label: 'A', value: 'six' }] } },
};
export const DarkTheme: Story = { args: { theme: 'dark' } };
// A partial breakdown: the largest parts of a published total, the rest labelled as not specified (test data).
export const PartialBreakdown: Story = { args: { data: PARTIAL_SECTOR } };
// A long chart (invented wards, test data) with every bar drawn: more than 50 rows are drawn in bands of 20 that the
// browser lays out near the screen (docs/design.md, "Long charts in bands"); its download is the CSV only.
const wards = Array.from({ length: 72 }, (_, i) => ({
  id: `w${i + 1}`,
  label: { vi: `Phường ${i + 1}`, en: `Ward ${i + 1}` },
  value: 40 + ((i * 37) % 160),
}));
export const EveryBarInBands: Story = {
  args: {
    maxBars: 0,
    data: {
      title: { vi: 'Doanh nghiệp thành lập mới theo phường (dữ liệu thử)', en: 'New businesses by ward (test data)' },
      unit: { vi: 'doanh nghiệp', en: 'businesses' },
      total: wards.reduce((sum, w) => sum + w.value, 0),
      items: wards,
    },
  },
};
