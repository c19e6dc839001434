import { storage } from 'wxt/utils/storage';

/** Ids of the prescriber-checklist items the user has ticked, kept only on this device. */
const tickedItem = storage.defineItem<string[]>('local:prescriberChecklist', { fallback: [], version: 1, migrations: {} });

/** Keeps only known ids, so a corrupt or outdated stored value can never break the checklist. */
export function sanitizeTicked(value: unknown, knownIds: readonly string[]): string[] {
  if (!Array.isArray(value)) return [];
  return knownIds.filter((id) => value.includes(id));
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
