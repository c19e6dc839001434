/**
 * Which build this code is in, fixed when it is built: the one way Steady tells its builds apart. The Firefox
 * build is MV2 (`contentScripts`, `tabs.executeScript`); the Chrome build is MV3 (`scripting`). APIs that a browser
 * of either kind may lack (Chrome's side panel, Firefox's sidebar, the offscreen document) are looked for where
 * they are used, not assumed from the build.
 */
export const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';
