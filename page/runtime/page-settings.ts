import { type PageScriptApi, pageScriptApi, type StorageChanges } from '@/page/runtime/page-script-api';
import { sanitizeSetting, type SettingKey, type Settings } from '@/shared/settings-schema';
import { BLOCKED_SITES_KEY, SNOOZED_UNTIL_KEY, type StorageKey } from '@/shared/storage-keys';
import { blockedSitesNeedRewrite, isHelpAllowedOn, sanitizeBlockedSites, sanitizeSnoozedUntil, SNOOZE_MS } from '@/shared/site-rules';

/**
 * Settings as the scripts inside web pages (the detector and the card) see them: read through the browser's own
 * storage API, every value checked, defaults for anything missing or corrupt.
 */
export interface PageSettings {
  region: Settings['region'];
  language: Settings['language'];
  copyFormat: Settings['copyFormat'];
  contextualHelp: Settings['contextualHelp'];
  sensitivity: Settings['sensitivity'];
  textSize: Settings['textSize'];
  blockedSites: string[];
  snoozedUntil: number;
}

const KEYS: (SettingKey | StorageKey)[] = [
  'region',
  'language',
  'copyFormat',
  'contextualHelp',
  'sensitivity',
  'textSize',
  BLOCKED_SITES_KEY,
  SNOOZED_UNTIL_KEY,
];

/** `api`: the caller's way to the extension (the detector's tells its lifetime that the extension has been used). */
export async function loadPageSettings(api: () => PageScriptApi = pageScriptApi): Promise<PageSettings> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await api().storage.local.get(KEYS);
  } catch {
    // Unreadable storage: defaults (help off), and never an error in the page.
  }
  const blockedSites = sanitizeBlockedSites(stored[BLOCKED_SITES_KEY]);
  if (blockedSitesNeedRewrite(stored[BLOCKED_SITES_KEY]))
    void api()
      .storage.local.set({ [BLOCKED_SITES_KEY]: blockedSites })
      .catch(() => undefined);
  return {
    region: sanitizeSetting('region', stored.region),
    language: sanitizeSetting('language', stored.language),
    copyFormat: sanitizeSetting('copyFormat', stored.copyFormat),
    contextualHelp: sanitizeSetting('contextualHelp', stored.contextualHelp),
    sensitivity: sanitizeSetting('sensitivity', stored.sensitivity),
    textSize: sanitizeSetting('textSize', stored.textSize),
    blockedSites,
    snoozedUntil: sanitizeSnoozedUntil(stored[SNOOZED_UNTIL_KEY]),
  };
}

export function helpAllowedHere(settings: PageSettings): boolean {
  return isHelpAllowedOn(location.hostname, settings.blockedSites, settings.snoozedUntil);
}

/** Calls back with fresh settings whenever one of them changes; returns the way to stop listening. */
export function watchPageSettings(onChange: (settings: PageSettings) => void, api: () => PageScriptApi = pageScriptApi): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) void loadPageSettings(api).then(onChange);
  };
  const { onChanged } = api().storage;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
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
