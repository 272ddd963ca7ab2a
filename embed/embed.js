// The iframe embed page (dist/cdn/embed.html): one widget, filling the frame.
//   ?widget=kpi            which widget (its folder name, as in src/widgets.json)
//   &src=/data/kpi.json    its data: a JSON or CSV file on this page's site, or
//   #data=<base64url JSON> / #csv=<base64url CSV>: the data in the address itself
//   &lang=vi|en  &theme=light|dark|auto
// The page tells its parent how tall the chart is ({type: 'citystat:height',
// height}) whenever that changes; embed-host.js (or the one line in
// docs/iframe.md) sets the iframe's height from it. The data only ever reaches
// the widget as text or as a same-site address: the widget validates it and
// shows its located messages, as on any page.
import { define } from './citystat.js';

const PROBLEMS = {
  vi: {
    widget: 'Không hiển thị được biểu đồ: địa chỉ của khung nhúng thiếu tham số widget (ví dụ ?widget=kpi).',
    unknown: 'Không hiển thị được biểu đồ: không có loại biểu đồ "{name}".',
    data: 'Không hiển thị được biểu đồ: địa chỉ của khung nhúng không có số liệu (tham số src, hoặc #data=).',
    site: 'Không hiển thị được biểu đồ: tệp số liệu {src} phải nằm trên cùng trang web với khung nhúng.',
    encoding: 'Không hiển thị được biểu đồ: phần #{key}= của địa chỉ không phải là văn bản base64url hợp lệ.',
    policy: 'Không hiển thị được biểu đồ: chính sách Trusted Types của trang không cho phép "citystat-embed"; hãy dùng tham số src.',
  },
  en: {
    widget: 'This chart cannot be shown: the embed address has no widget parameter (e.g. ?widget=kpi).',
    unknown: 'This chart cannot be shown: there is no chart type "{name}".',
    data: 'This chart cannot be shown: the embed address has no data (a src parameter, or #data=).',
    site: 'This chart cannot be shown: the data file {src} must be on the same site as the embed page.',
    encoding: 'This chart cannot be shown: the #{key}= part of the address is not valid base64url text.',
    policy: 'This chart cannot be shown: the site’s Trusted Types policy does not allow "citystat-embed"; use the src parameter.',
  },
};

const query = new URLSearchParams(location.search);
const hash = new URLSearchParams(location.hash.slice(1));
const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(query.get('lang') ?? '') ? query.get('lang') : 'vi';
const theme = ['light', 'dark', 'auto'].includes(query.get('theme')) ? query.get('theme') : 'light';
const chart = document.getElementById('chart');

/** A page-level problem (no widget to show it), in the page's language. */
function problem(key, params = {}) {
  const words = PROBLEMS[lang.slice(0, 2).toLowerCase()] ?? PROBLEMS.en;
  const p = document.createElement('p');
  p.className = 'problem';
  p.setAttribute('role', 'alert');
  p.textContent = words[key].replace(/\{(\w+)\}/g, (_, k) => params[k]);
  chart.replaceChildren(p);
}

/**
 * The text of a script made in the DOM: under Trusted Types
 * (`require-trusted-types-for 'script'`) it must come from a policy. This one
 * only ever fills the widget's data script, whose type (application/json,
 * text/csv) the browser never runs. Undefined when the site's CSP does not
 * allow the policy name `citystat-embed` (then only ?src= works).
 */
const scriptText = (() => {
  try {
    const policy = window.trustedTypes?.createPolicy('citystat-embed', { createScript: (text) => text });
    return policy ? (text) => policy.createScript(text) : (text) => text;
  } catch {
    return undefined;
  }
})();

/** Text from base64url (UTF-8), or undefined when it is not that. */
function fromBase64url(value) {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The widget element with its data, or a problem shown instead. */
function makeWidget(name) {
  const el = document.createElement(`citystat-${name}`);
  el.setAttribute('lang', lang);
  if (theme !== 'light') el.setAttribute('theme', theme);
  const src = query.get('src');
  const key = ['data', 'csv'].find((k) => hash.has(k));
  if (key) {
    const text = fromBase64url(hash.get(key));
    if (text === undefined) return problem('encoding', { key });
    if (!scriptText) return problem('policy');
    // Inline data, as a snippet holds it: the widget parses it and locates any error.
    const script = document.createElement('script');
    script.type = key === 'csv' ? 'text/csv' : 'application/json';
    script.text = scriptText(text);
    el.append(script);
  } else if (src) {
    const url = new URL(src, location.href);
    if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) return problem('site', { src });
    el.setAttribute('src', url.href);
  } else return problem('data');
  return el;
}

/** Tells the parent page the chart's height (the page is the chart and nothing else). */
function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (parent !== window) parent.postMessage({ type: 'citystat:height', height }, '*');
}

async function start() {
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  new ResizeObserver(reportHeight).observe(document.documentElement);
  const name = query.get('widget');
  if (!name) return problem('widget');
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return problem('unknown', { name });
  try {
    await define(`citystat-${name}`);
  } catch {
    return problem('unknown', { name });
  }
  const el = makeWidget(name);
  if (!el) return;
  chart.replaceChildren(el);
  await el.settled();
  document.title = el.shadowRoot?.querySelector('[part~=title]')?.textContent?.trim() || document.title;
  document.documentElement.dataset.status = el.status;
}

void start();
