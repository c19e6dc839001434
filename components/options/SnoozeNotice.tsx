import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { endSnoozeNow, loadSnoozedUntil, watchSnoozedUntil } from '@/browser-api/site-rules-storage';
import { usePageI18n } from '@/ui/use-i18n';

/**
 * While help on web pages is snoozed (from the card's "Snooze for a day"), says until when and offers to turn it
 * back on at once; nothing shows when it is not snoozed.
 */
export function SnoozeNotice({ now = Date.now }: { now?: () => number }) {
  const { t, locale } = usePageI18n();
  const [until, setUntil] = useState(0);
  const [ended, setEnded] = useState(false);
  const endedNote = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void loadSnoozedUntil().then(setUntil);
    return watchSnoozedUntil(setUntil);
  }, []);
  // The button goes once pressed: the focus moves to the words that say help is back, not to the page's top.
  useLayoutEffect(() => {
    if (ended) endedNote.current?.focus();
  }, [ended]);

  const snoozed = until > now();
  if (!snoozed && !ended) return null;
  const time = new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(until);
  return (
    <div class="card">
      {snoozed && <p>{t.options.snoozedUntil(time)}</p>}
      {snoozed && (
        <button
          type="button"
          class="button"
          onClick={async () => {
            // Marked first, so the notice stays in the page while storage reports the change back.
            setEnded(true);
            await endSnoozeNow();
            setUntil(0);
          }}
        >
          {t.options.endSnooze}
        </button>
      )}
      <p ref={endedNote} tabIndex={-1} role="status">
        {ended && !snoozed ? t.options.snoozeEnded : ''}
      </p>
    </div>
  );
}
