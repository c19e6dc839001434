import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectorApi } from '../utils/detection/native-api';
import { startPageWatch } from '../utils/detection/page-watch';
import { createScriptLifetime } from '../utils/script-lifetime';

/**
 * Runs in web pages once the user has turned contextual help on (registered at run time, top frame only).
 * It holds only the detector: the help card's code is injected separately, and only after a match.
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  const api = detectorApi();
  const lifetime = createScriptLifetime('page-detector', () => Boolean(detectorApi()?.runtime?.id));
  const watch = startPageWatch(api, lifetime);
  // Set by the popup's "Check this page" just before it injects this script.
  const flags = globalThis as { steadyCheckRequested?: boolean };
  if (flags.steadyCheckRequested) {
    flags.steadyCheckRequested = false;
    void watch.checkNow(true);
  }
});
