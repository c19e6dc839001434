import { blockedSitesNeedRewrite, sanitizeBlockedSites, sanitizeSnoozedUntil } from '@/shared/site-rules';
import { defineVersionedItem } from '@/browser-api/versioned-item';
import { BLOCKED_SITES_KEY, localStorageKey, SNOOZED_UNTIL_KEY } from '@/shared/storage-keys';

/**
 * The settings page's view of the sites where the user asked never to see help ("not on this site"), as
 * lower-case host names. Pages add to the list through `page-storage.ts`, which needs no storage library.
 */
const blockedSitesItem = defineVersionedItem<string[]>(localStorageKey(BLOCKED_SITES_KEY), { fallback: [], version: 1, migrations: {} });

export async function loadBlockedSites(): Promise<string[]> {
  try {
    const stored = await blockedSitesItem.getValue();
    const sites = sanitizeBlockedSites(stored);
    if (blockedSitesNeedRewrite(stored)) await blockedSitesItem.setValue(sites);
    return sites;
  } catch {
    return [];
  }
}

export async function unblockSite(host: string): Promise<void> {
  await blockedSitesItem.setValue((await loadBlockedSites()).filter((site) => site !== host));
}

export function watchBlockedSites(onChange: (sites: string[]) => void): () => void {
  return blockedSitesItem.watch((value) => onChange(sanitizeBlockedSites(value)));
}

/** When a "Snooze for a day" from the card ends (ms since the epoch), or 0: the settings page can end it early. */
const snoozedUntilItem = defineVersionedItem<number>(localStorageKey(SNOOZED_UNTIL_KEY), { fallback: 0, version: 1, migrations: {} });

export async function loadSnoozedUntil(): Promise<number> {
  try {
    return sanitizeSnoozedUntil(await snoozedUntilItem.getValue());
  } catch {
    return 0;
  }
}

/** Help on web pages may show again at once, as the card's own Undo does. */
export async function endSnoozeNow(): Promise<void> {
  await snoozedUntilItem.setValue(0);
}

export function watchSnoozedUntil(onChange: (until: number) => void): () => void {
  return snoozedUntilItem.watch((value) => onChange(sanitizeSnoozedUntil(value)));
}
