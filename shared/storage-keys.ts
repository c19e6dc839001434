/**
 * Every key Steady keeps in storage.local (never sync: that would upload them to the user's account). Each
 * setting is stored under its own name in `Settings`; these are the others. Plain constants, not an object, so
 * the scripts that run in web pages carry only the keys they use.
 */

/** Host names where the user chose "Not on this site". */
export const BLOCKED_SITES_KEY = 'blockedSites';
/** When a "Not for a day" snooze ends (ms since the epoch). */
export const SNOOZED_UNTIL_KEY = 'snoozedUntil';
/** The prescriber-visit checklist items the user ticked. */
export const PRESCRIBER_CHECKLIST_KEY = 'prescriberChecklist';
/** The reader's own questions and notes for the prescriber visit: free text, kept on this device only. */
export const PRESCRIBER_NOTES_KEY = 'prescriberNotes';

/** The taper diary's daily check-ins: how the person felt, never a dose; kept on this device only. */
export const TAPER_DIARY_KEY = 'taperDiary';
/** The diary's daily reminder: 'off', or the time of day it comes. */
export const DIARY_REMINDER_KEY = 'diaryReminder';

export type StorageKey =
  | typeof BLOCKED_SITES_KEY
  | typeof SNOOZED_UNTIL_KEY
  | typeof PRESCRIBER_CHECKLIST_KEY
  | typeof PRESCRIBER_NOTES_KEY
  | typeof TAPER_DIARY_KEY
  | typeof DIARY_REMINDER_KEY;

/** The same key as WXT's storage library names it. */
export function localStorageKey<K extends string>(key: K): `local:${K}` {
  return `local:${key}`;
}
