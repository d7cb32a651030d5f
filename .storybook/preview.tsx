import type { Preview } from '@storybook/react-vite';
import '@tenantkit/react/styles.css';
import './preview.css';
import { withStoryGlobals } from './story-globals.js';

const preview: Preview = {
  // Every component gets a docs page built from its stories and TSDoc.
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme (data-tk-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the components and their message catalogue',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية' },
          { value: 'ja', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction; auto follows the locale',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: auto' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'auto' },
  decorators: [withStoryGlobals],
  parameters: {
    a11y: {
      // Axe violations fail the story's test instead of only showing in the panel.
      test: 'error',
    },
    layout: 'centered',
    options: {
      storySort: { order: ['Docs', ['Getting started', 'Theming', 'Languages', 'Auth0 setup']] },
    },
  },
};

export default preview;
