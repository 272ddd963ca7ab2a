/** Hostile texts and links the catalogue (catalogue.ts) and the property tests (arbitraries.ts) put in fields. */

/** Hostile texts put in every string field (and the source link). */
export const HOSTILE: Record<string, string> = {
  script: '<script>window.__pwned="script"</script>',
  img: `<img src=x onerror="window.__pwned='img'">`,
  link: 'javascript:window.__pwned="link"',
  attr: `" onmouseover="window.__pwned='attr'" x="`,
  bidi: '\u202Eevil\u202C text \u2066isolated\u2069 \u200Fمرحبا',
  emoji: '📈 Hà Nội 👩🏽‍💻 🇻🇳 tăng trưởng',
  long300: 'Sản phẩm công nghiệp chủ lực của thành phố Hà Nội '.repeat(7).slice(0, 300),
};

/** Hostile values put in a `source.url`-like link field. */
export const HOSTILE_URLS: Record<string, string> = {
  javascript: 'javascript:window.__pwned="url"',
  spacedJavascript: '  javascript:window.__pwned="url"',
  mixedCase: 'JaVaScRiPt:window.__pwned="url"',
  data: 'data:text/html,<script>window.__pwned="data"</script>',
  vbscript: 'vbscript:msgbox(1)',
  newlineScheme: 'java\nscript:window.__pwned="nl"',
  quoteBreakout: 'https://example.org/"><svg/onload=window.__pwned="svg">',
  // Off-site links dressed as same-site paths (browsers read a backslash as `/`).
  protocolRelative: '//other.host/report',
  protocolRelativeTriple: '///other.host/report',
  backslashRelative: '/\\other.host/report',
  backslashScheme: 'https:\\\\other.host/report',
};
