// The address of citystat.js that the snippets and the site step name: the
// editor's own, remembered in localStorage; until one is typed, the copy this
// page is served with — and when that is a development server on this
// computer, the page says so (readers could not load it).
const KEY = 'citystat-builder:script';

/** This page's own copy of the site script. */
export const SERVED_URL = new URL('../../dist/cdn/citystat.js', import.meta.url).href;

/** The remembered address, else this page's copy. */
export function initialAddress() {
  try {
    return localStorage.getItem(KEY) || SERVED_URL;
  } catch {
    return SERVED_URL; // storage blocked (private mode, policies)
  }
}

/** Remembers the typed address (an empty box forgets it). */
export function rememberAddress(value) {
  try {
    if (value && value !== SERVED_URL) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
  } catch {
    // storage blocked: the address lasts as long as the page
  }
}

/** The host of an address on this computer (localhost, 127.x, ::1), else ''. */
export function localHost(address) {
  let url;
  try {
    url = new URL(address, location.href);
  } catch {
    return '';
  }
  return /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/.test(url.hostname) || url.hostname.endsWith('.localhost') ? url.host : '';
}
