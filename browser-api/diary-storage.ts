import { defineVersionedItem } from '@/browser-api/versioned-item';
import { type DiaryEntry, dayKeyOf, sanitizeDiary, withEntry } from '@/shared/diary/diary-entry';
import { type DiaryReminder, sanitizeReminder } from '@/shared/diary/diary-reminder';
import { DIARY_REMINDER_KEY, localStorageKey, TAPER_DIARY_KEY } from '@/shared/storage-keys';

/**
 * The taper diary in storage.local (never synced). Version 1 is the first shape; a later shape bumps the version
 * and adds a migration here, and every value read back is held to `sanitizeDiary` whatever its version says.
 */
const diaryItem = defineVersionedItem<unknown>(localStorageKey(TAPER_DIARY_KEY), { fallback: [], version: 1, migrations: {} });

/** The stored diary, oldest first; corrupt or hostile data reads as the entries that can be kept, or none. */
export async function loadDiary(today = dayKeyOf(new Date())): Promise<DiaryEntry[]> {
  try {
    return sanitizeDiary(await diaryItem.getValue(), today);
  } catch {
    return [];
  }
}

/** Saves a check-in, replacing any earlier one for the same day; returns the diary as saved. */
export async function saveCheckIn(entry: DiaryEntry, today = dayKeyOf(new Date())): Promise<DiaryEntry[]> {
  const diary = withEntry(await loadDiary(today), entry, today);
  await diaryItem.setValue(diary);
  return diary;
}

/** Replaces the whole diary (after an import), as sanitized. */
export async function saveDiary(diary: readonly DiaryEntry[], today = dayKeyOf(new Date())): Promise<DiaryEntry[]> {
  const kept = sanitizeDiary(diary, today);
  await diaryItem.setValue(kept);
  return kept;
}

/** Erases the diary from this device (the settings' "erase everything" erases it too). */
export async function eraseDiary(): Promise<void> {
  await diaryItem.removeValue();
}

/** Calls back with the diary whenever it changes (a check-in saved in the popup reaches the side panel). */
export function watchDiary(onChange: (diary: DiaryEntry[]) => void): () => void {
  return diaryItem.watch((value) => onChange(sanitizeDiary(value, dayKeyOf(new Date()))));
}

const reminderItem = defineVersionedItem<unknown>(localStorageKey(DIARY_REMINDER_KEY), { fallback: 'off', version: 1, migrations: {} });

/** The daily reminder: off unless the person turned it on; anything unreadable is off. */
export async function loadReminder(): Promise<DiaryReminder> {
  try {
    return sanitizeReminder(await reminderItem.getValue());
  } catch {
    return 'off';
  }
}

export async function saveReminder(reminder: DiaryReminder): Promise<void> {
  await reminderItem.setValue(sanitizeReminder(reminder));
}

/** Calls back with the reminder whenever it changes (the background sets its alarm from it). */
export function watchReminder(onChange: (reminder: DiaryReminder) => void): () => void {
  return reminderItem.watch((value) => onChange(sanitizeReminder(value)));
}
