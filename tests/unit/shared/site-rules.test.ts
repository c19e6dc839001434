import { describe, expect, it, vi } from 'vitest';
import { isHelpAllowedOn, MAX_BLOCKED_SITES, sanitizeBlockedSites, sanitizeSnoozedUntil, SNOOZE_MS } from '@/shared/site-rules';

describe('site rules', () => {
  it('keep only well-formed, unique host names', () => {
    expect(sanitizeBlockedSites(['a.example', 'a.example', 'B.example', '<script>', 42, 'forum.example'])).toEqual([
      'a.example',
      'forum.example',
    ]);
    expect(sanitizeBlockedSites('a.example')).toEqual([]);
  });
  it('keep the newest sites at the cap, so a site just added is never the one dropped', () => {
    const full = Array.from({ length: MAX_BLOCKED_SITES }, (_, i) => `site${i}.example`);
    const kept = sanitizeBlockedSites([...full, 'new.example']);
    expect(kept).toHaveLength(MAX_BLOCKED_SITES);
    expect(kept.at(-1)).toBe('new.example');
    expect(kept).not.toContain('site0.example');
    expect(sanitizeBlockedSites([...full, 'site0.example'])).toEqual([...full.slice(1), 'site0.example']);
  });
  it('read a huge corrupt list no slower than a full one: only its newest entries are looked at', () => {
    const huge = Array.from({ length: 400_000 }, (_, i) => (i % 2 ? `s${i}.example` : { evil: i }));
    const filter = vi.spyOn(Array.prototype, 'filter');
    const kept = sanitizeBlockedSites(huge);
    const filtered = filter.mock.contexts.map((list) => (list as unknown[]).length);
    filter.mockRestore();
    expect(kept.at(-1)).toBe('s399999.example');
    expect(kept.length).toBeLessThanOrEqual(MAX_BLOCKED_SITES);
    expect(Math.max(...filtered)).toBeLessThanOrEqual(MAX_BLOCKED_SITES);
  });
  it('read a snooze time only when it is a real timestamp', () => {
    expect(sanitizeSnoozedUntil(1_800_000_000_000)).toBe(1_800_000_000_000);
    expect(sanitizeSnoozedUntil('tomorrow')).toBe(0);
    expect(sanitizeSnoozedUntil(Number.NaN)).toBe(0);
  });
  it('allow help except on blocked sites and while snoozed', () => {
    const now = 1_000_000;
    expect(isHelpAllowedOn('a.example', [], 0, now)).toBe(true);
    expect(isHelpAllowedOn('A.Example', ['a.example'], 0, now)).toBe(false);
    expect(isHelpAllowedOn('a.example', [], now + SNOOZE_MS, now)).toBe(false);
    expect(isHelpAllowedOn('a.example', [], now - 1, now)).toBe(true);
  });
});
