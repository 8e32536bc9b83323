import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/** Storybook of the elements: one story per state, docs from custom-elements.json. */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // @kohtaamo/core is used from its TypeScript sources (its `source` export condition).
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // nanostores reads process.env.NODE_ENV, which browsers do not have.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    }),
};

export default config;
