import { browser } from 'wxt/browser';

/** Contextual help reads pages, so it needs access to every site; asked for only when the user turns it on. */
export const PAGE_ACCESS = { origins: ['<all_urls>'] };

export function hasPageAccess(): Promise<boolean> {
  return browser.permissions.contains(PAGE_ACCESS);
}

/** Must be called straight from a click or key handler: browsers only ask during a user action. */
export function requestPageAccess(): Promise<boolean> {
  return browser.permissions.request(PAGE_ACCESS);
}

/** Hands page access back; false when it cannot be (the e2e build holds it from install). */
export async function removePageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.remove(PAGE_ACCESS);
  } catch {
    return false;
  }
}
