import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, isValidSetting, sanitizeSetting, type SettingKey, type Settings } from '@/shared/settings-schema';
import { defineVersionedItem } from '@/browser-api/versioned-item';
import { localStorageKey } from '@/shared/storage-keys';

function defineSetting<K extends SettingKey>(key: K) {
  return defineVersionedItem<Settings[K]>(localStorageKey(key), {
    fallback: DEFAULT_SETTINGS[key],
    // Bump the version and add a migration here when a setting's stored shape changes.
    version: 1,
    migrations: {},
  });
}

export const SETTING_ITEMS = {
  region: defineSetting('region'),
  language: defineSetting('language'),
  copyFormat: defineSetting('copyFormat'),
  theme: defineSetting('theme'),
  textSize: defineSetting('textSize'),
  contextualHelp: defineSetting('contextualHelp'),
  sensitivity: defineSetting('sensitivity'),
} as const;

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export async function loadSettings(): Promise<Settings> {
  const entries = await Promise.all(
    KEYS.map(async (key) => {
      try {
        return [key, sanitizeSetting(key, await SETTING_ITEMS[key].getValue())] as const;
      } catch {
        // A failed migration or unreadable value: use the default rather than show an error.
        return [key, DEFAULT_SETTINGS[key]] as const;
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as Settings;
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (!isValidSetting(key, value)) throw new Error(`Not a valid ${key}: ${String(value)}`);
  await (SETTING_ITEMS[key] as { setValue(v: Settings[K]): Promise<void> }).setValue(value);
}

/** Calls back with the whole, sanitised settings whenever any setting changes, in any Steady page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatchers = KEYS.map((key) => SETTING_ITEMS[key].watch(() => void loadSettings().then(onChange)));
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Removes everything Steady has stored on this device: settings and any saved checklist ticks. */
export async function eraseEverything(): Promise<void> {
  await browser.storage.local.clear();
}
