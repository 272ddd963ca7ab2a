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
