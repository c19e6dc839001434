import { useEffect, useState } from 'preact/hooks';
import { loadDiary, watchDiary } from '@/browser-api/diary-storage';
import type { Helpline } from '@/help-content/types';
import { type DiaryEntry, dayKeyOf } from '@/shared/diary/diary-entry';
import { summaryText } from '@/shared/diary/diary-summary-text';
import { type Measure, type PeriodWeeks, periodEnding, summarize } from '@/shared/diary/diary-trend';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { usePageI18n } from '@/ui/use-i18n';
import { CopyButton } from '@/components/common/CopyButton';
import { DiaryChart } from '@/components/diary/DiaryChart';
import { DiaryCheckIn } from '@/components/diary/DiaryCheckIn';
import { DiaryData } from '@/components/diary/DiaryData';
import { DiaryReminderSetting } from '@/components/diary/DiaryReminderSetting';

/**
 * The taper diary: today's check-in, how it is going over 2, 4 or 12 weeks, and a summary to copy for the
 * prescriber. Everything stays in storage.local on this device.
 */
export function TaperDiary({ emergency, crisis }: { emergency: Helpline; crisis: Helpline }) {
  const { locale } = usePageI18n();
  const w = DIARY_WORDS[locale].ui;
  const today = dayKeyOf(new Date());
  const [diary, setDiary] = useState<DiaryEntry[]>([]);
  const [weeks, setWeeks] = useState<PeriodWeeks>(2);
  const [measure, setMeasure] = useState<Measure>('overall');
  const [includeNotes, setIncludeNotes] = useState(false);
  useEffect(() => {
    // Built after the page loaded, so the browser could not scroll to #diary itself.
    if (location.hash === '#diary') document.getElementById('diary')?.scrollIntoView();
    void loadDiary(today).then(setDiary);
    // A check-in saved elsewhere (another window) shows here too.
    return watchDiary(setDiary);
  }, []);
  const summary = summarize(diary, periodEnding(today, weeks));
  const text = summaryText(summary, locale, includeNotes);
  const [printTitle, ...printLines] = text.split('\n');
  return (
    <section class="diary" id="diary" aria-labelledby="diary-title">
      <h2 id="diary-title">{w.title}</h2>
      <p class="panel-lead">{w.lead}</p>
      <DiaryCheckIn
        today={today}
        saved={diary.find((entry) => entry.day === today)}
        emergency={emergency}
        crisis={crisis}
        onSaved={setDiary}
      />
      <DiaryChart diary={diary} today={today} weeks={weeks} measure={measure} onWeeks={setWeeks} onMeasure={setMeasure} />
      <section class="card diary-summary" aria-labelledby="diary-summary-title">
        <h3 id="diary-summary-title">{w.summaryHeading}</h3>
        <p>{w.summaryLead}</p>
        <label class="check-item">
          <input type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.currentTarget.checked)} />
          <span>{w.includeNotes}</span>
        </label>
        {/* Print comes first: the Copy button's label changes to "Copied", and its confirmation drops below both. */}
        <div class="actions">
          <button type="button" class="button button-secondary" onClick={() => window.print()}>
            {w.printSummary}
          </button>
          <CopyButton text={text} what={w.summaryWhat} buttonText={w.copySummary} />
        </div>
      </section>
      <DiaryReminderSetting />
      <DiaryData diary={diary} today={today} onChange={setDiary} />
      {/* On paper the diary is its summary, the same words as the copied text, above the printed checklist. */}
      {diary.length > 0 && (
        <div class="print-only diary-print">
          <h2>{printTitle}</h2>
          <p class="diary-print-text">{printLines.join('\n').trim()}</p>
        </div>
      )}
    </section>
  );
}
