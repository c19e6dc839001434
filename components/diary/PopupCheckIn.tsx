import { useEffect, useRef, useState } from 'preact/hooks';
import { loadDiary } from '@/browser-api/diary-storage';
import type { Helpline } from '@/help-content/types';
import { type DiaryEntry, dayKeyOf } from '@/shared/diary/diary-entry';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { useI18n } from '@/ui/use-i18n';
import { DiaryCheckIn } from '@/components/diary/DiaryCheckIn';
// Loaded with this component, on the click that opens it: the popup's first paint carries none of the diary.
import '@/assets/diary.css';

interface PopupCheckInProps {
  emergency: Helpline;
  crisis: Helpline;
  /** Opens the diary's chart in the side panel; absent where there is nowhere to open it. */
  onSeeChart?: () => void;
}

/** Today's check-in in the popup, the same form as the side panel's; once saved, a way to the chart. */
export function PopupCheckIn({ emergency, crisis, onSeeChart }: PopupCheckInProps) {
  const { locale } = useI18n();
  const w = DIARY_WORDS[locale].ui;
  const today = dayKeyOf(new Date());
  const [diary, setDiary] = useState<DiaryEntry[]>([]);
  const [savedHere, setSavedHere] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened by a click: the reader's focus goes to what opened.
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
    void loadDiary(today).then(setDiary);
  }, []);
  return (
    <section id="popup-check-in" class="popup-check-in" aria-labelledby="popup-check-in-title">
      <h2 id="popup-check-in-title" tabIndex={-1} ref={heading}>
        {w.title}
      </h2>
      <DiaryCheckIn
        today={today}
        saved={diary.find((entry) => entry.day === today)}
        emergency={emergency}
        crisis={crisis}
        onSaved={(next) => {
          setDiary(next);
          setSavedHere(true);
        }}
      />
      {savedHere && onSeeChart && (
        <div class="actions">
          <button type="button" class="button button-secondary" onClick={onSeeChart}>
            {w.seeChart}
          </button>
        </div>
      )}
    </section>
  );
}
