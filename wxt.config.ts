import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// A fixed add-on id lets Firefox keep the user's local settings across updates.
const GECKO_ID = 'steady-benzo-help@steady.extension';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable on its own.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Steady: benzo withdrawal help',
    short_name: 'Steady',
    description:
      'Safe, private help for coming off clonazepam (Klonopin) and other benzos: emergency signs, helplines, coping tips.',
    action: { default_title: 'Steady: help for coming off benzos' },
    // storage: settings and checklist ticks, in storage.local only. sidePanel is added by WXT for Chrome.
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          externally_connectable: { ids: [] },
          // light-dark() colours (Chrome 123) and sidePanel.open() (Chrome 116).
          minimum_chrome_version: '123',
        }),
  }),
});
