// Shared by the table-first embed tests (test/embed-*.test.ts).
import type { AnyChart } from './helpers.js';
import { partText, widgetRegistry } from './helpers.js';

/** Every example of the registry (src/widgets.json): widget name and file. */
export const EXAMPLES: Array<[widget: string, file: string]> = widgetRegistry().flatMap((w) =>
  w.examples.map((f): [string, string] => [w.name, f]),
);

/** Resolves when `test` holds, polling every 20 ms (rejects after `ms`). */
export async function until(test: () => boolean, ms = 8000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The widget a figure was upgraded into, once it has settled. */
export async function upgraded(figure: Element, ms = 8000): Promise<AnyChart> {
  await until(() => !!figure.querySelector(':scope > [class], :scope > *')?.localName.startsWith('citystat-'), ms, 'the upgrade');
  const widget = figure.firstElementChild as AnyChart;
  await widget.settled();
  return widget;
}

/** What a reader meets in a widget: marks, their labels and values, the summary, data table and texts around. */
export function shown(el: AnyChart): unknown {
  const layout = el.layout;
  return {
    status: el.status,
    lang: el.effectiveLang,
    // Every field of every mark (positions, texts, tones, progress…) but the raw datum.
    marks: (layout?.marks ?? []).map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'datum'))),
    summary: layout?.summary,
    notices: layout?.notices,
    table: layout?.table,
    title: partText(el, 'title'),
    subtitle: partText(el, 'subtitle'),
    note: partText(el, 'note'),
    source: partText(el, 'source'),
    link: el.shadowRoot?.querySelector('[part=source] a')?.getAttribute('href') ?? null,
    marksDrawn: [...(el.shadowRoot?.querySelectorAll('[part~=mark]') ?? [])].map((m) => m.getAttribute('aria-label')),
  };
}
