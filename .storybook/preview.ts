import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

/** Global toolbars: language and theme; every story follows them unless it sets its own. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'vi', title: 'Tiếng Việt' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  decorators: [
    (story, context) => {
      const lang = (context.args.lang as string) || (context.globals.locale as string) || 'vi';
      const theme = (context.globals.theme as string) || 'light';
      document.documentElement.lang = lang;
      const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
      document.body.style.background = dark ? '#16191d' : '#ffffff';
      return html`<div lang=${lang} data-theme=${theme} class="story-frame">${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone 360', styles: { width: '360px', height: '740px' } },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop 1200', styles: { width: '1200px', height: '900px' } },
      },
    },
  },
};

export default preview;
