// The editors' chart builder: pick a widget, paste CSV or JSON, read the
// located problems, preview at phone and desktop widths, copy the snippet.
// No backend. The pasted text only ever reaches a widget as text: the
// textContent of its <script type="application/json|text/csv"> child, exactly
// as in the snippet. No innerHTML anywhere on this page.

/** The widgets, in the order editors meet them. */
export const WIDGETS = [
  { tag: 'citystat-sector-breakdown', name: 'sector-breakdown' },
  { tag: 'citystat-fdi-composition', name: 'fdi-composition' },
  { tag: 'citystat-fair-participation', name: 'fair-participation' },
  { tag: 'citystat-kpi', name: 'kpi' },
  { tag: 'citystat-trend', name: 'trend' },
];

/** CSV samples: the columns of each widget's table source, Hanoi figures (Vietnamese Excel style: `;`, decimal commas). */
const CSV_SAMPLES = {
  'sector-breakdown': [
    'Nhóm ngành;Số sản phẩm',
    'Cơ khí, chế tạo;6',
    'Điện, điện tử;4',
    'Công nghệ thông tin;5',
    'Dệt may, da giầy;8',
    'Chế biến nông sản, thực phẩm;4',
    'Hóa chất, cao su, nhựa, dược phẩm;3',
    'Vật liệu xây dựng;2',
    'Thủ công mỹ nghệ;1',
  ],
  'fdi-composition': [
    'Hình thức;Vốn (triệu USD);Số lượng',
    'Đăng ký cấp mới;270;305 dự án',
    'Bổ sung tăng vốn;215;130 dự án',
    'Góp vốn, mua cổ phần;2.041;252 lượt',
  ],
  'fair-participation': [
    'Hội chợ;Gian hàng (gian hàng);Quốc gia tham gia (quốc gia)',
    'Hội chợ công nghiệp hỗ trợ;250;10',
    'Hội chợ sản phẩm công nghiệp, máy móc thiết bị và tự động hóa;200;15',
    'Hội chợ năng lượng và môi trường 2023;170;10',
  ],
  kpi: [
    'Chỉ tiêu;Giá trị;Đơn vị;Kỳ',
    'Chỉ số sản xuất công nghiệp;3,93%;;9 tháng đầu năm 2023',
    'Doanh nghiệp đăng ký thành lập mới;22,9 nghìn;doanh nghiệp;9 tháng đầu năm 2023',
    'Vốn đăng ký;226,9 nghìn tỷ;đồng;9 tháng đầu năm 2023',
    'Sản phẩm công nghiệp chủ lực được công nhận;196;sản phẩm;lũy kế đến năm 2023',
    'Cụm công nghiệp đã khởi công hạ tầng kỹ thuật;19;cụm;tính đến năm 2023',
  ],
  trend: ['Kỳ;IIP so với cùng kỳ', 'Quý 1/2023;0,9%', 'Quý 2/2023;3,7%', 'Quý 3/2023;3,0%', 'Quý 4/2023;4,3%*'],
};

const STRINGS = {
  vi: {
    pageTitle: 'Trình tạo biểu đồ — citystat',
    skip: 'Bỏ qua, đến nội dung chính',
    navLabel: 'Liên kết',
    demoLink: 'citystat',
    schemaLink: 'Mô tả dữ liệu (tiếng Anh)',
    switchTo: 'English',
    title: 'Trình tạo biểu đồ',
    intro:
      'Chọn loại biểu đồ, dán số liệu (CSV từ Excel hoặc JSON), xem trước trên điện thoại và máy tính, rồi sao chép mã nhúng vào bài viết. Mọi việc diễn ra ngay trên máy của bạn: số liệu không được gửi đi đâu.',
    noWidgets: 'Không tải được thư viện biểu đồ (dist/cdn/citystat.js). Hãy chạy npm run build.',
    pickWidget: '1. Chọn loại biểu đồ',
    notAvailable: 'chưa có trong thư viện',
    widgets: {
      'sector-breakdown': 'Cơ cấu theo nhóm (thanh ngang)',
      'fdi-composition': 'Cơ cấu vốn đầu tư nước ngoài (FDI)',
      'fair-participation': 'Hội chợ: gian hàng và quốc gia',
      kpi: 'Các con số chính (thẻ số liệu)',
      trend: 'Số liệu theo thời gian (tháng, quý, năm)',
    },
    hints: {
      'sector-breakdown': 'Cột của CSV: tên nhóm; giá trị (để trống nếu chưa có số liệu); mã nhóm (không bắt buộc).',
      'fdi-composition':
        'Cột của CSV: hình thức đầu tư; vốn, với đơn vị trong ngoặc ở tiêu đề, ví dụ «Vốn (triệu USD)»; số lượng kèm đơn vị, ví dụ «305 dự án» (không bắt buộc).',
      'fair-participation':
        'Cột của CSV: tên hội chợ; sau đó mỗi chỉ tiêu một cột, đơn vị trong ngoặc ở tiêu đề, ví dụ «Quốc gia tham gia (quốc gia)».',
      kpi: 'Cột của CSV: chỉ tiêu; giá trị (ví dụ 196, 22,9 nghìn, 3,93%); đơn vị; kỳ số liệu.',
      trend:
        'Cột của CSV: kỳ (2023-Q1, Quý 1/2023, Tháng 11/2023); sau đó mỗi dãy số một cột; «%» sau số là tốc độ tăng so với cùng kỳ, «*» là số ước tính.',
    },
    dataHeading: '2. Số liệu',
    dataLabel: 'Dán số liệu CSV hoặc JSON',
    dataGeneral:
      'CSV: dòng đầu là tiêu đề cột; dấu phân cách ; hoặc , (tệp Excel tiếng Việt dùng ; và dấu phẩy thập phân). JSON: theo mô tả dữ liệu của biểu đồ.',
    formatNone: 'Chưa có số liệu.',
    formatJson: 'Nhận dạng: JSON.',
    formatCsv: 'Nhận dạng: CSV, phân cách bằng {sep}.',
    sepNames: { ';': 'dấu chấm phẩy (;)', ',': 'dấu phẩy (,)', '\t': 'dấu tab' },
    loadCsv: 'Số liệu mẫu (CSV)',
    loadJson: 'Số liệu mẫu (JSON)',
    clear: 'Xóa',
    loadFailed: 'Không tải được số liệu mẫu: {error}',
    checkHeading: '3. Kiểm tra',
    statusEmptyInput: 'Dán số liệu vào ô phía trên, hoặc chọn số liệu mẫu.',
    statusChecking: 'Đang kiểm tra…',
    statusReady: 'Số liệu hợp lệ: biểu đồ có {count} phần.',
    statusReady1: 'Số liệu hợp lệ: biểu đồ có 1 phần.',
    statusEmpty: 'Số liệu hợp lệ nhưng không có gì để vẽ.',
    statusError: 'Có {count} lỗi cần sửa. Biểu đồ sẽ hiện thông báo lỗi thay vì số liệu.',
    statusError1: 'Có 1 lỗi cần sửa. Biểu đồ sẽ hiện thông báo lỗi thay vì số liệu.',
    goTo: 'Đến chỗ lỗi (dòng {line})',
    goToLabel: 'Đến chỗ lỗi trong ô số liệu, dòng {line}: {message}',
    embedHeading: '4. Mã nhúng',
    chartLang: 'Ngôn ngữ của biểu đồ',
    chartTheme: 'Màu nền',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    themeAuto: 'Theo máy của người đọc',
    modeLegend: 'Số liệu nằm ở đâu?',
    modeInline: 'Trong mã nhúng',
    modeSrc: 'Trong một tệp riêng (địa chỉ URL)',
    srcLabel: 'Địa chỉ của tệp số liệu',
    srcHint:
      'Tải tệp số liệu lên trang của bạn (nút bên dưới lưu tệp), rồi nhập địa chỉ của nó, ví dụ /du-lieu/fdi-2023.csv. Tệp phải nằm trên cùng trang web hoặc cho phép CORS.',
    srcMissing: 'Hãy nhập địa chỉ của tệp số liệu.',
    downloadData: 'Lưu tệp số liệu',
    cdnLabel: 'Địa chỉ thư viện citystat.js',
    cdnHint: 'Chỉ cần một lần cho mỗi trang, dù có nhiều biểu đồ.',
    snippetLabel: 'Mã nhúng (dán vào chế độ HTML của bài viết)',
    snippetHasErrors: 'Lưu ý: số liệu còn lỗi; biểu đồ nhúng sẽ hiện thông báo lỗi.',
    snippetEscaped:
      'Số liệu có chuỗi «</script» hoặc «<!--»: chúng được thêm dấu \\ để không làm hỏng trang. Với CSV, hãy kiểm tra lại ô đó (JSON không bị ảnh hưởng).',
    copy: 'Sao chép mã nhúng',
    copied: 'Đã sao chép mã nhúng.',
    copyFailed: 'Không sao chép tự động được: mã đã được chọn, hãy nhấn Ctrl+C (⌘C trên Mac).',
    previewHeading: 'Xem trước',
    phone: 'Điện thoại · 360 px',
    desktop: 'Máy tính · 1200 px',
    desktopScaled: 'Máy tính · 1200 px (thu nhỏ còn {percent}%)',
  },
  en: {
    pageTitle: 'Chart builder — citystat',
    skip: 'Skip to the main content',
    navLabel: 'Links',
    demoLink: 'citystat',
    schemaLink: 'Data reference',
    switchTo: 'Tiếng Việt',
    title: 'Chart builder',
    intro:
      'Pick a chart, paste your figures (CSV from a spreadsheet, or JSON), preview them on a phone and a desktop, then copy the embed code into your article. Everything happens in your browser: the figures are sent nowhere.',
    noWidgets: 'The chart library (dist/cdn/citystat.js) could not be loaded. Run npm run build.',
    pickWidget: '1. Pick a chart',
    notAvailable: 'not in the library yet',
    widgets: {
      'sector-breakdown': 'Breakdown by group (bars)',
      'fdi-composition': 'Foreign direct investment (FDI) composition',
      'fair-participation': 'Fairs: booths and countries',
      kpi: 'Key figures (cards)',
      trend: 'Figures over time (months, quarters, years)',
    },
    hints: {
      'sector-breakdown': 'CSV columns: group name; value (leave empty when not published); group id (optional).',
      'fdi-composition':
        'CSV columns: form of investment; capital, with the unit in brackets in the header, e.g. “Capital (million USD)”; count with its unit word, e.g. “305 projects” (optional).',
      'fair-participation':
        'CSV columns: fair name; then one column per measure, with the unit in brackets in the header, e.g. “Countries (countries)”.',
      kpi: 'CSV columns: measure; value (e.g. 196, 22.9 thousand, 3.93%); unit; period.',
      trend:
        'CSV columns: period (2023-Q1, Q1 2023, Nov 2023); then one column per series; “%” after a number makes it a change year on year, “*” an estimate.',
    },
    dataHeading: '2. Figures',
    dataLabel: 'Paste CSV or JSON',
    dataGeneral:
      'CSV: the first row holds the column headers; separated by ; or , (Vietnamese Excel exports use ; and decimal commas). JSON: as in the chart’s data reference.',
    formatNone: 'No figures yet.',
    formatJson: 'Recognised: JSON.',
    formatCsv: 'Recognised: CSV, separated by {sep}.',
    sepNames: { ';': 'semicolons (;)', ',': 'commas (,)', '\t': 'tabs' },
    loadCsv: 'Sample figures (CSV)',
    loadJson: 'Sample figures (JSON)',
    clear: 'Clear',
    loadFailed: 'Could not load the sample figures: {error}',
    checkHeading: '3. Check',
    statusEmptyInput: 'Paste figures in the box above, or pick sample figures.',
    statusChecking: 'Checking…',
    statusReady: 'The figures are valid: the chart has {count} parts.',
    statusReady1: 'The figures are valid: the chart has 1 part.',
    statusEmpty: 'The figures are valid but there is nothing to draw.',
    statusError: '{count} problems to fix. The chart will show an error message instead of figures.',
    statusError1: 'One problem to fix. The chart will show an error message instead of figures.',
    goTo: 'Go to the problem (line {line})',
    goToLabel: 'Go to the problem in the figures box, line {line}: {message}',
    embedHeading: '4. Embed code',
    chartLang: 'Language of the chart',
    chartTheme: 'Background',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeAuto: 'Follow the reader’s device',
    modeLegend: 'Where are the figures?',
    modeInline: 'Inside the embed code',
    modeSrc: 'In a separate file (URL)',
    srcLabel: 'Address of the figures file',
    srcHint:
      'Upload the figures file to your site (the button below saves it), then type its address, e.g. /data/fdi-2023.csv. The file must be on the same site or allow CORS.',
    srcMissing: 'Type the address of the figures file.',
    downloadData: 'Save the figures file',
    cdnLabel: 'Address of citystat.js',
    cdnHint: 'Needed once per page, however many charts it has.',
    snippetLabel: 'Embed code (paste it in the article’s HTML mode)',
    snippetHasErrors: 'Note: the figures still have problems; the embedded chart will show an error message.',
    snippetEscaped:
      'The figures contain “</script” or “<!--”: a \\ was added so they cannot break the page. For CSV, check that cell (JSON is unaffected).',
    copy: 'Copy the embed code',
    copied: 'Embed code copied.',
    copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).',
    previewHeading: 'Preview',
    phone: 'Phone · 360 px',
    desktop: 'Desktop · 1200 px',
    desktopScaled: 'Desktop · 1200 px (scaled to {percent}%)',
  },
};

const $ = (id) => document.getElementById(id);
const fill = (text, params) => text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));

const state = {
  ui: 'vi',
  widget: undefined,
  generation: 0,
  issues: [],
  messages: [],
  status: 'idle',
  marks: 0,
};

// ---- pure helpers (exported for tests) --------------------------------------

/** `json` when the text starts like a JSON document, `csv` when it has text, else ''. */
export function detectFormat(text) {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (!t) return '';
  return t[0] === '{' || t[0] === '[' ? 'json' : 'csv';
}

/** The separator of a CSV text (as the widgets detect it): the most frequent of `;` `,` tab on the first line. */
export function csvSeparator(text) {
  const first = text.replace(/^\uFEFF/, '').split('\n')[0];
  const counts = [';', ',', '\t'].map((c) => [c, first.split(c).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * Escapes data for a `<script>` element in HTML: `</script` becomes `<\/script`
 * and `<!--` becomes `<\!--` (JSON: `\u003C!--`, so the JSON is unchanged).
 */
export function escapeScriptData(text, format) {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, format === 'json' ? '\\u003C!--' : '<\\!--');
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(text) {
  return String(text).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);
}

/** The embed snippet. */
export function buildSnippet({ tag, text, format, lang, theme, mode, src, cdn }) {
  const attrs = [`lang="${escapeAttr(lang)}"`];
  if (theme && theme !== 'light') attrs.push(`theme="${escapeAttr(theme)}"`);
  const lines = [`<script type="module" src="${escapeAttr(cdn)}"></script>`];
  if (mode === 'src') {
    lines.push(`<${tag} ${attrs.join(' ')} src="${escapeAttr(src)}"></${tag}>`);
  } else {
    const type = format === 'json' ? 'application/json' : 'text/csv';
    const body = escapeScriptData(
      text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .replace(/\s+$/, ''),
      format,
    );
    // The data starts right after the tag, so the widget's line numbers are the editor's.
    lines.push(`<${tag} ${attrs.join(' ')}>`, `<script type="${type}">${body}`, '</script>', `</${tag}>`);
  }
  return lines.join('\n') + '\n';
}

/** Appends a key to a field path the way the widgets write paths (`a.b[2]["x y"]`). */
function joinPath(path, key) {
  if (typeof key === 'number' || /^\d+$/.test(key)) return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * Where each value of a valid JSON text is: field path → [start, end] offsets.
 * Returns an empty map for text that is not JSON.
 */
export function locateJson(text) {
  const map = new Map();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const str = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = (path, keyStart) => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          const ks = i;
          const key = str();
          ws();
          i++; // :
          value(joinPath(path, key), ks);
          ws();
          if (text[i++] !== ',') break;
        }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(joinPath(path, n));
          ws();
          if (text[i++] !== ',') break;
        }
    } else if (c === '"') str();
    else while (i < text.length && /[^\s,\]}]/.test(text[i])) i++;
    map.set(path, [keyStart ?? start, i]);
  };
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    if (text[0] === '\uFEFF') i = 1;
    value('');
  } catch {
    return new Map();
  }
  return map;
}

/** The offsets of line `n` (1-based) of a text. */
export function lineRange(text, n) {
  let start = 0;
  for (let l = 1; l < n; l++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

/**
 * Where in the text an issue is, as [start, end], or undefined: CSV and JSON
 * syntax errors carry a line; schema errors a field path, found in the JSON
 * text, or (CSV) the data row of `items[2]`-like paths.
 */
export function locateIssue(issue, text, format) {
  const p = issue.params ?? {};
  if (issue.code === 'errJson' && p.line) return lineRange(text, Number(p.line));
  if (/^errCsv/.test(issue.code) && p.row) return lineRange(text, Number(p.row));
  if (!issue.path) return undefined;
  if (format === 'json') {
    const map = locateJson(text);
    let path = issue.path;
    while (path) {
      if (map.has(path)) return map.get(path);
      path = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
      if (!/[.[]/.test(path) && !map.has(path)) break;
    }
    return map.get(path);
  }
  // CSV: components[2].capital → the third data row (blank lines are skipped by the parser).
  const m = /^[A-Za-z]+\[(\d+)\]/.exec(issue.path);
  if (!m) return undefined;
  const lines = text.split('\n');
  let seen = -1; // the header is the first non-blank line
  for (let l = 0; l < lines.length; l++) {
    if (!lines[l].trim()) continue;
    if (seen === Number(m[1])) return lineRange(text, l + 1);
    seen++;
  }
  return undefined;
}

// ---- page -------------------------------------------------------------------

function t(key) {
  return STRINGS[state.ui][key];
}

function applyUiLang(lang) {
  state.ui = lang;
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  const button = $('ui-lang');
  button.textContent = t('switchTo');
  button.lang = lang === 'vi' ? 'en' : 'vi';
  renderWidgetList();
  renderHint();
  renderFormat();
  renderStatus();
  renderSnippet();
  updateScale();
  $('checker').querySelector('*')?.setAttribute('lang', lang);
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
}

function renderWidgetList() {
  const list = $('widget-list');
  const checked = state.widget?.name;
  list.replaceChildren(
    ...WIDGETS.map((w) => {
      const defined = !!customElements.get(w.tag);
      const label = document.createElement('label');
      label.className = defined ? '' : 'disabled';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'widget';
      input.value = w.name;
      input.disabled = !defined;
      input.checked = w.name === checked;
      input.addEventListener('change', () => selectWidget(w));
      const text = document.createElement('span');
      const tag = document.createElement('code');
      tag.textContent = `<${w.tag}>`;
      text.append(t('widgets')[w.name], ' ', tag);
      if (!defined) {
        const note = document.createElement('span');
        note.className = 'unavailable';
        note.textContent = ` (${t('notAvailable')})`;
        text.append(note);
      }
      label.append(input, text);
      return label;
    }),
  );
}

function renderHint() {
  $('data-hint').textContent = state.widget ? t('hints')[state.widget.name] : '';
}

function currentText() {
  return $('data').value;
}

function renderFormat() {
  const text = currentText();
  const format = detectFormat(text);
  $('data-format').textContent =
    format === 'json'
      ? t('formatJson')
      : format === 'csv'
        ? fill(t('formatCsv'), { sep: t('sepNames')[csvSeparator(text)] })
        : t('formatNone');
}

function selectWidget(w) {
  state.widget = w;
  renderHint();
  schedule(0);
}

/** A widget element holding the text as its inline data, exactly as the snippet does. */
function makeWidget(tag, text, format, lang, theme) {
  const el = document.createElement(tag);
  el.setAttribute('lang', lang);
  if (theme !== 'light') el.setAttribute('theme', theme);
  const script = document.createElement('script');
  script.type = format === 'json' ? 'application/json' : 'text/csv';
  script.textContent = text;
  el.append(script);
  return el;
}

let timer;
let timerPending = false;
let busy = false;
let idleWaiters = [];
function schedule(ms = 250) {
  busy = true;
  timerPending = true;
  clearTimeout(timer);
  timer = setTimeout(update, ms);
}
function idle() {
  busy = false;
  idleWaiters.splice(0).forEach((resolve) => resolve());
}
/** Resolves when the previews and messages show the current text (for tests and tools). */
function settled() {
  return busy ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve();
}

/** Rebuilds the previews and the checker from the text, then reports. */
async function update() {
  timerPending = false;
  const generation = ++state.generation;
  const text = currentText();
  const format = detectFormat(text);
  renderFormat();
  const w = state.widget;
  const lang = $('chart-lang').value;
  const theme = $('chart-theme').value;
  const targets = [$('preview-phone'), $('preview-desktop'), $('checker')];
  if (!w || !format) {
    targets.forEach((t) => t.replaceChildren());
    state.status = 'idle';
    state.issues = [];
    state.messages = [];
    renderStatus();
    renderSnippet();
    updateScale();
    if (!timerPending) idle();
    return;
  }
  state.status = 'checking';
  renderStatus();
  const [phone, desktop] = [0, 1].map(() => makeWidget(w.tag, text, format, lang, theme));
  const checker = makeWidget(w.tag, text, format, state.ui, 'light');
  let errorDetail;
  checker.addEventListener('citystat-error', (e) => {
    errorDetail = e.detail;
  });
  $('preview-phone').replaceChildren(phone);
  $('preview-desktop').replaceChildren(desktop);
  $('checker').replaceChildren(checker);
  renderSnippet();
  await customElements.whenDefined(w.tag);
  const [status] = await Promise.all([checker.settled(), phone.settled(), desktop.settled()]);
  if (generation !== state.generation) return;
  state.status = status;
  state.issues = status === 'error' ? [...(errorDetail?.issues ?? checker.issues)] : [];
  state.messages = status === 'error' ? [...(errorDetail?.messages ?? [])] : [];
  state.marks = desktop.layout?.marks.length ?? 0;
  state.format = format;
  state.text = text;
  renderStatus();
  renderSnippet();
  updateScale();
  if (!timerPending) idle();
}

function renderStatus() {
  const status = $('status');
  const list = $('messages');
  const s = state.status;
  status.className = `status ${s}`;
  status.textContent =
    s === 'idle'
      ? t('statusEmptyInput')
      : s === 'checking'
        ? t('statusChecking')
        : s === 'ready'
          ? fill(t(state.marks === 1 ? 'statusReady1' : 'statusReady'), { count: state.marks })
          : s === 'empty'
            ? t('statusEmpty')
            : fill(t(state.messages.length === 1 ? 'statusError1' : 'statusError'), { count: state.messages.length });
  if (s === 'checking') return; // keep the previous messages until the new ones are known
  const text = state.text ?? '';
  list.replaceChildren(
    ...(s === 'error' ? state.messages : []).map((message, i) => {
      const li = document.createElement('li');
      const span = document.createElement('span');
      span.textContent = message;
      li.append(span);
      const range = state.issues[i] ? locateIssue(state.issues[i], text, state.format) : undefined;
      if (range) {
        const line = lineOf(text, range[0]);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'go';
        button.textContent = fill(t('goTo'), { line });
        button.setAttribute('aria-label', fill(t('goToLabel'), { line, message }));
        button.addEventListener('click', () => select(range));
        li.append(' ', button);
      }
      return li;
    }),
  );
}

/** Selects a range of the data box and scrolls it into view. */
function select([start, end]) {
  const box = $('data');
  box.focus();
  box.setSelectionRange(start, end);
  // Scroll the selection's line to the middle of the box.
  const line = lineOf(box.value, start);
  const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20;
  box.scrollTop = Math.max(0, (line - 1) * lineHeight - box.clientHeight / 2);
}

function mode() {
  return document.querySelector('input[name="mode"]:checked')?.value ?? 'inline';
}

function renderSnippet() {
  const text = currentText();
  const format = detectFormat(text);
  const w = state.widget;
  const out = $('snippet');
  const note = $('snippet-note');
  const m = mode();
  $('src-fields').hidden = m !== 'src';
  if (!w || (m === 'inline' && !format)) {
    out.value = '';
    note.textContent = '';
    $('copy').disabled = true;
    return;
  }
  const src = $('src-url').value.trim();
  out.value = buildSnippet({
    tag: w.tag,
    text,
    format,
    lang: $('chart-lang').value,
    theme: $('chart-theme').value,
    mode: m,
    src,
    cdn: $('cdn-url').value.trim(),
  });
  $('copy').disabled = false;
  const notes = [];
  if (m === 'src' && !src) notes.push(t('srcMissing'));
  if (m === 'inline' && /<\/script|<!--/i.test(text)) notes.push(t('snippetEscaped'));
  if (state.status === 'error' && state.text === text) notes.push(t('snippetHasErrors'));
  note.textContent = notes.join(' ');
}

async function copySnippet() {
  const out = $('snippet');
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(out.value);
    status.textContent = t('copied');
  } catch {
    out.focus();
    out.select();
    let ok;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    status.textContent = ok ? t('copied') : t('copyFailed');
  }
}

async function loadSample(kind) {
  const w = state.widget;
  if (!w) return;
  busy = true;
  if (kind === 'csv') {
    setData(CSV_SAMPLES[w.name].join('\n') + '\n');
    return;
  }
  try {
    const response = await fetch(new URL(`../data-schemas/examples/${w.name}.json`, import.meta.url));
    if (!response.ok) throw new Error(`${response.status}`);
    const doc = await response.json();
    delete doc.$schema; // a relative path that means nothing on the editor's site
    setData(JSON.stringify(doc, null, 2) + '\n');
  } catch (err) {
    state.status = 'idle';
    $('status').textContent = fill(t('loadFailed'), { error: err.message });
    if (!timerPending) idle();
  }
}

function setData(text) {
  $('data').value = text;
  schedule(0);
}

function downloadData() {
  const text = currentText();
  const format = detectFormat(text) || 'csv';
  const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  // CSV with a BOM so that Excel reads Vietnamese letters correctly.
  const body = format === 'csv' && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${state.widget?.name ?? 'citystat'}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- preview scaling ----------------------------------------------------------

/** Scales each preview canvas (360 or 1200 px wide) down to fit its frame. */
function updateScale() {
  for (const viewport of document.querySelectorAll('.viewport')) {
    const natural = Number(viewport.dataset.width);
    const canvas = viewport.querySelector('.canvas');
    const scale = Math.min(1, viewport.clientWidth / natural) || 1;
    canvas.style.setProperty('--scale', String(scale));
    viewport.style.setProperty('--height', `${Math.ceil(canvas.offsetHeight * scale)}px`);
    if (natural === 1200) {
      const percent = Math.round(scale * 100);
      $('cap-desktop').textContent = percent < 100 ? fill(t('desktopScaled'), { percent }) : t('desktop');
    }
  }
}

// ---- start ----------------------------------------------------------------------

/**
 * Which widgets the library offers. The CDN file loads each widget's code on
 * demand: ask it to load them all (`define`); an older, eager bundle has
 * simply defined its tags already.
 */
async function availableWidgets() {
  const lib = await import(CDN_URL).catch(() => undefined);
  if (typeof lib?.define === 'function') {
    await Promise.allSettled(WIDGETS.map((w) => lib.define(w.tag)));
  }
  return WIDGETS.filter((w) => customElements.get(w.tag));
}

const CDN_URL = new URL('../dist/cdn/citystat.js', import.meta.url).href;

async function start() {
  let ready;
  const whenStarted = new Promise((resolve) => (ready = resolve));
  busy = true;
  window.citystatBuilder = { settled: () => whenStarted.then(settled), available: [] };
  const params = new URLSearchParams(location.search);
  $('cdn-url').value = CDN_URL;
  const available = await availableWidgets();
  window.citystatBuilder.available = available.map((w) => w.name);
  $('no-widgets').hidden = available.length > 0;
  state.widget = available.find((w) => w.name === params.get('widget')) ?? available[0];
  applyUiLang(params.get('lang') === 'en' ? 'en' : 'vi');
  $('chart-lang').value = state.ui;

  $('ui-lang').addEventListener('click', () => {
    applyUiLang(state.ui === 'vi' ? 'en' : 'vi');
    schedule(0);
  });
  $('data').addEventListener('input', () => {
    renderFormat();
    schedule();
  });
  $('load-csv').addEventListener('click', () => loadSample('csv'));
  $('load-json').addEventListener('click', () => loadSample('json'));
  $('clear-data').addEventListener('click', () => {
    setData('');
    $('data').focus();
  });
  $('chart-lang').addEventListener('change', () => {
    for (const el of document.querySelectorAll('.canvas > *')) el.setAttribute('lang', $('chart-lang').value);
    renderSnippet();
  });
  $('chart-theme').addEventListener('change', () => schedule(0));
  for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', renderSnippet);
  $('src-url').addEventListener('input', renderSnippet);
  $('cdn-url').addEventListener('input', renderSnippet);
  $('copy').addEventListener('click', copySnippet);
  $('download-data').addEventListener('click', downloadData);

  const observer = new ResizeObserver(() => updateScale());
  for (const el of document.querySelectorAll('.viewport, .canvas')) observer.observe(el);

  if (state.widget) void loadSample('csv');
  else schedule(0);
  ready();
}

if (typeof document !== 'undefined') void start();
