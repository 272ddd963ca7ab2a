// What a reader meets on a CMS page holding the builder's table-first
// snippets, checked in headless Chromium the same way whatever stored the
// page (WordPress, or a sanitizer's output served as a page):
//   - with the site script, each figure became its widget and shows what the
//     widget given the example's JSON shows (marks, labels, values, texts);
//   - without JavaScript (or without the site script), each figure is a
//     readable table: the snippet's own caption, cells and source lines,
//     and no raw JSON;
//   - axe-core finds no violation either way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetNames } from '../../scripts/registry.mjs';
import { root } from './wordpress.mjs';

/** The widgets whose examples go into a post: every widget of the registry (src/widgets.json). */
export const WIDGETS = widgetNames;

/** `[{ widget, data, html }]`: each example and its table-first snippet in `lang` (dist/embed/snippet.js). */
export async function examples(lang) {
  const { tableFirstSnippet } = await import(join(root, 'dist/embed/snippet.js'));
  return WIDGETS.map((widget) => {
    const data = JSON.parse(readFileSync(join(root, 'data-schemas/examples', `${widget}.json`), 'utf8'));
    return { widget, data, html: tableFirstSnippet(widget, data, lang) };
  });
}

const axeSource = () => readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on the whole page: `id: targets` per violation. Works on a page loaded without JavaScript too. */
export async function axeViolations(page) {
  // With script execution off, axe's timers never fire: turn it back on for
  // axe alone (the scripts the page skipped while loading stay skipped).
  await page.setJavaScriptEnabled(true);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** In the page: a figure as a reader without script reads it. */
function readFigureInPage(figure) {
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const table = figure.querySelector('table');
  return {
    caption: text(table?.caption),
    rows: [...(table?.rows ?? [])].map((r) => [...r.cells].map(text)),
    figcaption: text(figure.querySelector('figcaption')),
    visible: !!table && table.getBoundingClientRect().height > 0,
  };
}

/** The figures of `snippets` as written by the builder (parsed, not stored anywhere; `visible` left out). */
function snippetFigures(page, snippets) {
  return page
    .evaluate(
      (htmls, read) => {
        const readFigure = new Function(`return (${read})`)();
        return htmls.map((h) => readFigure(new DOMParser().parseFromString(h, 'text/html').querySelector('figure')));
      },
      snippets,
      readFigureInPage.toString(),
    )
    .then((figures) => figures.map(content));
}

/** A read figure without its on-screen state: what it says. */
const content = ({ visible: _visible, ...figure }) => figure;

/** Without script: every figure of the page as read, and whether raw JSON shows anywhere. */
function readerView(page) {
  return page.evaluate((read) => {
    const readFigure = new Function(`return (${read})`)();
    const text = document.body.innerText;
    return {
      figures: [...document.querySelectorAll('figure')].filter((f) => f.querySelector('table')).map(readFigure),
      widgets: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('citystat-')).length,
      rawJson: ['{"', '"items"', '"value"', '"source":'].filter((s) => text.includes(s)),
    };
  }, readFigureInPage.toString());
}

/**
 * With the site script: waits for `count` upgraded widgets, then puts beside
 * each a widget of the same tag fed the example's JSON (in a plain <figure>
 * of the same parent: same width, same CSS), and returns what both show.
 */
async function upgradedAndReference(page, datas, langs, timeout = 30000) {
  await page.waitForFunction(
    (n) => {
      const ws = [...document.querySelectorAll('figure > *')].filter((e) => e.localName.startsWith('citystat-'));
      return ws.length === n && ws.every((w) => typeof w.settled === 'function');
    },
    { timeout },
    datas.length,
  );
  return page.evaluate(
    async (datas, langs) => {
      const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const part = (el, name) => text(el.shadowRoot?.querySelector(`[part~="${name}"]`));
      const show = (el) => ({
        tag: el.localName,
        status: el.status,
        lang: el.effectiveLang,
        marks: (el.layout?.marks ?? []).map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'datum'))),
        summary: el.layout?.summary,
        table: el.layout?.table,
        texts: ['title', 'subtitle', 'note', 'source'].map((p) => part(el, p)),
        drawn: [...(el.shadowRoot?.querySelectorAll('[part~=mark]') ?? [])].map((m) => m.getAttribute('aria-label')),
      });
      const widgets = [...document.querySelectorAll('figure > *')].filter((e) => e.localName.startsWith('citystat-'));
      for (const w of widgets) await w.settled();
      const refs = widgets.map((w, i) => {
        const ref = document.createElement(w.localName);
        ref.setAttribute('lang', langs[i]);
        ref.data = datas[i];
        const figure = document.createElement('figure');
        figure.append(ref);
        w.parentElement.after(figure);
        return ref;
      });
      for (const r of refs) await r.settled();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const out = {
        upgraded: widgets.map(show),
        reference: refs.map(show),
        states: widgets.map((w) => w.parentElement.getAttribute('data-citystat-state')),
      };
      refs.forEach((r) => r.parentElement.remove());
      return out;
    },
    datas,
    langs,
  );
}

/**
 * Asserts that the page's figures became the widgets of `items` (from
 * examples()) and show what a widget fed the example's JSON shows in `lang`;
 * `same` picks what is compared (all of it by default).
 */
export async function assertCharts(page, items, lang, same = (w) => w) {
  const got = await upgradedAndReference(
    page,
    items.map((e) => e.data),
    items.map(() => lang),
  );
  assert.deepEqual(
    got.states,
    items.map(() => 'ready'),
  );
  assert.deepEqual(
    got.upgraded.map((w) => w.tag),
    items.map((e) => `citystat-${e.widget}`),
  );
  for (const [i, w] of got.upgraded.entries()) {
    assert.equal(w.status, 'ready', w.tag);
    assert.ok(w.marks.length > 0, `${w.tag}: no marks`);
    assert.deepEqual(same(w), same(got.reference[i]), `${w.tag}: the upgraded figure differs from the widget fed the JSON`);
  }
}

/**
 * Asserts that the page (read without script) shows each snippet of `items`
 * as a visible table with the builder's caption, cells and source lines, no
 * widget and no raw JSON.
 */
export async function assertTables(page, items) {
  const view = await readerView(page);
  assert.equal(view.widgets, 0);
  assert.deepEqual(view.rawJson, []);
  assert.deepEqual(
    view.figures.map(content),
    await snippetFigures(
      page,
      items.map((e) => e.html),
    ),
  );
  for (const [i, f] of view.figures.entries()) {
    assert.ok(f.visible && f.caption && f.rows.length > 1, `${items[i].widget}: no readable table`);
    assert.match(f.figcaption, /(Nguồn|Source): /, `${items[i].widget}: no source line`);
  }
}

/** Errors the page reported (uncaught, console.error), requests that failed or left 127.0.0.1, from now on. */
export function watchErrors(page) {
  const errors = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') errors.push(`request off this machine: ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  return errors;
}
