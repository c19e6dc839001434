import { pageScriptApi, type StorageChanges } from './detection/native-api';
import { sanitizeSetting, type Settings } from './settings-schema';
import { blockedSitesNeedRewrite, isHelpAllowedOn, sanitizeBlockedSites, sanitizeSnoozedUntil, SNOOZE_MS } from './site-rules';

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
  blockedSites: string[];
  snoozedUntil: number;
}

const KEYS = ['region', 'language', 'copyFormat', 'contextualHelp', 'sensitivity', 'blockedSites', 'snoozedUntil'];

export async function loadPageSettings(): Promise<PageSettings> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await pageScriptApi().storage.local.get(KEYS);
  } catch {
    // Unreadable storage: defaults (help off), and never an error in the page.
  }
  const blockedSites = sanitizeBlockedSites(stored.blockedSites);
  if (blockedSitesNeedRewrite(stored.blockedSites)) void pageScriptApi().storage.local.set({ blockedSites }).catch(() => undefined);
  return {
    region: sanitizeSetting('region', stored.region),
    language: sanitizeSetting('language', stored.language),
    copyFormat: sanitizeSetting('copyFormat', stored.copyFormat),
    contextualHelp: sanitizeSetting('contextualHelp', stored.contextualHelp),
    sensitivity: sanitizeSetting('sensitivity', stored.sensitivity),
    blockedSites,
    snoozedUntil: sanitizeSnoozedUntil(stored.snoozedUntil),
  };
}

export function helpAllowedHere(settings: PageSettings): boolean {
  return isHelpAllowedOn(location.hostname, settings.blockedSites, settings.snoozedUntil);
}

/** Calls back with fresh settings whenever one of them changes; returns the way to stop listening. */
export function watchPageSettings(onChange: (settings: PageSettings) => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) void loadPageSettings().then(onChange);
  };
  const { onChanged } = pageScriptApi().storage;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

export async function blockThisSite(): Promise<void> {
  const { blockedSites } = await loadPageSettings();
  await pageScriptApi().storage.local.set({ blockedSites: sanitizeBlockedSites([...blockedSites, location.hostname.toLowerCase()]) });
}

export async function snoozeHelpForADay(now = Date.now()): Promise<void> {
  await pageScriptApi().storage.local.set({ snoozedUntil: now + SNOOZE_MS });
}
