import { useEffect, useState } from 'preact/hooks';
import { PRESCRIBER_CHECKLIST } from '../utils/content/guides';
import type { ChecklistItem } from '../utils/content/types';
import { loadTicked, saveTicked } from '../utils/checklist-storage';
import { CHECKLIST_GROUP_TITLES, formatChecklist } from '../utils/format-checklist';
import { CopyButton } from './CopyButton';
import { SourceNote } from './SourceNote';

const KNOWN_IDS = PRESCRIBER_CHECKLIST.map((item) => item.id);

/** Questions and things to bring to the prescriber: tick them (saved on this device), copy them, or print them. */
export function PrescriberChecklist() {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void loadTicked(KNOWN_IDS).then((ids) => setTicked(new Set(ids)));
  }, []);

  function toggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    void saveTicked(KNOWN_IDS.filter((known) => next.has(known)));
  }

  const sources = PRESCRIBER_CHECKLIST.filter(
    (item, index) => PRESCRIBER_CHECKLIST.findIndex((other) => other.source.url === item.source.url) === index,
  );

  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Talk to your prescriber</h2>
      <p class="panel-lead">
        A checklist for your next visit. Tick what you want to cover. Your ticks stay on this device only.
      </p>
      {(Object.keys(CHECKLIST_GROUP_TITLES) as ChecklistItem['group'][]).map((group) => (
        <fieldset key={group} class="card">
          <legend>{CHECKLIST_GROUP_TITLES[group]}</legend>
          {PRESCRIBER_CHECKLIST.filter((item) => item.group === group).map((item) => (
            <label key={item.id} class="check-item">
              <input type="checkbox" checked={ticked.has(item.id)} onChange={(event) => toggle(item.id, event.currentTarget.checked)} />
              <span>{item.text}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div class="actions no-print">
        <CopyButton text={formatChecklist(PRESCRIBER_CHECKLIST, ticked)} what="checklist" />
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <details class="sources no-print">
        <summary>Sources for this checklist</summary>
        {sources.map((item) => (
          <SourceNote key={item.source.url} item={item} />
        ))}
      </details>
    </section>
  );
}
