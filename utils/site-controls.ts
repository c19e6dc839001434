import { storage } from 'wxt/utils/storage';
import { sanitizeBlockedSites } from './site-rules';

/**
 * The settings page's view of the sites where the user asked never to see help ("not on this site"), as
 * lower-case host names. Pages add to the list through `page-storage.ts`, which needs no storage library.
 */
const blockedSitesItem = storage.defineItem<string[]>('local:blockedSites', { fallback: [], version: 1, migrations: {} });

export async function loadBlockedSites(): Promise<string[]> {
  try {
    return sanitizeBlockedSites(await blockedSitesItem.getValue());
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
