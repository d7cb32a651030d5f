import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // The TypeScript-aware docgen follows props through Omit, Pick and intersections
  // (TenantSwitcherProps, EmailFirstLoginProps), so the docs tables list every prop.
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // Stories render the packages' TypeScript sources: no build needed first.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ['@tenantkit/source', ...defaultClientConditions] },
    }),
};

export default config;
