import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineVersionedItem } from '@/browser-api/versioned-item';
import type { DiaryEntry } from '@/shared/diary/diary-entry';

/**
 * The diary's stored shape is version 1 and has needed no migration yet. These pin down what a later shape relies
 * on: a migration runs once from the stored version and is recorded, and a record from a newer Steady does not stop
 * an older one reading what it can.
 */
beforeEach(() => {
  fakeBrowser.reset();
  // Each test loads the storage modules afresh, as a newly opened page does.
  vi.resetModules();
});

const TODAY = '2026-12-02';
const checkIn: DiaryEntry = { day: '2026-12-01', overall: 2, symptoms: { sleep: 1 }, doseChanged: false, redFlags: [], note: '' };

describe('the diary’s stored shape across versions', () => {
  it('a version-2 migration runs once on a version-1 diary, and the new version is recorded', async () => {
    const migrate = vi.fn((old: unknown) => (old as Omit<DiaryEntry, 'note'>[]).map((entry) => ({ ...entry, note: 'moved' })));
    const { note: _, ...withoutNote } = checkIn;
    await fakeBrowser.storage.local.set({ taperDiary: [withoutNote] });
    const item = defineVersionedItem<unknown>('local:taperDiary', { fallback: [], version: 2, migrations: { 2: migrate } });
    await expect(item.getValue()).resolves.toEqual([{ ...checkIn, note: 'moved' }]);
    await expect(item.getValue()).resolves.toEqual([{ ...checkIn, note: 'moved' }]);
    expect(migrate).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(['taperDiary', 'taperDiary$'])).toEqual({
      taperDiary: [{ ...checkIn, note: 'moved' }],
      taperDiary$: { v: 2 },
    });
  });

  it('a diary saved by a newer Steady (version 2) is read by this one as far as it can be', async () => {
    await fakeBrowser.storage.local.set({
      taperDiary: [
        { ...checkIn, mood: 'a field this version does not know' },
        { day: TODAY, overall: 'great' },
      ],
      taperDiary$: { v: 2 },
    });
    const { loadDiary } = await import('@/browser-api/diary-storage');
    await expect(loadDiary(TODAY)).resolves.toEqual([checkIn]);
  });
});
