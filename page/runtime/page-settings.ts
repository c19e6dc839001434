import { pageScriptApi, type StorageChanges } from '@/page/runtime/page-script-api';
import {
  CONTEXTUAL_HELP_CHOICES,
  CONTEXTUAL_HELP_DEFAULT,
  oneOf,
  SENSITIVITY_CHOICES,
  SENSITIVITY_DEFAULT,
  sanitizeSetting,
  type SettingKey,
  type Settings,
} from '@/shared/settings-schema';
import { BLOCKED_SITES_KEY, SNOOZED_UNTIL_KEY, type StorageKey } from '@/shared/storage-keys';
import { blockedSitesNeedRewrite, isHelpAllowedOn, sanitizeBlockedSites, sanitizeSnoozedUntil, SNOOZE_MS } from '@/shared/site-rules';

/**
 * Settings as the scripts inside web pages see them: read through the browser's own storage API, every value
 * checked, defaults for anything missing or corrupt. The detector reads only its own four (on every page, so its
 * script carries no other setting's list); the card reads them all.
 */
export interface DetectorSettings {
  contextualHelp: Settings['contextualHelp'];
  sensitivity: Settings['sensitivity'];
  blockedSites: string[];
  snoozedUntil: number;
}

export interface PageSettings extends DetectorSettings {
  region: Settings['region'];
  language: Settings['language'];
  copyFormat: Settings['copyFormat'];
  textSize: Settings['textSize'];
}

const DETECTOR_KEYS: (SettingKey | StorageKey)[] = ['contextualHelp', 'sensitivity', BLOCKED_SITES_KEY, SNOOZED_UNTIL_KEY];
const KEYS: (SettingKey | StorageKey)[] = [...DETECTOR_KEYS, 'region', 'language', 'copyFormat', 'textSize'];

async function readStored(keys: string[]): Promise<Record<string, unknown>> {
  try {
    return await pageScriptApi().storage.local.get(keys);
  } catch {
    // Unreadable storage: defaults (help off), and never an error in the page.
    return {};
  }
}

function detectorSettingsFrom(stored: Record<string, unknown>): DetectorSettings {
  const blockedSites = sanitizeBlockedSites(stored[BLOCKED_SITES_KEY]);
  if (blockedSitesNeedRewrite(stored[BLOCKED_SITES_KEY]))
    void pageScriptApi()
      .storage.local.set({ [BLOCKED_SITES_KEY]: blockedSites })
      .catch(() => undefined);
  return {
    contextualHelp: oneOf(CONTEXTUAL_HELP_CHOICES, CONTEXTUAL_HELP_DEFAULT, stored.contextualHelp),
    sensitivity: oneOf(SENSITIVITY_CHOICES, SENSITIVITY_DEFAULT, stored.sensitivity),
    blockedSites,
    snoozedUntil: sanitizeSnoozedUntil(stored[SNOOZED_UNTIL_KEY]),
  };
}

export async function loadDetectorSettings(): Promise<DetectorSettings> {
  return detectorSettingsFrom(await readStored(DETECTOR_KEYS));
}

export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await readStored(KEYS);
  return {
    ...detectorSettingsFrom(stored),
    region: sanitizeSetting('region', stored.region),
    language: sanitizeSetting('language', stored.language),
    copyFormat: sanitizeSetting('copyFormat', stored.copyFormat),
    textSize: sanitizeSetting('textSize', stored.textSize),
  };
}

export function helpAllowedHere(settings: DetectorSettings): boolean {
  return isHelpAllowedOn(location.hostname, settings.blockedSites, settings.snoozedUntil);
}

/** Calls back whenever one of `keys` changes; returns the way to stop listening. */
function watchKeys(keys: string[], onChange: () => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  const { onChanged } = pageScriptApi().storage;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/** Calls back with fresh settings whenever one of them changes; returns the way to stop listening. */
export function watchPageSettings(onChange: (settings: PageSettings) => void): () => void {
  return watchKeys(KEYS, () => void loadPageSettings().then(onChange));
}

/** Calls back whenever one of the detector's settings changes; returns the way to stop listening. */
export function watchDetectorSettings(onChange: () => void): () => void {
  return watchKeys(DETECTOR_KEYS, onChange);
}

export async function blockThisSite(): Promise<void> {
  const { blockedSites } = await loadPageSettings();
  await pageScriptApi().storage.local.set({
    [BLOCKED_SITES_KEY]: sanitizeBlockedSites([...blockedSites, location.hostname.toLowerCase()]),
  });
}

/** Undoes blockThisSite: this page's site comes off the list, wherever in it the site was. */
export async function allowThisSiteAgain(): Promise<void> {
  const { blockedSites } = await loadPageSettings();
  const site = location.hostname.toLowerCase();
  await pageScriptApi().storage.local.set({ [BLOCKED_SITES_KEY]: blockedSites.filter((blocked) => blocked !== site) });
}

export async function snoozeHelpForADay(now = Date.now()): Promise<void> {
  await pageScriptApi().storage.local.set({ [SNOOZED_UNTIL_KEY]: now + SNOOZE_MS });
}

/** Undoes snoozeHelpForADay: help may show again at once. */
export async function endSnooze(): Promise<void> {
  await pageScriptApi().storage.local.set({ [SNOOZED_UNTIL_KEY]: 0 });
}
