/**
 * Names the manifest and the code must agree on, written once: `wxt.config.ts` builds the manifest from these,
 * and the code that registers scripts, opens pages or answers commands reads the same values.
 */

/** A fixed add-on id lets Firefox keep the user's local settings across updates. */
export const GECKO_ID = 'steady-benzo-help@steady.extension';

/** Web pages only, not local files: asked for only when the user turns on help on web pages, never at install. */
export const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/** The keyboard command that copies the emergency and main helplines, handled in the background. */
export const COPY_MAIN_COMMAND = 'copy-main-helpline';

/** The browser's own command that opens the toolbar popup, named differently in MV3 and MV2. */
export const OPEN_POPUP_COMMANDS = { mv3: '_execute_action', mv2: '_execute_browser_action' } as const;

/** The popup built with the English words: the manifest's default popup, and the one that opens in a tab. */
const POPUP_PAGE = '/popup.html';

/** Built files, named after their entrypoints (`entrypoints/<name>`), as `runtime.getURL` and `scripting` take them. */
export const EXTENSION_FILES = {
  pageDetector: '/page-detector.js',
  /** The rest of the detector, injected only into a page whose URL, title or text names a benzo. */
  pageReader: '/page-reader.js',
  /** One help card script per language (`entrypoints/help-card-<language>.ts`), so a page gets the reader's words only. */
  helpCard: { en: '/help-card-en.js', es: '/help-card-es.js' },
  /** The toolbar popup, which also opens in a tab where there is no side panel: English, and any language. */
  popup: POPUP_PAGE,
  /** The same popup built with each language's words, so its first paint loads no other file (issue 16). */
  popupIn: { en: POPUP_PAGE, es: '/popup-es.html' },
  sidePanel: '/sidepanel.html',
  welcome: '/welcome.html',
  offscreen: '/offscreen.html',
} as const;
