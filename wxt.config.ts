import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { COPY_MAIN_COMMAND, GECKO_ID, OPEN_POPUP_COMMANDS, PAGE_ORIGINS } from './shared/manifest';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable on its own.
  imports: false,
  // Chrome 123+ and Firefox 142+ preload modules themselves: no polyfill script before each page's first paint.
  vite: () => ({ plugins: [preact(), noRawHtml(), popupInFewFiles()], build: { modulePreload: { polyfill: false } } }),
  zip: {
    // The sources package Mozilla's reviewers rebuild the Firefox package from: what the build reads, and the
    // documents they read; no tests, corpora, screenshots or developer tasks (tests/e2e/release-packages.spec.ts).
    excludeSources: ['tests/**', 'tasks/**', 'docs/**', 'store/screenshots/**', 'vitest.*.ts', 'vitest.config.ts', 'biome.jsonc'],
  },
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
          // alarms: the diary's daily reminder, off unless the user turns it on.
          permissions: ['storage', 'activeTab', 'contextMenus', 'clipboardWrite', 'notifications', 'alarms'],
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
          // alarms: the diary's daily reminder, off unless the user turns it on.
          permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', 'offscreen', 'notifications', 'alarms'],
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
 * The popup's first paint in as few files as it can be (each file asked for before it costs about 4 ms in Chromium;
 * issue 16): everything the first screen runs in one chunk, and each language's words and helplines in one more,
 * which that language's popup page imports. Other pages load these chunks too, so they hold no page's entry module
 * or own styles. Only for builds that split chunks (pages), not single-file scripts.
 */
function popupInFewFiles(): Plugin {
  const FIRST_PAINT = /\/entrypoints\/popup\/start-popup\.tsx$/;
  const POPUP_PAGE = /\/entrypoints\/popup(-es)?\//;
  const LANGUAGE = /\/shared\/popup-language-(en|es)\.ts$/;
  let chunkOf: Map<string, string> | undefined;
  type ModuleInfo = { importedIds: readonly string[]; importers: readonly string[] } | null;
  /** Every module `from` imports statically, itself included, but none already taken. */
  function staticClosure(from: string, info: (id: string) => ModuleInfo, taken: ReadonlyMap<string, string>): Set<string> {
    const found = new Set<string>();
    const queue = [from];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (found.has(id) || taken.has(id)) continue;
      found.add(id);
      queue.push(...(info(id)?.importedIds ?? []));
    }
    return found;
  }
  function assign(ids: readonly string[], info: (id: string) => ModuleInfo): Map<string, string> {
    const chunks = new Map<string, string>();
    const start = ids.find((id) => FIRST_PAINT.test(id));
    if (!start) return chunks;
    // Also what the popup's pages import besides their own files: WXT's small page helper, and the theme every page
    // shares. Their own files (main.tsx, popup.css) stay in their entries, or other pages would run or style like them.
    const pages = ids.filter((id) => POPUP_PAGE.test(id) && id.endsWith('.html'));
    const shared = pages.flatMap((page) => info(page)?.importedIds ?? []).filter((id) => !POPUP_PAGE.test(id));
    for (const from of [start, ...shared]) for (const id of staticClosure(from, info, chunks)) chunks.set(id, 'popup-first-paint');
    for (const id of ids) {
      const language = LANGUAGE.exec(id)?.[1];
      if (language) for (const each of staticClosure(id, info, chunks)) chunks.set(each, `popup-language-${language}`);
    }
    return chunks;
  }
  return {
    name: 'steady:popup-in-few-files',
    outputOptions: (options) =>
      options.inlineDynamicImports
        ? null
        : {
            ...options,
            manualChunks: (id, { getModuleIds, getModuleInfo }) => {
              chunkOf ??= assign([...getModuleIds()], getModuleInfo);
              return chunkOf.get(id);
            },
          },
  };
}

/**
 * Steady renders no raw HTML: Preact's one `innerHTML` assignment, reached only through `dangerouslySetInnerHTML`
 * (which no Steady file uses), becomes an error, so the Firefox package carries no `innerHTML` write for
 * addons.mozilla.org's linter to flag (UNSAFE_VAR_ASSIGNMENT). A Preact that writes it differently fails the build.
 */
function noRawHtml(): Plugin {
  const PREACT = /\/node_modules\/preact\/dist\/preact\.mjs$/;
  const RAW_HTML_WRITE = /\b\w+\.innerHTML=(\w+)\.__html\b/g;
  return {
    name: 'steady:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id)) return null;
      const writes = code.match(RAW_HTML_WRITE)?.length ?? 0;
      if (writes !== 1) this.error(`Expected one raw HTML write in Preact, found ${writes}: check noRawHtml() in wxt.config.ts.`);
      return { code: code.replace(RAW_HTML_WRITE, '(()=>{throw new Error("Steady renders no raw HTML")})()'), map: null };
    },
  };
}
