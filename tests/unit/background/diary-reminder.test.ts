import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DIARY_REMINDER_ALARM,
  DIARY_REMINDER_NOTIFICATION,
  handleDiaryAlarm,
  handleDiaryNotificationClick,
  restoreDiaryReminder,
  syncDiaryReminder,
} from '@/background/diary-reminder';
import { LATE_REMINDER_MS } from '@/shared/diary/diary-reminder';

beforeEach(() => fakeBrowser.reset());

const at = (d: number, h: number, min = 0) => new Date(2026, 11, d, h, min);
const alarm = () => fakeBrowser.alarms.get(DIARY_REMINDER_ALARM);
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('the diary’s daily reminder in the background', () => {
  it('sets no alarm while the reminder is off, and one for the next time when it is on', async () => {
    await syncDiaryReminder(at(2, 9));
    await expect(alarm()).resolves.toBeUndefined();
    await fakeBrowser.storage.local.set({ diaryReminder: '20:00' });
    await syncDiaryReminder(at(2, 9));
    expect((await alarm())?.scheduledTime).toBe(at(2, 20).getTime());
    await fakeBrowser.storage.local.set({ diaryReminder: 'off' });
    await syncDiaryReminder(at(2, 9));
    await expect(alarm()).resolves.toBeUndefined();
  });

  it('a corrupt stored reminder sets no alarm', async () => {
    await fakeBrowser.storage.local.set({ diaryReminder: { when: 'always' } });
    await syncDiaryReminder(at(2, 9));
    await expect(alarm()).resolves.toBeUndefined();
  });

  it('reminds on a day with no check-in, then sets the next day’s alarm', async () => {
    await fakeBrowser.storage.local.set({ diaryReminder: '20:00', taperDiary: [] });
    await handleDiaryAlarm({ name: DIARY_REMINDER_ALARM, scheduledTime: at(2, 20).getTime() }, at(2, 20));
    const notes = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notes)).toEqual([DIARY_REMINDER_NOTIFICATION]);
    expect(notes[DIARY_REMINDER_NOTIFICATION]).toMatchObject({ title: 'Steady', message: 'Time for today’s check-in.' });
    expect((await alarm())?.scheduledTime).toBe(at(3, 20).getTime());
  });

  it('says it in Spanish for a Spanish reader', async () => {
    await fakeBrowser.storage.local.set({ diaryReminder: '20:00', language: 'es' });
    await handleDiaryAlarm({ name: DIARY_REMINDER_ALARM, scheduledTime: at(2, 20).getTime() }, at(2, 20));
    expect((await fakeBrowser.notifications.getAll())[DIARY_REMINDER_NOTIFICATION]?.message).toBe('Es hora del registro de hoy.');
  });

  it('stays quiet on a day with a check-in, when it rings hours late, or when turned off meanwhile', async () => {
    const checkIn = { day: '2026-12-02', overall: 2, symptoms: {}, doseChanged: false, redFlags: [], note: '' };
    await fakeBrowser.storage.local.set({ diaryReminder: '20:00', taperDiary: [checkIn] });
    await handleDiaryAlarm({ name: DIARY_REMINDER_ALARM, scheduledTime: at(2, 20).getTime() }, at(2, 20));
    await expect(shown()).resolves.toEqual([]);

    await fakeBrowser.storage.local.set({ taperDiary: [] });
    const late = new Date(at(2, 20).getTime() + LATE_REMINDER_MS);
    await handleDiaryAlarm({ name: DIARY_REMINDER_ALARM, scheduledTime: at(2, 20).getTime() }, late);
    await expect(shown()).resolves.toEqual([]);
    expect((await alarm())?.scheduledTime).toBe(at(3, 20).getTime());

    await fakeBrowser.storage.local.set({ diaryReminder: 'off' });
    await handleDiaryAlarm({ name: DIARY_REMINDER_ALARM, scheduledTime: at(3, 20).getTime() }, at(3, 20));
    await expect(shown()).resolves.toEqual([]);
    await expect(alarm()).resolves.toBeUndefined();
  });

  it('ignores other alarms', async () => {
    await fakeBrowser.storage.local.set({ diaryReminder: '20:00' });
    await handleDiaryAlarm({ name: 'something-else', scheduledTime: at(2, 20).getTime() }, at(2, 20));
    await expect(shown()).resolves.toEqual([]);
    await expect(alarm()).resolves.toBeUndefined();
  });

  it('at start, sets a dropped alarm again, leaves a waiting one alone, and clears one left over', async () => {
    await fakeBrowser.storage.local.set({ diaryReminder: '20:00' });
    await restoreDiaryReminder(at(2, 9));
    expect((await alarm())?.scheduledTime).toBe(at(2, 20).getTime());
    await restoreDiaryReminder(at(2, 21));
    expect((await alarm())?.scheduledTime).toBe(at(2, 20).getTime());
    await fakeBrowser.storage.local.set({ diaryReminder: 'off' });
    await restoreDiaryReminder(at(2, 21));
    await expect(alarm()).resolves.toBeUndefined();
  });

  it('a click on the reminder opens the check-in and closes the notification; other notifications are not its own', async () => {
    await fakeBrowser.notifications.create(DIARY_REMINDER_NOTIFICATION, { type: 'basic', iconUrl: '', title: 'Steady', message: '' });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleDiaryNotificationClick('steady-copy');
    expect(created).not.toHaveBeenCalled();
    await expect(shown()).resolves.toEqual([DIARY_REMINDER_NOTIFICATION]);
    await handleDiaryNotificationClick(DIARY_REMINDER_NOTIFICATION);
    await expect(shown()).resolves.toEqual([]);
    expect(created.mock.calls).toEqual([[{ url: expect.stringMatching(/\/sidepanel\.html#diary$/) }]]);
  });
});
