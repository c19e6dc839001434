import { useEffect, useState } from 'preact/hooks';
import { loadReminder, saveReminder, watchReminder } from '@/browser-api/diary-storage';
import {
  DEFAULT_REMINDER_TIME,
  type DiaryReminder,
  formatReminderTime,
  REMINDER_TIMES,
  type ReminderTime,
} from '@/shared/diary/diary-reminder';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { usePageI18n } from '@/ui/use-i18n';
import { SaveStatus } from '@/components/common/SaveStatus';

/** The diary's optional daily reminder: off until turned on, then a notification at the time chosen. */
export function DiaryReminderSetting() {
  const { locale } = usePageI18n();
  const w = DIARY_WORDS[locale].ui;
  const [reminder, setReminder] = useState<DiaryReminder>('off');
  const [status, setStatus] = useState('');
  // The time stays chosen while the reminder is off, so turning it back on brings the same time.
  const [time, setTime] = useState<ReminderTime>(DEFAULT_REMINDER_TIME);
  useEffect(() => {
    const show = (next: DiaryReminder) => {
      setReminder(next);
      if (next !== 'off') setTime(next);
    };
    void loadReminder().then(show);
    return watchReminder(show);
  }, []);

  async function change(next: DiaryReminder) {
    setReminder(next);
    if (next !== 'off') setTime(next);
    setStatus('');
    await saveReminder(next);
    setStatus(next === 'off' ? w.reminderOff : w.reminderSaved(formatReminderTime(next, locale)));
  }

  return (
    <section class="card diary-reminder" aria-labelledby="diary-reminder-title">
      <h3 id="diary-reminder-title">{w.reminderHeading}</h3>
      <label class="check-item">
        <input
          type="checkbox"
          checked={reminder !== 'off'}
          aria-describedby="diary-reminder-hint"
          onChange={(event) => void change(event.currentTarget.checked ? time : 'off')}
        />
        <span>{w.reminderOn}</span>
      </label>
      <p id="diary-reminder-hint" class="hint">
        {w.reminderHint}
      </p>
      {reminder !== 'off' && (
        <label class="diary-select">
          <span>{w.reminderTime}</span>
          <select value={reminder} onChange={(event) => void change(event.currentTarget.value as ReminderTime)}>
            {REMINDER_TIMES.map((option) => (
              <option key={option} value={option}>
                {formatReminderTime(option, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      <SaveStatus text={status} />
    </section>
  );
}
