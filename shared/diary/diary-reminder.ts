import type { Locale } from '@/locales/locale';

/**
 * The diary's optional daily reminder: off, or a time of day on the hour or half hour ("20:00"), in the device's
 * own time. A short list of times, not any minute, so a stored value is easy to check and the picker is short.
 */
export type ReminderTime = `${number}:${'00' | '30'}`;
export type DiaryReminder = 'off' | ReminderTime;

const pad = (n: number) => String(n).padStart(2, '0');
export const REMINDER_TIMES: readonly ReminderTime[] = Array.from(
  { length: 48 },
  (_, i) => `${pad(Math.floor(i / 2))}:${i % 2 ? '30' : '00'}` as ReminderTime,
);
/** Offered when the reminder is turned on: the evening, when most of the day can be told. */
export const DEFAULT_REMINDER_TIME: ReminderTime = '20:00';
/**
 * A reminder that comes this late (the computer was asleep at the time) is skipped, and the next one set: a nudge
 * hours after the chosen time, perhaps in the night, is no help.
 */
export const LATE_REMINDER_MS = 2 * 60 * 60 * 1000;

/** A stored reminder if it is one Steady offers, else off: corrupt storage never sets a reminder. */
export function sanitizeReminder(value: unknown): DiaryReminder {
  return (REMINDER_TIMES as readonly unknown[]).includes(value) ? (value as ReminderTime) : 'off';
}

/** The next moment the clock reads `time` after `now`, in the device's time zone (today, or else tomorrow). */
export function nextReminderAt(time: ReminderTime, now: Date): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
  return today > now ? today : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hours, minutes);
}

/** "8:00 PM" or "20:00", as the reader's language writes a time of day. */
export function formatReminderTime(time: ReminderTime, locale: Locale): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-US', { hour: 'numeric', minute: '2-digit' }).format(
    new Date(2000, 0, 1, hours, minutes),
  );
}
