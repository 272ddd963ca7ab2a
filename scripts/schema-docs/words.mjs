// The schema reference's own words, in English and Vietnamese, and the
// Vietnamese descriptions of the schemas' fields.
//
// The English descriptions are the JSDoc of the data types (the schemas' single
// source). The Vietnamese ones live in docs/i18n/schema-descriptions.vi.json,
// keyed by the English text itself (whitespace folded): when a JSDoc sentence
// changes, its old translation no longer matches, the page falls back to the
// English text (marked lang="en") and test/node/schema-docs.test.mjs names the
// sentence that needs translating. Tags beside the types were not used: the
// schema generator would copy them into the schemas, which the widgets ship.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['vi', 'en'];

export const WORDS = {
  en: {
    name: 'English',
    skip: 'Skip to content',
    home: 'citystat data schemas',
    demo: 'demo',
    builder: 'chart builder',
    other: 'Tiếng Việt',
    footer: 'Generated from <code>data-schemas/</code> by <code>scripts/schema-docs.mjs</code>; do not edit by hand.',
    schemasNav: 'Schemas',
    heading: (tag) => `<code>&lt;${tag}&gt;</code> data`,
    pageTitle: (tag) => `${tag} data schema — citystat`,
    schemaFile: 'Schema',
    packagePath: 'package',
    validatorFile: 'Validator',
    validatorNote: 'standalone, ESM',
    fields: 'Fields',
    fieldsIntro:
      'A path like <code>a[].b</code> is field <code>b</code> of each element of array <code>a</code>. <em>Text</em> fields accept one string (in the document\'s <code>locale</code>) or translations keyed by language code, e.g. <code>{"vi": "…", "en": "…"}</code>.',
    cols: { field: 'Field', type: 'Type', required: 'Required', description: 'Description', constraints: 'Constraints', is: 'Is' },
    required: 'required',
    optional: 'optional',
    closed: 'No other fields are allowed.',
    types: 'Shared types',
    example: (n) => (n > 1 ? 'Examples' : 'Example'),
    noExample: 'No example yet.',
    embed: 'Embed',
    embedNote: (builder) =>
      `Or put the JSON inside the element in a <code>&lt;script type="application/json"&gt;</code>, or set the <code>data</code> property. The <a href="${builder}">chart builder</a> checks data against this schema and writes the snippet.`,
    indexTitle: 'Data schemas — citystat',
    indexLead:
      "What each widget's data looks like: every field, its type, whether it is required, what it means and its limits, with a real example (Hanoi, 2022–2023). Generated from the JSON Schemas in <code>data-schemas/</code>.",
    type: { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean', null: 'null', object: 'object', array: 'array' },
    arrayOf: (t) => `array of ${t}`,
    objectOf: (t) => `object: key → ${t}`,
    or: ' or ',
    any: 'any',
    cons: {
      minItems: 'at least items:',
      maxItems: 'at most items:',
      minLength: 'min. length:',
      maxLength: 'max. length:',
      minProperties: 'min. keys:',
      pattern: 'pattern',
      oneOf: 'one of',
      exactly: 'exactly',
    },
  },
  vi: {
    name: 'Tiếng Việt',
    skip: 'Chuyển tới nội dung',
    home: 'Lược đồ dữ liệu citystat',
    demo: 'trang mẫu',
    builder: 'công cụ tạo biểu đồ',
    other: 'English',
    footer: 'Tạo từ <code>data-schemas/</code> bằng <code>scripts/schema-docs.mjs</code>; không sửa tay.',
    schemasNav: 'Các lược đồ',
    heading: (tag) => `Dữ liệu của <code>&lt;${tag}&gt;</code>`,
    pageTitle: (tag) => `Lược đồ dữ liệu ${tag} — citystat`,
    schemaFile: 'Lược đồ',
    packagePath: 'trong gói',
    validatorFile: 'Hàm kiểm tra',
    validatorNote: 'độc lập, ESM',
    fields: 'Các trường',
    fieldsIntro:
      'Đường dẫn dạng <code>a[].b</code> là trường <code>b</code> của mỗi phần tử trong mảng <code>a</code>. Trường <em>văn bản</em> nhận một chuỗi (theo <code>locale</code> của tài liệu) hoặc các bản dịch theo mã ngôn ngữ, ví dụ <code>{"vi": "…", "en": "…"}</code>.',
    cols: { field: 'Trường', type: 'Kiểu', required: 'Bắt buộc', description: 'Mô tả', constraints: 'Ràng buộc', is: 'Là' },
    required: 'bắt buộc',
    optional: 'không bắt buộc',
    closed: 'Không được có trường nào khác.',
    types: 'Kiểu dùng chung',
    example: () => 'Ví dụ',
    noExample: 'Chưa có ví dụ.',
    embed: 'Nhúng vào trang',
    embedNote: (builder) =>
      `Hoặc đặt JSON bên trong phần tử, trong một <code>&lt;script type="application/json"&gt;</code>, hoặc gán thuộc tính <code>data</code>. <a href="${builder}">Công cụ tạo biểu đồ</a> kiểm tra dữ liệu theo lược đồ này và viết sẵn đoạn mã nhúng.`,
    indexTitle: 'Lược đồ dữ liệu — citystat',
    indexLead:
      'Dữ liệu của mỗi widget trông như thế nào: mọi trường, kiểu, có bắt buộc hay không, ý nghĩa và giới hạn, kèm một ví dụ thật (Hà Nội, 2022–2023). Tạo từ các JSON Schema trong <code>data-schemas/</code>.',
    type: { string: 'chuỗi', number: 'số', integer: 'số nguyên', boolean: 'true/false', null: 'null', object: 'đối tượng', array: 'mảng' },
    arrayOf: (t) => `mảng ${t}`,
    objectOf: (t) => `đối tượng: khóa → ${t}`,
    or: ' hoặc ',
    any: 'bất kỳ',
    cons: {
      minItems: 'số phần tử ít nhất:',
      maxItems: 'số phần tử nhiều nhất:',
      minLength: 'độ dài ít nhất:',
      maxLength: 'độ dài nhiều nhất:',
      minProperties: 'số khóa ít nhất:',
      pattern: 'mẫu',
      oneOf: 'một trong',
      exactly: 'đúng bằng',
    },
  },
};

export const VI_DESCRIPTIONS = 'docs/i18n/schema-descriptions.vi.json';

/** The key of a description: its text with whitespace folded (JSDoc line breaks do not count). */
export const descriptionKey = (text = '') => text.replace(/\s+/g, ' ').trim();

/** The Vietnamese descriptions, English text → Vietnamese text. */
export function loadTranslations(root) {
  const file = join(root, VI_DESCRIPTIONS);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/**
 * A translator for one language: returns `{ text, lang }` (lang set when the
 * text is not in the page's language) and records the English texts it lacked.
 */
export function translator(lang, translations) {
  const missing = new Set();
  const t = (english = '') => {
    if (lang === 'en' || !english) return { text: english };
    const vi = translations[descriptionKey(english)];
    if (vi) return { text: vi };
    missing.add(descriptionKey(english));
    return { text: english, lang: 'en' };
  };
  t.missing = missing;
  return t;
}
