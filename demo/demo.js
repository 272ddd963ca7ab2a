// The demo page's switches: language (the page's lang, which every widget
// follows) and theme (the widgets' theme attribute).
const langButton = document.getElementById('lang-switch');
const themeButton = document.getElementById('theme-switch');

function applyLang(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-vi]')) el.textContent = el.dataset[lang];
  langButton.textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
  langButton.setAttribute('lang', lang === 'vi' ? 'en' : 'vi');
  langButton.setAttribute('aria-pressed', String(lang === 'en'));
  document.title = lang === 'vi' ? 'Công nghiệp Hà Nội 2023 — citystat demo' : 'Hanoi industry 2023 — citystat demo';
}

function applyTheme(dark) {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  for (const el of document.querySelectorAll('*')) {
    if (el.tagName.startsWith('CITYSTAT-')) el.setAttribute('theme', dark ? 'dark' : 'light');
  }
  themeButton.setAttribute('aria-pressed', String(dark));
}

const params = new URLSearchParams(location.search);
applyLang(params.get('lang') === 'en' ? 'en' : 'vi');
applyTheme(params.get('theme') === 'dark');
langButton.addEventListener('click', () => applyLang(document.documentElement.lang === 'vi' ? 'en' : 'vi'));
themeButton.addEventListener('click', () => applyTheme(document.documentElement.dataset.theme !== 'dark'));
