import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionAlive, pageScriptApi } from '@/page/runtime/page-script-api';
import { startPageWatch } from '@/page/detector/page-watch';
import { CHECK_REQUESTED } from '@/shared/page-script-keys';
import { createScriptLifetime } from '@/page/runtime/script-lifetime';

/**
 * Runs in web pages once the user has turned contextual help on (registered at run time, top frame only).
 * It holds only the detector: the help card's code is injected separately, and only after a match.
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  const lifetime = createScriptLifetime('page-detector', extensionAlive);
  // Set by the popup's "Check this page" just before it injects this script (a symbol: pages cannot clobber it).
  const scope = globalThis as Record<symbol, unknown>;
  const requested = scope[CHECK_REQUESTED] === true;
  delete scope[CHECK_REQUESTED];
  // In a task of its own, so the script's start-up and the watch's first steps never add up to one long task.
  lifetime.setTimeout(() => startPageWatch(pageScriptApi, lifetime, { requestedCheck: requested }), 0);
});
