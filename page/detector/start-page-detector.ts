import { askedOnlyOnceUsed } from '@/page/runtime/page-script-api';
import { startPageWatch } from '@/page/detector/page-watch';
import { CHECK_REQUESTED } from '@/shared/page-script-keys';
import { createScriptLifetime } from '@/page/runtime/script-lifetime';

/**
 * Starts the detector in a page's top frame: with the popup's "Check this page" request if there is one, and a
 * lifetime that asks whether the extension is still there only once the watch has used it (a name found, or an
 * answer asked for): on a page that names no benzo, Steady touches no extension API at all.
 */
export function startPageDetector(scope: Record<symbol, unknown> = globalThis as Record<symbol, unknown>): void {
  if (window.top !== window) return;
  const extension = askedOnlyOnceUsed();
  const lifetime = createScriptLifetime('page-detector', extension.alive);
  // Set by the popup's "Check this page" just before it injects this script (a symbol: pages cannot clobber it).
  const requested = scope[CHECK_REQUESTED] === true;
  delete scope[CHECK_REQUESTED];
  // In a task of its own, so the script's start-up and the watch's first steps never add up to one long task.
  lifetime.setTimeout(() => startPageWatch(extension.api, lifetime, { requestedCheck: requested }), 0);
}
