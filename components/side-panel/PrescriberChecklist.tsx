import { useEffect, useState } from 'preact/hooks';
import { loadTicked, saveTicked } from '@/browser-api/checklist-storage';
import { CHECKLIST_GROUPS, formatChecklist } from '@/shared/format-checklist';
import { useContent } from '@/ui/use-content';
import { useI18n } from '@/ui/use-i18n';
import { CopyButton } from '@/components/common/CopyButton';
import { GroupSourceNotes } from '@/components/common/SourceNote';

/** Questions and things to bring to the prescriber: tick them (saved on this device), copy them, or print them. */
export function PrescriberChecklist() {
  const { t, locale } = useI18n();
  const content = useContent();
  const items = content.prescriberChecklist;
  const knownIds = items.map((item) => item.id);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void loadTicked(knownIds).then((ids) => setTicked(new Set(ids)));
  }, []);

  function toggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    void saveTicked(knownIds.filter((known) => next.has(known)));
  }

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
      <div class="actions no-print">
        <CopyButton text={formatChecklist(items, ticked, locale)} what={t.checklist.what} />
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          {t.checklist.print}
        </button>
      </div>
      <details class="sources no-print">
        <summary>{t.checklist.sources}</summary>
        <GroupSourceNotes items={items} />
      </details>
    </section>
  );
}
