/**
 * Story helpers shared by every widget's stories.
 */
import type { StoryContext } from '@storybook/web-components-vite';

/** The theme for a story: its own arg, else the toolbar's. */
export function themeOf(args: { theme?: string }, context: Pick<StoryContext, 'globals'>): string {
  return args.theme || (context.globals.theme as string) || 'light';
}

/**
 * A URL whose fetch never answers inside Storybook, to show the loading state
 * without a server. Only requests to this exact URL are held.
 */
export const SLOW_URL = '/__citystat-story/slow.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.endsWith(SLOW_URL)) return new Promise<Response>(() => {});
  return realFetch(input, init);
};

/** A data: URL holding a JSON document, for `src` stories that need no server. */
export function jsonUrl(doc: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(doc))}`;
}

/** Viewport parameters. */
export const phone = { viewport: { defaultViewport: 'phone' }, chromatic: { viewports: [360] } };
export const desktop = { viewport: { defaultViewport: 'desktop' } };

/**
 * An inline-radio control with an empty first option (the attribute is left
 * out), labelled so the Controls panel shows no blank button.
 */
export function radioWithEmpty(emptyLabel: string, options: string[]) {
  return { control: { type: 'inline-radio' as const, labels: { '': emptyLabel } }, options: ['', ...options] };
}

/** The args of the attributes every widget has. */
export interface WidgetArgs {
  data?: unknown;
  src?: string;
  lang?: string;
  theme?: string;
  timeout?: number;
}

/** The controls of the attributes every widget has; `name`: the widget's folder (its schema's name). */
export function widgetArgTypes(name: string) {
  return {
    data: { control: 'object' as const, description: `The data document (see data-schemas/${name}.schema.json).` },
    src: { control: 'text' as const, description: 'URL of a JSON document, used when `data` is not set.' },
    lang: {
      ...radioWithEmpty('(toolbar)', ['vi', 'en']),
      description: "Language; (toolbar) leaves it unset, so the widget follows the page (the toolbar's language).",
    },
    theme: radioWithEmpty('(toolbar)', ['light', 'dark', 'auto']),
    timeout: { control: 'number' as const },
  };
}

/** The control of `patterns` (the widgets with a palette). */
export const patternsArgType = {
  control: 'boolean' as const,
  description: 'A texture per palette colour as well as the colour (print, colour blindness, forced colours).',
};

/** Args of the stories every widget has: from `src`, loading, and the errors any document can have. */
export const commonStories = {
  fromSrc: (doc: unknown) => ({ args: { data: undefined, src: jsonUrl(doc) } }),
  loading: () => ({ args: { data: undefined, src: SLOW_URL } }),
  notAnObject: () => ({ args: { data: [1, 2, 3] } }),
  htmlInsteadOfJson: () => ({ args: { data: undefined, src: 'data:text/html,%3C!doctype%20html%3E%3Cp%3Enot%20data' } }),
};
