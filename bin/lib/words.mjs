// The CLI's own words, vi and en (the data's messages come from src/core/messages.ts).
export const WORDS = {
  vi: {
    valid: '{file}: số liệu hợp lệ ({widget}).',
    noFile: 'Không đọc được tệp {file}: {reason}',
    unknownWidget: 'Không có loại biểu đồ "{name}". Các loại có: {names}.',
    cannotGuess: '{file}: không đoán được loại biểu đồ từ số liệu. Hãy ghi rõ --widget, một trong: {names}.',
    unknownCommand: 'Lệnh không hợp lệ: "{name}". Xem citystat --help.',
    missingFile: 'Thiếu tên tệp số liệu. Xem citystat --help.',
    badOption: 'Tùy chọn không hợp lệ: {option}. Xem citystat --help.',
  },
  en: {
    valid: '{file}: the data is valid ({widget}).',
    noFile: 'Cannot read {file}: {reason}',
    unknownWidget: 'There is no widget "{name}". The widgets are: {names}.',
    cannotGuess: '{file}: cannot tell the widget from the data. Name it with --widget, one of: {names}.',
    unknownCommand: 'Unknown command "{name}". See citystat --help.',
    missingFile: 'No data file given. See citystat --help.',
    badOption: 'Invalid option: {option}. See citystat --help.',
  },
};

export const HELP = `citystat — check widget data and make table-first embed snippets

Usage:
  citystat snippet <data.json|data.csv> [--widget NAME] [--lang vi|en]
      Prints the table-first HTML (a <figure> with a real <table>) for the data.
      Pages that load citystat.js turn it into the chart; others show the table.
  citystat check <data.json|data.csv> [--widget NAME] [--lang vi|en]
      Prints the located problems the widget would show, in vi or en.
      Exit status: 0 when the data is valid, 1 when it is not (or on a usage error).
  citystat --help

Options:
  --widget NAME   {names}.
                  For JSON, guessed from "$schema" or the fields when absent; CSV needs it.
  --lang vi|en    Language of the messages and of the snippet
                  (default: the data's "locale", else vi).
`;

/** Fills `{key}` placeholders. */
export const fill = (text, params) => text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
