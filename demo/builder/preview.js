// The previews: widget elements made exactly as a snippet makes them, and the
// scaling that fits the 360 px and 1200 px canvases into their frames.
import { $, fill, t } from './state.js';

/**
 * A widget element with its data: `{text, format}` as the inline script of a
 * snippet (so the widget locates problems by line), or `{doc}` as its `data`.
 */
export function makeWidget(tag, source, lang, theme) {
  const el = document.createElement(tag);
  el.setAttribute('lang', lang);
  if (theme !== 'light') el.setAttribute('theme', theme);
  if (source.doc) {
    el.data = source.doc;
    return el;
  }
  const script = document.createElement('script');
  script.type = source.format === 'json' ? 'application/json' : 'text/csv';
  script.textContent = source.text;
  el.append(script);
  return el;
}

/** Scales each preview canvas (360 or 1200 px wide) down to fit its frame. */
export function updateScale() {
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
