import { defineVersionedItem } from '@/browser-api/versioned-item';
import { plainText } from '@/shared/plain-text';
import { localStorageKey, PRESCRIBER_CHECKLIST_KEY, PRESCRIBER_NOTES_KEY } from '@/shared/storage-keys';

/** Ids of the prescriber-checklist items the user has ticked, kept only on this device. */
const tickedItem = defineVersionedItem<string[]>(localStorageKey(PRESCRIBER_CHECKLIST_KEY), { fallback: [], version: 1, migrations: {} });

/** Far more ticks than the checklist has items: a longer stored list is corrupt, and only its start is read. */
export const MAX_STORED_TICKS = 200;

/** Keeps only known ids, so a corrupt or outdated stored value can never break the checklist. */
export function sanitizeTicked(value: unknown, knownIds: readonly string[]): string[] {
  if (!Array.isArray(value)) return [];
  const stored = new Set(value.slice(0, MAX_STORED_TICKS));
  return knownIds.filter((id) => stored.has(id));
}

export async function loadTicked(knownIds: readonly string[]): Promise<string[]> {
  try {
    return sanitizeTicked(await tickedItem.getValue(), knownIds);
  } catch {
    return [];
  }
}

export async function saveTicked(ids: readonly string[]): Promise<void> {
  await tickedItem.setValue([...ids]);
}

/** The reader's own questions and notes for the visit, as they typed them, kept only on this device. */
const notesItem = defineVersionedItem<string>(localStorageKey(PRESCRIBER_NOTES_KEY), { fallback: '', version: 1, migrations: {} });

/** Room for a page of questions; the text box stops there, and a longer stored value is cut to it. */
export const MAX_NOTES_LENGTH = 2000;

/**
 * Plain text only: anything but a string reads as no notes; control characters other than new lines and tabs are
 * dropped, Windows line ends become plain ones, and the text is cut to `MAX_NOTES_LENGTH`.
 */
export function sanitizeNotes(value: unknown): string {
  return plainText(value, MAX_NOTES_LENGTH);
}

export async function loadNotes(): Promise<string> {
  try {
    return sanitizeNotes(await notesItem.getValue());
  } catch {
    return '';
  }
}

export async function saveNotes(notes: string): Promise<void> {
  await notesItem.setValue(sanitizeNotes(notes));
}
