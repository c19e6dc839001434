import { storage } from 'wxt/utils/storage';
import { SNOOZE_MS, sanitizeBlockedSites, sanitizeSnoozedUntil } from './site-rules';

export { SNOOZE_MS, isHelpAllowedOn, sanitizeBlockedSites, sanitizeSnoozedUntil } from './site-rules';

/** Sites where the user asked never to see help ("not on this site"), as lower-case host names. */
const blockedSitesItem = storage.defineItem<string[]>('local:blockedSites', { fallback: [], version: 1, migrations: {} });
/** Until when (ms since epoch) help on pages is snoozed. */
const snoozedUntilItem = storage.defineItem<number>('local:snoozedUntil', { fallback: 0, version: 1, migrations: {} });

export async function loadBlockedSites(): Promise<string[]> {
  try {
    return sanitizeBlockedSites(await blockedSitesItem.getValue());
  } catch {
    return [];
  }
}

export async function blockSite(host: string): Promise<void> {
  const sites = await loadBlockedSites();
  await blockedSitesItem.setValue(sanitizeBlockedSites([...sites, host.toLowerCase()]));
}

export async function unblockSite(host: string): Promise<void> {
  await blockedSitesItem.setValue((await loadBlockedSites()).filter((site) => site !== host));
}

export function watchBlockedSites(onChange: (sites: string[]) => void): () => void {
  return blockedSitesItem.watch((value) => onChange(sanitizeBlockedSites(value)));
}

export async function loadSnoozedUntil(): Promise<number> {
  try {
    return sanitizeSnoozedUntil(await snoozedUntilItem.getValue());
  } catch {
    return 0;
  }
}

export async function snoozeForADay(now = Date.now()): Promise<void> {
  await snoozedUntilItem.setValue(now + SNOOZE_MS);
}

export function watchSnoozedUntil(onChange: (until: number) => void): () => void {
  return snoozedUntilItem.watch((value) => onChange(sanitizeSnoozedUntil(value)));
}

