import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import example from '../data-schemas/examples/fair-participation.json';
import { commonStories, desktop, patternsArgType, phone, themeOf, widgetArgTypes, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  sortBy: string;
  maxRows: number;
  patterns?: boolean;
}

/** The three 2023 fairs. Stories that need other figures say in their title that they are illustrations. */
const events = example.events;

const meta: Meta<Args> = {
  title: 'Widgets/Fair participation',
  component: 'citystat-fair-participation',
  tags: ['autodocs'],
  args: { data: example, sortBy: 'data', maxRows: 100 },
  argTypes: {
    ...widgetArgTypes('fair-participation'),
    sortBy: {
      control: 'inline-radio',
      options: ['data', 'date', 'booths', 'countries'],
      name: 'sort-by',
      description: "A measure id (largest first), `date` (earliest first) or `data` (the publisher's order).",
    },
    maxRows: { control: { type: 'number', min: 0 }, name: 'max-rows', description: 'Draw at most this many fairs (0 = all).' },
    patterns: patternsArgType,
  },
  render: (args, context) =>
    html`<citystat-fair-participation
      .data=${args.data}
      src=${args.src ?? nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, context)}
      sort-by=${args.sortBy}
      max-rows=${args.maxRows}
      timeout=${args.timeout ?? nothing}
      ?patterns=${!!args.patterns}
    ></citystat-fair-participation>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Phone: Story = { parameters: phone };
export const PhoneEnglish: Story = { args: { lang: 'en' }, parameters: phone };
export const Wide: Story = { parameters: desktop };
export const WideEnglish: Story = { args: { lang: 'en' }, parameters: desktop };
export const SortedByCountries: Story = { args: { sortBy: 'countries' } };
export const SortedByBooths: Story = { args: { sortBy: 'booths', lang: 'en' } };
/** Illustrative dates (not published figures), to show `sort-by="date"` and the date line. */
export const SortedByDate: Story = {
  args: {
    sortBy: 'date',
    data: {
      ...example,
      title: { vi: 'Ví dụ minh họa: hội chợ có ngày tổ chức', en: 'Illustration: fairs with dates' },
      events: events.map((e, i) => ({ ...e, date: ['2023-11-02', '2023-09', '2023-06-14'][i] })),
    },
  },
};
export const MissingValue: Story = {
  args: {
    data: {
      ...example,
      title: { vi: 'Ví dụ minh họa: một số liệu bị thiếu', en: 'Illustration: one figure missing' },
      events: events.map((e, i) => (i === 2 ? { ...e, values: { booths: e.values.booths, countries: null } } : e)),
    },
  },
};
/** A third measure that no fair reports: every cell is missing, and the summary says so. */
export const MeasureWithoutFigures: Story = {
  args: {
    data: {
      ...example,
      measures: [
        ...example.measures,
        { id: 'visitors', label: { vi: 'Lượt khách tham quan', en: 'Visitors' }, unit: { vi: 'lượt khách', en: 'visitors' } },
      ],
    },
  },
};
export const LongNames: Story = {
  args: {
    data: {
      ...example,
      events: events.map((e) => ({
        ...e,
        name: {
          vi: `${e.name.vi} quốc tế lần thứ nhất tại Trung tâm Triển lãm Quốc tế Hà Nội, khu vực đồng bằng sông Hồng`,
          en: `${e.name.en}, first international edition, Hanoi International Exhibition Centre, Red River Delta region`,
        },
      })),
    },
  },
  parameters: phone,
};
export const FiftyFairs: Story = {
  args: {
    data: {
      ...example,
      title: { vi: 'Ví dụ minh họa: 50 hội chợ (số liệu giả định)', en: 'Illustration: 50 fairs (made-up figures)' },
      source: undefined,
      events: Array.from({ length: 50 }, (_, i) => ({
        id: `e${i + 1}`,
        name: { vi: `Hội chợ minh họa số ${i + 1}`, en: `Illustrative fair no. ${i + 1}` },
        values: { booths: 40 + ((i * 37) % 211), countries: i % 6 ? 1 + (i % 15) : null },
      })),
    },
    sortBy: 'booths',
  },
};
export const CappedRows: Story = { args: { ...FiftyFairs.args, maxRows: 10 } };
export const FromSrc: Story = commonStories.fromSrc(example);
export const Loading: Story = commonStories.loading();
export const Empty: Story = { args: { data: { ...example, events: [] } } };
export const ErrorNegativeBooths: Story = {
  args: { data: { ...example, events: [{ ...events[0], values: { booths: -250, countries: 10 } }] } },
};
export const ErrorCountriesNotInteger: Story = {
  args: { data: { ...example, events: [{ ...events[0], values: { booths: 250, countries: 10.5 } }] } },
};
export const ErrorEventWithoutName: Story = {
  args: { data: { ...example, events: [{ id: 'a', values: { booths: 250 } }] } },
};
export const ErrorUnknownMeasure: Story = {
  args: { data: { ...example, events: [{ ...events[0], values: { booths: 250, visitors: 12000 } }] } },
};
export const ErrorWrongType: Story = {
  args: { data: { ...example, events: [{ ...events[0], values: { booths: '250' } }] } },
};
export const ErrorNotAnObject: Story = commonStories.notAnObject();
export const ErrorMalformedJson: Story = { args: { data: undefined, src: 'data:application/json,%7B%22events%22%3A%5B%7D' } };
export const ErrorHtmlInsteadOfJson: Story = commonStories.htmlInsteadOfJson();
export const ErrorEnglish: Story = {
  args: { lang: 'en', data: { ...example, events: [{ ...events[0], values: { booths: -250, countries: 10.5 } }] } },
};
export const DarkTheme: Story = { args: { theme: 'dark' } };
export const DarkPhone: Story = { args: { theme: 'dark', lang: 'en' }, parameters: phone };
/** `patterns`: each measure's bars get a colour and texture of their own. */
export const Patterns: Story = { args: { patterns: true } };
