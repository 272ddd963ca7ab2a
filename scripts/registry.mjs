// The registry of widgets, src/widgets.json, for the node side (scripts, node
// tests, the Storybook walker). One entry per folder under src/charts/:
// `{ name, tag, className, examples, layout, types }` (see CONTRIBUTING.md).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every widget of the registry, in its order. */
export const widgets = JSON.parse(readFileSync(join(root, 'src/widgets.json'), 'utf8'));

/** The widgets' element tags, in the registry's order. */
export const widgetTags = widgets.map((w) => w.tag);

/** The widgets' folder names under src/charts/, in the registry's order. */
export const widgetNames = widgets.map((w) => w.name);
