import { describe, expect, it } from 'vitest';
import type { IsoDate } from '@/help-content/types';
import { formatReviewDate } from '@/shared/format-review-date';

describe('formatReviewDate', () => {
  it('writes the month as a word so no reader mixes up day and month', () => {
    expect(formatReviewDate('2026-11-26', 'en')).toBe('26 Nov 2026');
    expect(formatReviewDate('2025-01-05', 'en')).toBe('5 Jan 2025');
  });
  it('rejects something that is not an ISO date', () => {
    expect(() => formatReviewDate('26/11/2026' as IsoDate, 'en')).toThrow(/Not an ISO date/);
    expect(() => formatReviewDate('2026-13-01', 'en')).toThrow(/Not an ISO date/);
  });
});
