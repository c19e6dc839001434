import { IS_FIREFOX } from '@/shared/build-target';
import type { PageToBackgroundMessage } from '@/shared/messages';

/**
 * The few extension APIs that scripts running inside web pages need, taken straight from the browser. They
 * carry no polyfill: a page can plant an element with id="browser" that shows up as a global in the
 * extension's world and fools the polyfill's own check, and they run on every page, so every kilobyte counts.
 * Both APIs are promise-based natively in Chrome MV3 and Firefox.
 */
export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;
type ChangeListener = (changes: StorageChanges, area: string) => void;

export interface PageScriptApi {
  runtime: { id?: string; sendMessage(message: PageToBackgroundMessage): Promise<unknown> };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
}

/** Chosen by build target, never by looking at `globalThis.browser`, which a page can clobber. */
export function pageScriptApi(): PageScriptApi {
  const scope = globalThis as unknown as { browser: PageScriptApi; chrome: PageScriptApi };
  return IS_FIREFOX ? scope.browser : scope.chrome;
}

/** True while the extension that injected this script is still installed and loaded. */
export function extensionAlive(): boolean {
  try {
    return typeof pageScriptApi()?.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/**
 * The extension's APIs for a script that may never need them, with a liveness check that asks the extension only
 * once the script has used them. Until then the script has only read the page and said nothing, so an orphan left
 * by an update gets nothing wrong, and the page is spared the first touch of `chrome.runtime` (over a millisecond
 * in Chromium 156; issue 16). From the first use on, every check asks.
 */
export function askedOnlyOnceUsed(
  api: () => PageScriptApi = pageScriptApi,
  alive: () => boolean = extensionAlive,
): { api: () => PageScriptApi; alive: () => boolean } {
  let used = false;
  return {
    api: () => {
      used = true;
      return api();
    },
    alive: () => !used || alive(),
  };
}
