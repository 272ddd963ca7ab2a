import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/fdi-composition/define.js';
import example from '../data-schemas/examples/fdi-composition.json';
import { commonStories, desktop, patternsArgType, phone, themeOf, widgetArgTypes, type WidgetArgs } from './support.js';
// Invented test data (a city that is not Hanoi): the examples stay Hanoi's real figures.
import { PARTIAL_FDI } from '../test/partial-data.js';

interface Args extends WidgetArgs {
  variant: 'bar' | 'donut';
  actions?: string;
  patterns?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/FDI composition',
  component: 'citystat-fdi-composition',
  tags: ['autodocs'],
  args: { data: example, variant: 'bar' },
  argTypes: {
    ...widgetArgTypes('fdi-composition'),
    variant: {
      control: 'inline-radio',
      options: ['bar', 'donut'],
      description: 'One 100% stacked bar, or a donut with the total in its centre.',
    },
    actions: { control: 'text', description: 'Download buttons: `csv`, `png`, `svg` or `all`.' },
    patterns: patternsArgType,
  },
  render: (args, context) =>
    html`<citystat-fdi-composition
      .data=${args.data}
      src=${args.src ?? nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, context)}
      variant=${args.variant}
      actions=${args.actions || nothing}
      timeout=${args.timeout ?? nothing}
      ?patterns=${!!args.patterns}
    ></citystat-fdi-composition>`,
};
export default meta;
type Story = StoryObj<Args>;

/** An illustration with made-up parts (not any city's figures), to show eight colours. */
const eightParts = {
  title: { vi: 'Ví dụ minh hoạ: tám thành phần (số liệu giả định)', en: 'Illustration: eight parts (made-up figures)' },
  period: { vi: 'năm 2024', en: '2024' },
  unit: { vi: 'triệu USD', en: 'million USD' },
  components: [120, 95, 80, 64, 40, 22, 9, 3].map((capital, i) => ({
    id: `p${i + 1}`,
    label: { vi: `Thành phần ${i + 1}`, en: `Part ${i + 1}` },
    capital,
    count: capital * 2,
    countUnit: { vi: 'dự án', en: 'projects' },
  })),
};

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Phone: Story = { parameters: phone };
export const PhoneEnglish: Story = { args: { lang: 'en' }, parameters: phone };
export const Wide: Story = { parameters: desktop };
export const WideEnglish: Story = { args: { lang: 'en' }, parameters: desktop };
export const Donut: Story = { args: { variant: 'donut' } };
export const DonutPhone: Story = { args: { variant: 'donut' }, parameters: phone };
export const DonutWideEnglish: Story = { args: { variant: 'donut', lang: 'en' }, parameters: desktop };
export const TotalDoesNotAddUp: Story = { args: { data: { ...example, total: 2600 } } };
export const TotalDoesNotAddUpDonut: Story = { args: { data: { ...example, total: 2600 }, variant: 'donut' } };
export const WithinRounding: Story = {
  args: {
    data: {
      unit: 'triệu USD',
      total: 179.04,
      components: [
        { id: 'a', label: 'Phần A', capital: 100.02 },
        { id: 'b', label: 'Phần B', capital: 79.03 },
      ],
    },
  },
};
export const OneComponent: Story = {
  args: { data: { ...example, total: undefined, components: [example.components[0]] } },
};
export const EightParts: Story = { args: { data: eightParts } };
export const EightPartsDonutPhone: Story = { args: { data: eightParts, variant: 'donut' }, parameters: phone };
export const MissingCount: Story = {
  args: {
    data: {
      ...example,
      components: example.components.map((c: Record<string, unknown>, i: number) => (i === 1 ? { ...c, count: undefined } : c)),
    },
  },
};
export const WithoutCounts: Story = {
  args: {
    data: { ...example, components: example.components.map(({ count: _c, countUnit: _u, ...rest }: Record<string, unknown>) => rest) },
  },
};
export const LongLabels: Story = {
  args: {
    data: {
      ...example,
      components: example.components.map((c: { label: { vi: string; en: string } }) => ({
        ...c,
        label: {
          vi: `${c.label.vi} của các nhà đầu tư nước ngoài vào doanh nghiệp trên địa bàn thành phố`,
          en: `${c.label.en} by foreign investors in companies based in the city`,
        },
      })),
    },
  },
  parameters: phone,
};
export const WithDownloads: Story = { args: { actions: 'all' } };
export const FromSrc: Story = commonStories.fromSrc(example);
export const Loading: Story = commonStories.loading();
export const Empty: Story = { args: { data: undefined } };
export const ErrorNegativeCapital: Story = {
  args: { data: { ...example, components: [{ id: 'a', label: 'A', capital: -270 }] } },
};
export const ErrorCountNotAnInteger: Story = {
  args: { data: { ...example, components: [{ id: 'a', label: 'A', capital: 270, count: 30.5 }] } },
};
export const ErrorZeroComponents: Story = { args: { data: { ...example, components: [] } } };
export const ErrorMissingLabel: Story = {
  args: { data: { ...example, components: [{ id: 'a', capital: 270 }] } },
};
export const ErrorWrongType: Story = {
  args: { data: { ...example, components: [{ id: 'a', label: 'A', capital: '270' }] } },
};
export const ErrorDuplicateIds: Story = {
  args: {
    data: {
      ...example,
      components: [
        { id: 'a', label: 'A', capital: 1 },
        { id: 'a', label: 'B', capital: 2 },
      ],
    },
  },
};
export const ErrorNotAnObject: Story = commonStories.notAnObject();
export const ErrorMalformedJson: Story = { args: { data: undefined, src: 'data:application/json,%7B%22components%22%3A%5B%7D' } };
export const ErrorHtmlInsteadOfJson: Story = commonStories.htmlInsteadOfJson();
export const ErrorEnglish: Story = {
  args: { lang: 'en', data: { ...example, components: [{ id: 'a', label: 'A', capital: -270 }] } },
};
export const DarkTheme: Story = { args: { theme: 'dark' } };
export const DarkDonut: Story = { args: { theme: 'dark', variant: 'donut' } };
/** `patterns`: each part's segment and key also get a texture (eight parts: all eight textures). */
export const Patterns: Story = { args: { data: eightParts, patterns: true } };
// A partial breakdown: the largest parts of a published total, the rest labelled as not specified (test data).
export const PartialBreakdown: Story = { args: { data: PARTIAL_FDI } };
