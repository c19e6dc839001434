/** Rules for where help may show: plain functions, safe to bundle into the page detector. */

export const SNOOZE_MS = 24 * 60 * 60 * 1000;
const MAX_BLOCKED_SITES = 500;
const HOST = /^[a-z0-9.-]{1,253}$/;

/** Keeps only well-formed host names, so a corrupt stored list can never break a page check. */
export function sanitizeBlockedSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.filter((host): host is string => typeof host === 'string' && HOST.test(host));
  return [...new Set(hosts)].slice(0, MAX_BLOCKED_SITES);
}

export function sanitizeSnoozedUntil(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Whether help may show on a page: not on a blocked site, not while snoozed. */
export function isHelpAllowedOn(host: string, blockedSites: readonly string[], snoozedUntil: number, now = Date.now()): boolean {
  return now >= snoozedUntil && !blockedSites.includes(host.toLowerCase());
}
