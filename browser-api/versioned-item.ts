import { storage, type StorageItemKey } from 'wxt/utils/storage';

/**
 * A stored value whose shape may change between versions of Steady, through WXT's storage library, made safe
 * against a corrupt version record. The library keeps an item's version in `<key>$` as `{ v }` and, when an item
 * is defined, runs one migration step for every version between the stored one and the current one: a stored
 * -10,000,000 makes it loop ten million times before any page can read a setting.
 */
export interface VersionedItemOptions<T> {
  fallback: T;
  /** Bump it, and add a migration, when the stored shape changes. */
  version: number;
  migrations: Record<number, (oldValue: unknown) => unknown>;
}

export interface VersionedItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Removes the value and its version record: the item reads as its fallback again. */
  removeValue(): Promise<void>;
  watch(callback: (newValue: T, oldValue: T) => void): () => void;
}

function isValidVersionRecord(meta: unknown, version: number): boolean {
  if (meta === null || meta === undefined) return true;
  if (typeof meta !== 'object' || Array.isArray(meta)) return false;
  const { v } = meta as { v?: unknown };
  return v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= version);
}

/**
 * Removes an item's version record unless it is a whole number from 1 to `version`. With no record the library
 * counts the stored value as version 1, which is also what every value read back is checked against anyway.
 */
export async function repairVersionRecord(key: StorageItemKey, version: number): Promise<void> {
  const metaKey = `${key}$` as StorageItemKey;
  if (!isValidVersionRecord(await storage.getItem<unknown>(metaKey), version)) await storage.removeItem(metaKey);
}

export function defineVersionedItem<T>(key: StorageItemKey, options: VersionedItemOptions<T>): VersionedItem<T> {
  let item: Promise<VersionedItem<T>> | undefined;
  // Defined on first use, once the record is repaired: defining an item starts its migration, which reads the
  // record at once.
  const ready = () =>
    (item ??= repairVersionRecord(key, options.version)
      .catch(() => undefined)
      .then(() => storage.defineItem<T>(key, options)));
  return {
    getValue: async () => (await ready()).getValue(),
    setValue: async (value) => (await ready()).setValue(value),
    removeValue: async () => (await ready()).removeValue({ removeMeta: true }),
    // Watching reads no version, so it needs no repair first.
    watch: (callback) =>
      storage.watch<T>(key, (newValue, oldValue) => callback(newValue ?? options.fallback, oldValue ?? options.fallback)),
  };
}
