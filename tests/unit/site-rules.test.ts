import { describe, expect, it } from 'vitest';
import { isHelpAllowedOn, sanitizeBlockedSites, sanitizeSnoozedUntil, SNOOZE_MS } from '../../utils/site-rules';

describe('site rules', () => {
  it('keep only well-formed, unique host names', () => {
    expect(sanitizeBlockedSites(['a.example', 'a.example', 'B.example', '<script>', 42, 'forum.example'])).toEqual(['a.example', 'forum.example']);
    expect(sanitizeBlockedSites('a.example')).toEqual([]);
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
