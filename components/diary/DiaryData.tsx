import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { eraseDiary, saveDiary } from '@/browser-api/diary-storage';
import type { DayKey, DiaryEntry } from '@/shared/diary/diary-entry';
import {
  type DiaryFileKind,
  DiaryImportError,
  diaryFileName,
  diaryToCsv,
  diaryToJson,
  mergeImported,
  parseDiaryFile,
} from '@/shared/diary/diary-transfer';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { saveTextFile } from '@/ui/save-file';
import { usePageI18n } from '@/ui/use-i18n';
import { SaveStatus } from '@/components/common/SaveStatus';

const FILE_TYPES: Record<DiaryFileKind, string> = { json: 'application/json', csv: 'text/csv' };

interface DiaryDataProps {
  diary: readonly DiaryEntry[];
  today: DayKey;
  onChange: (diary: DiaryEntry[]) => void;
}

/** The diary's data, the person's own: save a copy (JSON or CSV), add check-ins from one, or erase the diary. */
export function DiaryData({ diary, today, onChange }: DiaryDataProps) {
  const { locale } = usePageI18n();
  const w = DIARY_WORDS[locale].ui;
  const [status, setStatus] = useState('');
  const [confirmingErase, setConfirmingErase] = useState(false);
  const eraseStart = useRef<HTMLButtonElement>(null);
  const eraseCancel = useRef<HTMLButtonElement>(null);
  const eraseAsked = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus follows the erase question: onto its safe answer when it opens, back to its button when it closes (to the
  // heading once the diary is erased, as the button goes with it).
  useLayoutEffect(() => {
    if (confirmingErase) {
      eraseAsked.current = true;
      eraseCancel.current?.focus();
    } else if (eraseAsked.current) {
      eraseAsked.current = false;
      (eraseStart.current ?? heading.current)?.focus();
    }
  }, [confirmingErase]);

  function save(kind: DiaryFileKind) {
    // A byte-order mark lets spreadsheets read the CSV's accents as UTF-8; importing skips it.
    const text = kind === 'json' ? diaryToJson(diary, today) : `\uFEFF${diaryToCsv(diary)}`;
    saveTextFile(diaryFileName(today, kind), text, FILE_TYPES[kind]);
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // The same file chosen again is a new choice.
    input.value = '';
    if (!file) return;
    setStatus('');
    try {
      const { entries, skipped } = parseDiaryFile(await file.text(), today);
      if (entries.length) onChange(await saveDiary(mergeImported(diary, entries, today), today));
      setStatus(w.imported(entries.length, skipped));
    } catch (error) {
      setStatus(error instanceof DiaryImportError ? w.importProblems[error.problem] : w.importFailed);
    }
  }

  async function erase() {
    setStatus('');
    await eraseDiary();
    onChange([]);
    setConfirmingErase(false);
    setStatus(w.erased);
  }

  return (
    <section class="card diary-data" aria-labelledby="diary-data-title">
      <h3 id="diary-data-title" tabIndex={-1} ref={heading}>
        {w.dataHeading}
      </h3>
      <p>{w.dataLead}</p>
      {diary.length > 0 && (
        <div class="actions">
          <button type="button" class="button button-secondary" onClick={() => save('json')}>
            {w.saveJson}
          </button>
          <button type="button" class="button button-secondary" onClick={() => save('csv')}>
            {w.saveCsv}
          </button>
        </div>
      )}
      <label for="diary-import">{w.importLabel}</label>
      <p id="diary-import-hint" class="hint">
        {w.importHint}
      </p>
      <input
        id="diary-import"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-describedby="diary-import-hint"
        onChange={(event) => void importFile(event.currentTarget)}
      />
      {diary.length > 0 &&
        (confirmingErase ? (
          // A question in the page rather than a pop-up: it names its group, so moving focus into it reads it out.
          <fieldset
            class="erase-question"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setConfirmingErase(false);
            }}
          >
            <legend>{w.eraseQuestion(diary.length)}</legend>
            <div class="actions">
              <button type="button" class="button button-danger" onClick={() => void erase()}>
                {w.eraseConfirm}
              </button>
              <button ref={eraseCancel} type="button" class="button button-secondary" onClick={() => setConfirmingErase(false)}>
                {w.eraseCancel}
              </button>
            </div>
          </fieldset>
        ) : (
          <div class="actions">
            <button ref={eraseStart} type="button" class="button button-danger-outline" onClick={() => setConfirmingErase(true)}>
              {w.eraseStart}
            </button>
          </div>
        ))}
      <SaveStatus text={status} />
    </section>
  );
}
