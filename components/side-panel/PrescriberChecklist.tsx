import { useEffect, useRef, useState } from 'preact/hooks';
import { loadNotes, loadTicked, MAX_NOTES_LENGTH, saveNotes, saveTicked } from '@/browser-api/checklist-storage';
import { CHECKLIST_GROUPS, formatChecklist } from '@/shared/format-checklist';
import { useContent } from '@/ui/use-content';
import { usePageI18n } from '@/ui/use-i18n';
import { CopyButton } from '@/components/common/CopyButton';
import { SectionSources } from '@/components/common/SectionSources';

/**
 * Questions and things to bring to the prescriber: tick them, add your own questions and notes (both saved on this
 * device), copy them, or print them.
 */
export function PrescriberChecklist() {
  const { t, locale } = usePageI18n();
  const content = useContent();
  const items = content.prescriberChecklist;
  const knownIds = items.map((item) => item.id);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState('');
  // Once the reader types, a late read of the stored notes must not overwrite what they typed.
  const typed = useRef(false);
  useEffect(() => {
    void loadTicked(knownIds).then((ids) => setTicked(new Set(ids)));
    void loadNotes().then((stored) => {
      if (!typed.current) setNotes(stored);
    });
  }, []);

  function toggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    void saveTicked(knownIds.filter((known) => next.has(known)));
  }

  function editNotes(value: string) {
    typed.current = true;
    setNotes(value);
    void saveNotes(value);
  }

  const ownNotes = notes.trim();
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t.checklist.title}</h2>
      <p class="panel-lead">{t.checklist.lead}</p>
      {CHECKLIST_GROUPS.map((group) => (
        <fieldset key={group} class="card">
          <legend>{t.checklist.groups[group]}</legend>
          {items
            .filter((item) => item.group === group)
            .map((item) => (
              <label key={item.id} class="check-item">
                <input type="checkbox" checked={ticked.has(item.id)} onChange={(event) => toggle(item.id, event.currentTarget.checked)} />
                <span>{item.text}</span>
              </label>
            ))}
        </fieldset>
      ))}
      <div class="card own-notes no-print">
        <label for="checklist-notes">{t.checklist.notes}</label>
        <p id="checklist-notes-hint" class="hint">
          {t.checklist.notesHint(MAX_NOTES_LENGTH)}
        </p>
        <textarea
          id="checklist-notes"
          rows={4}
          maxLength={MAX_NOTES_LENGTH}
          aria-describedby="checklist-notes-hint"
          value={notes}
          onInput={(event) => editNotes(event.currentTarget.value)}
        />
      </div>
      {/* A text box prints cut to its size, so the notes print as plain text. */}
      {ownNotes && (
        <div class="card print-only">
          <h3>{t.checklist.notes}</h3>
          <p class="own-notes-text">{ownNotes}</p>
        </div>
      )}
      {/* Print comes first: the Copy button's label changes to "Copied", and its confirmation drops below both. */}
      <div class="actions checklist-actions no-print">
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          {t.checklist.print}
        </button>
        <CopyButton text={formatChecklist(items, ticked, locale, notes)} what={t.checklist.what} />
      </div>
      {/* The questions are the reader's to ask, not claims: the list names its sources without tying each to a question. */}
      <SectionSources summary={t.checklist.sources} entries={items.map((item) => ({ label: '', item }))} className="no-print" />
    </section>
  );
}
