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
import { EraseQuestion } from '@/components/common/EraseQuestion';
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
  const heading = useRef<HTMLHeadingElement>(null);
  const erased = useRef(false);
  // Erasing takes the erase button away with the diary: focus goes to this section's heading, not the page's top.
  useLayoutEffect(() => {
    if (erased.current && diary.length === 0) heading.current?.focus();
    erased.current = false;
  }, [diary.length]);

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
    erased.current = true;
    onChange([]);
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
      {diary.length > 0 && (
        <div class="actions">
          <EraseQuestion
            start={w.eraseStart}
            question={w.eraseQuestion(diary.length)}
            confirm={w.eraseConfirm}
            cancel={w.eraseCancel}
            onErase={erase}
          />
        </div>
      )}
      <SaveStatus text={status} />
    </section>
  );
}
