/** Rules for where help may show: plain functions, safe to bundle into the page detector. */

export const SNOOZE_MS = 24 * 60 * 60 * 1000;
export const MAX_BLOCKED_SITES = 500;
const HOST = /^[a-z0-9.-]{1,253}$/;

/**
 * Keeps only well-formed host names, each once, and only the newest MAX_BLOCKED_SITES: a site just added (at the
 * end) always stays, and a corrupt stored list of any length costs no more to read than a full one.
 */
export function sanitizeBlockedSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const newest = value.slice(-MAX_BLOCKED_SITES).filter((host): host is string => typeof host === 'string' && HOST.test(host));
  // A site added again counts from its newest place.
  return [...new Set(newest.reverse())].reverse();
}

/** A stored list longer than the cap is corrupt: rewrite it at the cap, so later reads stop paying to load it. */
export function blockedSitesNeedRewrite(value: unknown): boolean {
  return Array.isArray(value) && value.length > MAX_BLOCKED_SITES;
}

export function sanitizeSnoozedUntil(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Whether help may show on a page: not on a blocked site, not while snoozed. */
export function isHelpAllowedOn(host: string, blockedSites: readonly string[], snoozedUntil: number, now = Date.now()): boolean {
  return now >= snoozedUntil && !blockedSites.includes(host.toLowerCase());
}
