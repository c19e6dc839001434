import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { COPY_MAIN_COMMAND, GECKO_ID, OPEN_POPUP_COMMANDS, PAGE_ORIGINS } from './shared/manifest';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable on its own.
  imports: false,
  // Chrome 123+ and Firefox 142+ preload modules themselves: no polyfill script before each page's first paint.
  vite: () => ({ plugins: [preact(), helplineFactsInOneChunk()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, mode }) => ({
    // Names and descriptions the browser shows come from public/_locales (English and Spanish).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [browser === 'firefox' ? OPEN_POPUP_COMMANDS.mv2 : OPEN_POPUP_COMMANDS.mv3]: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpen__',
      },
      [COPY_MAIN_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandCopyMain__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // storage: settings, in storage.local only. activeTab: "Check this page" without broad access.
          permissions: ['storage', 'activeTab', 'contextMenus', 'clipboardWrite', 'notifications'],
          optional_permissions: PAGE_ORIGINS,
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // scripting: register the page detector once allowed, and inject the card after a match.
          // sidePanel is added by WXT for the side panel entrypoint.
          // contextMenus, clipboardWrite, offscreen and notifications: "Copy helpline info" and the copy shortcut
          // (write only), confirmed without touching the page.
          permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', 'offscreen', 'notifications'],
          optional_host_permissions: PAGE_ORIGINS,
          // The e2e build starts as if the user had allowed page access at first run; nothing else differs.
          ...(mode === 'e2e' ? { host_permissions: PAGE_ORIGINS } : {}),
          externally_connectable: { ids: [] },
          // light-dark() colours (Chrome 123) and sidePanel.open() (Chrome 116).
          minimum_chrome_version: '123',
        }),
  }),
});

/**
 * The helplines' numbers, sources and evidence are always loaded together, before the popup's first paint: one file
 * compresses better than four. Only for builds that split chunks (pages), not single-file scripts.
 */
function helplineFactsInOneChunk(): Plugin {
  const HELPLINE_FACTS = /\/help-content\/(helpline-(facts|evidence|sources|backed-by)|backing)\.ts$/;
  return {
    name: 'steady:helpline-facts-chunk',
    outputOptions: (options) =>
      options.inlineDynamicImports ? null : { ...options, manualChunks: (id) => (HELPLINE_FACTS.test(id) ? 'helpline-facts' : undefined) },
  };
}
