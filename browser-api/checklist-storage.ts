import { defineVersionedItem } from '@/browser-api/versioned-item';
import { localStorageKey, PRESCRIBER_CHECKLIST_KEY } from '@/shared/storage-keys';

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
