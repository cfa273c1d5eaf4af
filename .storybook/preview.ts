import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // The a11y panel runs the same rule set as test/element/stories.test.ts; 'error' marks violations as failures.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    },
  },
  // A "Not now" clicked in one story is remembered per offer id (localStorage) and would hide the offer in the
  // next story with the same id; every story starts fresh.
  beforeEach: () => {
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith('fair-offer:')) localStorage.removeItem(key);
    } catch {
      /* storage blocked: nothing is remembered either */
    }
  },
};
export default preview;
