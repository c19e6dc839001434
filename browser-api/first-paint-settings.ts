import { IS_FIREFOX } from '@/shared/build-target';
import { DEFAULT_SETTINGS, sanitizeSetting, type SettingKey, type Settings } from '@/shared/settings-schema';

type LocalStorageArea = { get(keys: string[]): Promise<Record<string, unknown>> };

/**
 * Every setting read once through the browser's own promise-based storage (Chrome MV3, Firefox), before the popup's
 * first render: its language and theme are right from the first paint, without waiting for the polyfill. The keys
 * are the ones `settings.ts` writes; each value is checked, and anything missing or unreadable is the default.
 */
export async function readSettingsForFirstPaint(): Promise<Settings> {
  const scope = globalThis as unknown as Record<'browser' | 'chrome', { storage: { local: LocalStorageArea } }>;
  const keys = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
  let stored: Record<string, unknown> = {};
  try {
    stored = await (IS_FIREFOX ? scope.browser : scope.chrome).storage.local.get(keys);
  } catch {
    // Unreadable storage: the defaults, as loadSettings would give.
  }
  return Object.fromEntries(keys.map((key) => [key, sanitizeSetting(key, stored[key])])) as unknown as Settings;
}
