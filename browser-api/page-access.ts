import { browser } from 'wxt/browser';
import { PAGE_ORIGINS } from '@/shared/manifest';

/** Contextual help reads web pages, so it needs access to every website; asked for only when the user turns it on. */
const PAGE_ACCESS = { origins: PAGE_ORIGINS };

export function hasPageAccess(): Promise<boolean> {
  return browser.permissions.contains(PAGE_ACCESS);
}

/**
 * Must be the first thing a click or key handler calls: Firefox forgets the user action after any other await.
 * Resolves at once when access is already granted; false when refused or when the browser cannot ask.
 */
export async function requestPageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request(PAGE_ACCESS);
  } catch {
    return false;
  }
}

/** Hands page access back; false when it cannot be (the e2e build holds it from install). */
export async function removePageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.remove(PAGE_ACCESS);
  } catch {
    return false;
  }
}
