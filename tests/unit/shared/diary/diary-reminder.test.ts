import { describe, expect, it } from 'vitest';
import { formatReminderTime, nextReminderAt, REMINDER_TIMES, sanitizeReminder } from '@/shared/diary/diary-reminder';

describe('the daily reminder’s time', () => {
  it('is off, or a time on the hour or half hour; anything else read back is off', () => {
    expect(REMINDER_TIMES).toHaveLength(48);
    expect(REMINDER_TIMES.slice(0, 3)).toEqual(['00:00', '00:30', '01:00']);
    expect(REMINDER_TIMES.at(-1)).toBe('23:30');
    expect(sanitizeReminder('20:00')).toBe('20:00');
    expect(sanitizeReminder('off')).toBe('off');
    for (const junk of ['20:15', '24:00', '8:00', ' 20:00', 2000, null, undefined, { time: '20:00' }, ['20:00']])
      expect(sanitizeReminder(junk), JSON.stringify(junk)).toBe('off');
  });

  it('comes next today if the time is still ahead, else tomorrow, in the device’s own time', () => {
    const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);
    expect(nextReminderAt('20:00', at(2026, 12, 2, 9, 15))).toEqual(at(2026, 12, 2, 20));
    expect(nextReminderAt('20:00', at(2026, 12, 2, 20, 0))).toEqual(at(2026, 12, 3, 20));
    expect(nextReminderAt('07:30', at(2026, 12, 2, 20))).toEqual(at(2026, 12, 3, 7, 30));
    // Across the end of a month and a year.
    expect(nextReminderAt('06:00', at(2026, 12, 31, 23, 59))).toEqual(at(2027, 1, 1, 6));
  });

  it('is written as each language writes a time of day', () => {
    expect(formatReminderTime('20:00', 'en')).toBe('8:00 PM');
    expect(formatReminderTime('07:30', 'en')).toBe('7:30 AM');
    expect(formatReminderTime('20:00', 'es')).toBe('20:00');
  });
});
