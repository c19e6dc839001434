/**
 * Which build this code is in, fixed when it is built: the one way Steady tells its builds apart. Chrome's build
 * is MV3 and Firefox's is MV2. APIs that a browser of either kind may lack (Chrome's side panel, Firefox's
 * sidebar, the offscreen document) are looked for where they are used, not assumed from the build.
 */
export const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';
export const IS_MV3 = import.meta.env.MANIFEST_VERSION === 3;
