import { useEffect, useRef, useState } from 'preact/hooks';
import { saveCheckIn } from '@/browser-api/diary-storage';
import type { Helpline } from '@/help-content/types';
import { callHref } from '@/shared/phone-links';
import {
  DIARY_RED_FLAGS,
  type DiaryEntry,
  type DiaryRedFlag,
  type Level,
  LEVELS,
  MAX_NOTE_LENGTH,
  SYMPTOMS,
  type SymptomId,
} from '@/shared/diary/diary-entry';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { formatReviewDate } from '@/shared/format-review-date';
import type { IsoDate } from '@/help-content/types';
import { useI18n } from '@/ui/use-i18n';
import { CrisisLinks } from '@/components/common/CrisisLinks';
import { SaveStatus } from '@/components/common/SaveStatus';

interface DiaryCheckInProps {
  today: string;
  /** Today's check-in, when there is one: the form starts from it. */
  saved: DiaryEntry | undefined;
  emergency: Helpline;
  crisis: Helpline;
  onSaved: (diary: DiaryEntry[]) => void;
}

/**
 * Today's check-in: how the day was, how strong each symptom felt, whether the prescriber changed the dose (yes
 * or no, never an amount), any red flag, and a note. A red flag shows the emergency and crisis routes at once,
 * before anything is saved.
 */
export function DiaryCheckIn({ today, saved, emergency, crisis, onSaved }: DiaryCheckInProps) {
  const { t, locale } = useI18n();
  const words = DIARY_WORDS[locale];
  const w = words.ui;
  const [overall, setOverall] = useState<Level | undefined>(saved?.overall);
  const [symptoms, setSymptoms] = useState<Partial<Record<SymptomId, Level>>>(saved?.symptoms ?? {});
  const [doseChanged, setDoseChanged] = useState(saved?.doseChanged ?? false);
  const [redFlags, setRedFlags] = useState<DiaryRedFlag[]>(saved?.redFlags ?? []);
  const [note, setNote] = useState(saved?.note ?? '');
  const [status, setStatus] = useState('');
  const overallGroup = useRef<HTMLFieldSetElement>(null);
  const touched = useRef(false);
  const date = formatReviewDate(today as IsoDate, locale);

  // The stored check-in arrives after the first render: it fills the form unless the person has started on it.
  useEffect(() => {
    if (!saved || touched.current) return;
    setOverall(saved.overall);
    setSymptoms(saved.symptoms);
    setDoseChanged(saved.doseChanged);
    setRedFlags(saved.redFlags);
    setNote(saved.note);
  }, [saved]);

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      touched.current = true;
      setStatus('');
      set(value);
    };

  async function submit(event: Event) {
    event.preventDefault();
    if (overall === undefined) {
      setStatus(w.chooseOverall);
      overallGroup.current?.querySelector('input')?.focus();
      return;
    }
    const diary = await saveCheckIn({ day: today, overall, symptoms, doseChanged, redFlags, note }, today);
    onSaved(diary);
    setStatus(w.saved(date));
  }

  const radioRow = (name: string, labels: readonly string[], value: Level | undefined, choose: (level: Level) => void) => (
    <div class="diary-levels">
      {LEVELS.map((level) => (
        <label key={level} class="diary-level">
          <input type="radio" name={name} value={level} checked={value === level} onChange={() => choose(level)} />
          <span>{labels[level]}</span>
        </label>
      ))}
    </div>
  );

  return (
    <form class="card diary-check-in" aria-labelledby="diary-check-in-title" onSubmit={submit} noValidate>
      <h3 id="diary-check-in-title">{w.checkInTitle(date)}</h3>
      {saved && <p class="hint">{w.savedEarlier}</p>}
      <fieldset class="diary-question" ref={overallGroup}>
        <legend>{w.overallLegend}</legend>
        {radioRow('diary-overall', w.overallLevels, overall, edit(setOverall))}
      </fieldset>
      <fieldset class="diary-question">
        <legend>{w.symptomsLegend}</legend>
        {SYMPTOMS.map((id) => (
          <fieldset key={id} class="diary-symptom">
            <legend>{words.measures[id]}</legend>
            {radioRow(`diary-${id}`, w.symptomLevels, symptoms[id], (level) => edit(setSymptoms)({ ...symptoms, [id]: level }))}
          </fieldset>
        ))}
      </fieldset>
      <label class="check-item">
        <input
          type="checkbox"
          checked={doseChanged}
          aria-describedby="diary-dose-hint"
          onChange={(event) => edit(setDoseChanged)(event.currentTarget.checked)}
        />
        <span>{w.doseChanged}</span>
      </label>
      <p id="diary-dose-hint" class="hint">
        {w.doseChangedHint}
      </p>
      <fieldset class="diary-question">
        <legend>{w.redFlagsLegend}</legend>
        {DIARY_RED_FLAGS.map((flag) => (
          <label key={flag} class="check-item">
            <input
              type="checkbox"
              checked={redFlags.includes(flag)}
              onChange={(event) =>
                edit(setRedFlags)(
                  event.currentTarget.checked
                    ? DIARY_RED_FLAGS.filter((f) => f === flag || redFlags.includes(f))
                    : redFlags.filter((f) => f !== flag),
                )
              }
            />
            <span>{w.redFlags[flag]}</span>
          </label>
        ))}
      </fieldset>
      {/* Shown the moment a red flag is ticked, before any saving: the diary never just logs it. */}
      <div role="alert" class="diary-crisis-slot">
        {redFlags.length > 0 && (
          <div class="card get-help-now diary-crisis">
            <h4>{w.crisisTitle}</h4>
            {redFlags.some((flag) => flag !== 'suicide') && (
              <p>
                {w.crisisEmergency}{' '}
                {emergency.call ? <a href={callHref(emergency.call)}>{t.common.call(emergency.call.display)}</a> : emergency.name}
              </p>
            )}
            {redFlags.includes('suicide') && (
              <>
                <p>
                  {w.crisisSuicide} <CrisisLinks line={crisis} />
                </p>
                <p>
                  {w.crisisActNow}{' '}
                  {emergency.call ? <a href={callHref(emergency.call)}>{t.common.call(emergency.call.display)}</a> : emergency.name}
                </p>
              </>
            )}
            <p>{w.crisisPrescriber}</p>
          </div>
        )}
      </div>
      <label for="diary-note">{w.note}</label>
      <p id="diary-note-hint" class="hint">
        {w.noteHint(MAX_NOTE_LENGTH)}
      </p>
      <textarea
        id="diary-note"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby="diary-note-hint"
        value={note}
        onInput={(event) => edit(setNote)(event.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="button">
          {w.save}
        </button>
      </div>
      <SaveStatus text={status} />
    </form>
  );
}
