import { browser } from 'wxt/browser';
import { loadDiary, loadReminder } from '@/browser-api/diary-storage';
import { panelPath } from '@/browser-api/side-panel';
import { notify } from '@/background/notify';
import { readerChoices } from '@/background/reader-choices';
import { dayKeyOf } from '@/shared/diary/diary-entry';
import { LATE_REMINDER_MS, nextReminderAt } from '@/shared/diary/diary-reminder';
import { DIARY_WORDS } from '@/shared/diary/diary-words';

/** One alarm for the next reminder, set again each time it rings, so a clock change or a new time is followed. */
export const DIARY_REMINDER_ALARM = 'steady-diary-reminder';
export const DIARY_REMINDER_NOTIFICATION = 'steady-diary-reminder';

/** Sets the alarm for the next reminder, replacing any, or clears it when the reminder is off. */
export async function syncDiaryReminder(now = new Date()): Promise<void> {
  const reminder = await loadReminder();
  await browser.alarms.clear(DIARY_REMINDER_ALARM);
  if (reminder !== 'off') await browser.alarms.create(DIARY_REMINDER_ALARM, { when: nextReminderAt(reminder, now).getTime() });
}

/**
 * At the background's start: the browser may have dropped the alarm (at a restart, or an update), so it is set
 * again if the reminder is on and no alarm is waiting. One that is waiting is left alone.
 */
export async function restoreDiaryReminder(now = new Date()): Promise<void> {
  const [reminder, alarm] = await Promise.all([loadReminder(), browser.alarms.get(DIARY_REMINDER_ALARM)]);
  if ((reminder === 'off') !== !alarm) await syncDiaryReminder(now);
}

/** The reminder's time has come: a notification, unless today has a check-in or the moment is long past. */
export async function handleDiaryAlarm(alarm: { name: string; scheduledTime: number }, now = new Date()): Promise<void> {
  if (alarm.name !== DIARY_REMINDER_ALARM) return;
  const reminder = await loadReminder();
  if (reminder !== 'off' && now.getTime() - alarm.scheduledTime < LATE_REMINDER_MS) {
    const today = dayKeyOf(now);
    const checkedIn = (await loadDiary(today)).some((entry) => entry.day === today);
    if (!checkedIn) await notifyCheckIn();
  }
  await syncDiaryReminder(now);
}

async function notifyCheckIn(): Promise<void> {
  const { locale } = await readerChoices();
  await notify(DIARY_REMINDER_NOTIFICATION, DIARY_WORDS[locale].reminderMessage);
}

/** A click on the reminder opens the check-in (a tab: a notification's click cannot open the side panel). */
export async function handleDiaryNotificationClick(notificationId: string): Promise<void> {
  if (notificationId !== DIARY_REMINDER_NOTIFICATION) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL(panelPath('diary')) });
}
