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
