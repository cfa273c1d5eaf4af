import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the repository's vite.config.ts: that one builds the standalone library file (build.lib, production mode).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Offline and private: no telemetry, no update check.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
