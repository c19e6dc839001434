import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import type { RegionCode } from './content/types';

/** Every setting Steady keeps, all in storage.local (never sync: that would upload them to the user's account). */
export interface Settings {
  /** 'auto' follows the browser's language and region. */
  region: 'auto' | RegionCode;
  copyFormat: 'short' | 'full';
  theme: 'system' | 'light' | 'dark';
  textSize: 'normal' | 'large' | 'larger';
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  region: 'auto',
  copyFormat: 'full',
  theme: 'system',
  textSize: 'normal',
};

/** The values each setting may take; anything else read back from storage is ignored. */
export const SETTING_CHOICES: { readonly [K in SettingKey]: readonly Settings[K][] } = {
  region: ['auto', 'US'],
  copyFormat: ['short', 'full'],
  theme: ['system', 'light', 'dark'],
  textSize: ['normal', 'large', 'larger'],
};

export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return (SETTING_CHOICES[key] as readonly unknown[]).includes(value);
}

/** A stored value if it is one the setting allows, else the default: corrupt storage never reaches the UI. */
export function sanitizeSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return isValidSetting(key, value) ? value : DEFAULT_SETTINGS[key];
}

function defineSetting<K extends SettingKey>(key: K) {
  return storage.defineItem<Settings[K]>(`local:${key}`, {
    fallback: DEFAULT_SETTINGS[key],
    // Bump the version and add a migration here when a setting's stored shape changes.
    version: 1,
    migrations: {},
  });
}

export const SETTING_ITEMS = {
  region: defineSetting('region'),
  copyFormat: defineSetting('copyFormat'),
  theme: defineSetting('theme'),
  textSize: defineSetting('textSize'),
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
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/** Removes everything Steady has stored on this device: settings and any saved checklist ticks. */
export async function eraseEverything(): Promise<void> {
  await browser.storage.local.clear();
}
