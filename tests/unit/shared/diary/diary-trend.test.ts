import { describe, expect, it } from 'vitest';
import { addDays, type DiaryEntry, type Level } from '@/shared/diary/diary-entry';
import { periodEnding, summarize, trendOf } from '@/shared/diary/diary-trend';

const TODAY = '2026-12-02';
const TWO_WEEKS = periodEnding(TODAY, 2);

/** One entry a day over the last `values.length` days ending today, the measure taking each value in turn. */
function daily(values: Level[], make: (value: Level) => Partial<DiaryEntry>): DiaryEntry[] {
  return values.map((value, i) => ({
    day: addDays(TODAY, i - values.length + 1),
    overall: 2,
    symptoms: {},
    doseChanged: false,
    redFlags: [],
    note: '',
    ...make(value),
  }));
}

describe('trends', () => {
  it('a period of weeks ends today and starts 7 × weeks − 1 days before', () => {
    expect(TWO_WEEKS).toEqual({ from: '2026-11-19', to: TODAY });
    expect(periodEnding(TODAY, 12).from).toBe('2026-09-10');
  });

  it('sleep trouble falling from 3 to 0 across two weeks is "better", with the change the straight line gives', () => {
    // 14 days: 3 on the first 4, 2 on the next 3, 1 on the next 3, 0 on the last 4.
    const values: Level[] = [3, 3, 3, 3, 2, 2, 2, 1, 1, 1, 0, 0, 0, 0];
    const trend = trendOf(
      daily(values, (v) => ({ symptoms: { sleep: v } })),
      'sleep',
      TWO_WEEKS,
    );
    expect(trend.answered).toBe(14);
    expect(trend.average).toBeCloseTo(1.5, 10);
    expect(trend.direction).toBe('better');
    // Least squares by hand: slope = Σ(x−6.5)(y−1.5) / Σ(x−6.5)² = −64.5 / 227.5; over 13 days.
    expect(trend.change).toBeCloseTo((-64.5 / 227.5) * 13, 10);
  });

  it('for "how was today", rising is better and falling is worse', () => {
    const rising = daily([0, 0, 1, 1, 2, 2, 3, 3], (v) => ({ overall: v }));
    expect(trendOf(rising, 'overall', TWO_WEEKS).direction).toBe('better');
    const falling = daily([3, 3, 2, 2, 1, 1, 0, 0], (v) => ({ overall: v }));
    expect(trendOf(falling, 'overall', TWO_WEEKS).direction).toBe('worse');
  });

  it('a symptom rising is worse; a flat or jittery one is about the same', () => {
    expect(
      trendOf(
        daily([0, 0, 1, 1, 2, 2, 3, 3], (v) => ({ symptoms: { anxiety: v } })),
        'anxiety',
        TWO_WEEKS,
      ).direction,
    ).toBe('worse');
    expect(
      trendOf(
        daily([2, 2, 2, 2, 2, 2], (v) => ({ symptoms: { anxiety: v } })),
        'anxiety',
        TWO_WEEKS,
      ).direction,
    ).toBe('same');
    expect(
      trendOf(
        daily([1, 2, 1, 2, 1, 2, 1, 2], (v) => ({ symptoms: { anxiety: v } })),
        'anxiety',
        TWO_WEEKS,
      ).direction,
    ).toBe('same');
  });

  it('measures the change over the days answered, not over the whole period', () => {
    // Eight days at the end of twelve weeks: slope 2/42 a day, over 7 days, not 83.
    const trend = trendOf(
      daily([1, 2, 1, 2, 1, 2, 1, 2], (v) => ({ symptoms: { anxiety: v } })),
      'anxiety',
      periodEnding(TODAY, 12),
    );
    expect(trend.change).toBeCloseTo((2 / 42) * 7, 10);
    expect(trend.direction).toBe('same');
  });

  it('fewer than four answers, or only unanswered days, say nothing about a direction', () => {
    const three = trendOf(
      daily([3, 2, 0], (v) => ({ symptoms: { shaking: v } })),
      'shaking',
      TWO_WEEKS,
    );
    expect(three).toEqual({ measure: 'shaking', answered: 3, average: 5 / 3, change: 0, direction: 'too-few' });
    const none = trendOf(
      daily([1, 1, 1, 1, 1], () => ({})),
      'shaking',
      TWO_WEEKS,
    );
    expect(none).toEqual({ measure: 'shaking', answered: 0, average: null, change: 0, direction: 'too-few' });
  });

  it('only days inside the period count', () => {
    const old = daily([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0], (v) => ({ symptoms: { sleep: v } }));
    // The last 14 days hold ten 3s then four 0s; the 3s before them are outside.
    expect(trendOf(old, 'sleep', TWO_WEEKS).answered).toBe(14);
  });
});

describe('the summary for the prescriber', () => {
  it('lists check-ins, every measure’s trend, dose-change days, red-flag days and notes, for the period only', () => {
    const diary = daily([2, 2, 2, 2, 2], () => ({}));
    diary[1] = { ...diary[1]!, doseChanged: true, note: 'New plan from Dr. Lee.' };
    diary[3] = { ...diary[3]!, redFlags: ['confusion'] };
    const outside = { ...diary[0]!, day: '2026-10-01', doseChanged: true, note: 'Long ago.' };
    const summary = summarize([outside, ...diary], TWO_WEEKS);
    expect(summary.checkIns).toBe(5);
    expect(summary.trends.map((t) => t.measure)).toEqual([
      'overall',
      'sleep',
      'anxiety',
      'low-mood',
      'racing-heart',
      'shaking',
      'trouble-focusing',
      'feeling-unreal',
      'senses',
    ]);
    expect(summary.doseChangeDays).toEqual(['2026-11-29']);
    expect(summary.redFlagDays).toEqual(['2026-12-01']);
    expect(summary.notes).toEqual([{ day: '2026-11-29', note: 'New plan from Dr. Lee.' }]);
  });
});
