// Bad input to <citystat-kpi>: each case with its located message in vi and en
// (test/kpi.bad-input.test.ts shows them; test/kpi.schema.test.ts checks the schema rejects them).
import { clone } from './helpers.js';
import { example, type Doc } from './kpi-support.js';

export interface BadCase {
  name: string;
  data: () => unknown;
  vi: string;
  en: string;
}

const fig = (i: number, patch: Doc) => {
  const doc = clone(example);
  Object.assign(doc.figures[i], patch);
  return doc;
};

export const badCases: BadCase[] = [
  {
    name: 'progress value above its total',
    data: () => fig(4, { progress: { value: 50, total: 43 } }),
    vi: 'figures[4].progress.value phải nhỏ hơn hoặc bằng 43.',
    en: 'figures[4].progress.value must be at most 43.',
  },
  {
    name: 'a target range upside down',
    data: () => fig(4, { progress: { value: 19, total: 43, target: { min: 20, max: 10 } } }),
    vi: 'figures[4].progress.target.min phải nhỏ hơn hoặc bằng 10.',
    en: 'figures[4].progress.target.min must be at most 10.',
  },
  {
    name: 'a target beyond the total',
    data: () => fig(4, { progress: { value: 19, total: 43, target: { min: 10, max: 50 } } }),
    vi: 'figures[4].progress.target.max phải nhỏ hơn hoặc bằng 43.',
    en: 'figures[4].progress.target.max must be at most 43.',
  },
  {
    name: 'a non-numeric change',
    data: () => fig(1, { change: { value: '2%', kind: 'percent', comparison: 'so với cùng kỳ' } }),
    vi: 'figures[1].change.value phải là một số, nhưng đang là một chuỗi văn bản.',
    en: 'figures[1].change.value must be a number, but is a text.',
  },
  {
    name: 'an unknown kind of change',
    data: () => fig(1, { change: { value: 2, kind: 'percentage', comparison: 'so với cùng kỳ' } }),
    vi: 'figures[1].change.kind phải là một trong: "absolute", "percent", "points".',
    en: 'figures[1].change.kind must be one of: "absolute", "percent", "points".',
  },
  {
    name: 'an empty list',
    data: () => ({ figures: [] }),
    vi: 'figures phải có ít nhất 1 mục.',
    en: 'figures must have at least 1 item(s).',
  },
  {
    name: 'a trend with one point',
    data: () => fig(0, { trend: [3.93] }),
    vi: 'figures[0].trend phải có ít nhất 2 mục.',
    en: 'figures[0].trend must have at least 2 item(s).',
  },
  {
    name: 'a value written as text',
    data: () => fig(1, { value: '22,9 nghìn' }),
    vi: 'figures[1].value phải là null hoặc một số, nhưng đang là một chuỗi văn bản.',
    en: 'figures[1].value must be null or a number, but is a text.',
  },
  {
    name: 'compact as a string',
    data: () => fig(2, { compact: 'yes' }),
    vi: 'figures[2].compact phải là true hoặc false, nhưng đang là một chuỗi văn bản.',
    en: 'figures[2].compact must be true or false, but is a text.',
  },
  {
    name: 'figures that is not a list',
    data: () => ({ figures: { id: 'a' } }),
    vi: 'figures phải là một danh sách […], nhưng đang là một đối tượng.',
    en: 'figures must be a list […], but is an object.',
  },
  {
    name: 'a label of the wrong shape',
    data: () => fig(3, { label: 196 }),
    vi: 'figures[3].label phải là một chuỗi văn bản hoặc bản dịch dạng {"vi": "…", "en": "…"}.',
    en: 'figures[3].label must be a text or translations like {"vi": "…", "en": "…"}.',
  },
  {
    name: 'a missing value field',
    data: () => ({ figures: [{ id: 'a', label: 'A' }] }),
    vi: 'figures[0] thiếu trường bắt buộc "value".',
    en: 'figures[0] is missing the required field "value".',
  },
  {
    name: 'a change without its comparison',
    data: () => fig(1, { change: { value: 2, kind: 'percent' } }),
    vi: 'figures[1].change thiếu trường bắt buộc "comparison".',
    en: 'figures[1].change is missing the required field "comparison".',
  },
  {
    name: 'an unknown direction',
    data: () => fig(0, { direction: 'up' }),
    vi: 'figures[0].direction phải là một trong: "neutral", "up-bad", "up-good".',
    en: 'figures[0].direction must be one of: "neutral", "up-bad", "up-good".',
  },
  {
    name: 'a total of zero',
    data: () => fig(4, { progress: { value: 0, total: 0 } }),
    vi: 'figures[4].progress.total phải lớn hơn 0.',
    en: 'figures[4].progress.total must be greater than 0.',
  },
  {
    name: 'an unknown field',
    data: () => fig(0, { colour: 'green' }),
    vi: 'figures[0] có trường không được hỗ trợ "colour".',
    en: 'figures[0] has an unknown field "colour".',
  },
  {
    name: 'duplicate ids',
    data: () => fig(1, { id: 'iip' }),
    vi: 'figures[1].id: mã "iip" bị trùng với figures[0].',
    en: 'figures[1].id: id "iip" is already used by figures[0].',
  },
  {
    name: 'a non-finite value',
    data: () => fig(3, { value: Infinity }),
    vi: 'figures[3].value phải là một số hữu hạn.',
    en: 'figures[3].value must be a finite number.',
  },
];
