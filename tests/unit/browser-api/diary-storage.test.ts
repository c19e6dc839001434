import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eraseDiary, loadDiary, saveCheckIn, saveDiary, watchDiary } from '@/browser-api/diary-storage';
import type { DiaryEntry } from '@/shared/diary/diary-entry';

const TODAY = '2026-12-02';
const entry = (day: string, overall: 0 | 1 | 2 | 3, note = ''): DiaryEntry => ({
  day,
  overall,
  symptoms: { sleep: 1 },
  doseChanged: false,
  redFlags: [],
  note,
});
beforeEach(() => fakeBrowser.reset());

describe('diary storage', () => {
  it('keeps check-ins in storage.local only, one per day, oldest first', async () => {
    await saveCheckIn(entry(TODAY, 1, 'morning'), TODAY);
    await saveCheckIn(entry('2026-11-30', 2), TODAY);
    await saveCheckIn(entry(TODAY, 3, 'evening'), TODAY);
    await expect(loadDiary(TODAY)).resolves.toEqual([entry('2026-11-30', 2), entry(TODAY, 3, 'evening')]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('taperDiary');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('reads corrupt or hostile stored data as what can be kept, or nothing', async () => {
    for (const junk of ['diary', 42, { 0: entry(TODAY, 1) }, null]) {
      await fakeBrowser.storage.local.set({ taperDiary: junk });
      await expect(loadDiary(TODAY), JSON.stringify(junk)).resolves.toEqual([]);
    }
    await fakeBrowser.storage.local.set({
      taperDiary: [entry(TODAY, 2), { day: '2099-01-01', overall: 1 }, 'x', entry('2026-12-01', 9 as 0)],
    });
    await expect(loadDiary(TODAY)).resolves.toEqual([entry(TODAY, 2)]);
  });

  it('survives a corrupt version record (a huge negative version would make the storage library loop)', async () => {
    await fakeBrowser.storage.local.set({ taperDiary: [entry(TODAY, 2)], taperDiary$: { v: -10_000_000 } });
    await expect(loadDiary(TODAY)).resolves.toEqual([entry(TODAY, 2)]);
  });

  it('replaces the whole diary on import, as sanitized, and tells watchers', async () => {
    const seen: DiaryEntry[][] = [];
    const stop = watchDiary((diary) => seen.push(diary));
    await saveDiary([entry('2026-11-01', 0), entry('2026-11-01', 3), entry('2030-01-01', 1)], TODAY);
    await expect(loadDiary(TODAY)).resolves.toEqual([entry('2026-11-01', 3)]);
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual([entry('2026-11-01', 3)]);
    stop();
  });

  it('erases the diary and its version record, and tells watchers it is empty', async () => {
    await saveCheckIn(entry(TODAY, 2), TODAY);
    // Version 1 writes no record; a later version would, so one is set here to see it go too.
    await fakeBrowser.storage.local.set({ otherSetting: 'kept', taperDiary$: { v: 1 } });
    const seen: DiaryEntry[][] = [];
    const stop = watchDiary((diary) => seen.push(diary));
    await eraseDiary();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ otherSetting: 'kept' });
    await expect(loadDiary(TODAY)).resolves.toEqual([]);
    await expect.poll(() => seen.at(-1)).toEqual([]);
    stop();
  });
});
