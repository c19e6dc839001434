/**
 * The few extension APIs the page detector needs, taken straight from the browser. The detector runs on every
 * page, so it carries no polyfill and no storage library: both are promise-based natively in Chrome MV3 and
 * Firefox.
 */
export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;
type ChangeListener = (changes: StorageChanges, area: string) => void;

export interface DetectorApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
}

export function detectorApi(): DetectorApi {
  const scope = globalThis as { browser?: DetectorApi; chrome?: DetectorApi };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
}
