/** The shape, defaults and allowed values of Steady's settings: plain data, safe to bundle anywhere. */
import { COPY_FORMATS, type CopyFormat } from '@/shared/copy-formats';
import { REGIONS } from '@/help-content/regions';
import type { RegionCode } from '@/help-content/regions';
import type { LanguageChoice } from '@/locales/locale';

/** Every setting Steady keeps, all in storage.local (never sync: that would upload them to the user's account). */
export interface Settings {
  /** 'auto' follows the device's languages and time zone (`resolve-region.ts`). */
  region: 'auto' | RegionCode;
  /** 'auto' follows the browser's language: Spanish for any "es-…", English otherwise. */
  language: LanguageChoice;
  copyFormat: CopyFormat;
  theme: 'system' | 'light' | 'dark';
  textSize: 'normal' | 'large' | 'larger';
  /** Help on web pages: off until the user turns it on and grants access to pages. */
  contextualHelp: 'off' | 'badge' | 'card';
  sensitivity: Sensitivity;
}

export type SettingKey = keyof Settings;

/** 'stopping': pages about stopping or withdrawal; 'any': any page about benzodiazepines. */
export type Sensitivity = 'stopping' | 'any';

// The e2e build behaves as if the user had turned contextual help on at first run; nothing else differs.
export const CONTEXTUAL_HELP_DEFAULT: Settings['contextualHelp'] = import.meta.env.MODE === 'e2e' ? 'card' : 'off';

export const SENSITIVITY_DEFAULT: Sensitivity = 'stopping';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  region: 'auto',
  language: 'auto',
  copyFormat: 'short',
  theme: 'system',
  textSize: 'normal',
  contextualHelp: CONTEXTUAL_HELP_DEFAULT,
  sensitivity: SENSITIVITY_DEFAULT,
};

// Apart, so the script in every page can check the two settings it reads without carrying every setting's list.
export const CONTEXTUAL_HELP_CHOICES: readonly Settings['contextualHelp'][] = ['off', 'badge', 'card'];
export const SENSITIVITY_CHOICES: readonly Sensitivity[] = ['stopping', 'any'];

/** The values each setting may take; anything else read back from storage is ignored. */
export const SETTING_CHOICES: { readonly [K in SettingKey]: readonly Settings[K][] } = {
  // Every country the picker offers can be saved: one list, so a new country cannot be silently refused.
  region: ['auto', ...REGIONS],
  language: ['auto', 'en', 'es'],
  copyFormat: COPY_FORMATS,
  theme: ['system', 'light', 'dark'],
  textSize: ['normal', 'large', 'larger'],
  contextualHelp: CONTEXTUAL_HELP_CHOICES,
  sensitivity: SENSITIVITY_CHOICES,
};

export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return (SETTING_CHOICES[key] as readonly unknown[]).includes(value);
}

/** A stored value if it is one the setting allows, else the default: corrupt storage never reaches the UI. */
export function sanitizeSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return oneOf(SETTING_CHOICES[key], DEFAULT_SETTINGS[key], value);
}

/** `value` if it is one of `choices`, else `fallback`: sanitizeSetting for a script that carries one setting's list. */
export function oneOf<T>(choices: readonly T[], fallback: T, value: unknown): T {
  return (choices as readonly unknown[]).includes(value) ? (value as T) : fallback;
}
