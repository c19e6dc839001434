import { symptomEntries, titled } from '@/help-content/source-lines';
import type { RedFlag } from '@/help-content/types';
import type { PopupTopics } from '@/shared/popup-topics';
import { useI18n } from '@/ui/use-i18n';
import { HelpItemList } from '@/components/common/HelpItemList';
import { SectionSources } from '@/components/common/SectionSources';
import { SymptomList } from '@/components/common/SymptomList';

/** The popup's content behind a click, loaded just after the first paint (`load-topics.ts`). */

// The shortcuts note shows nothing until the shortcuts are read, after the first paint: it comes with these.
export { KeyboardShortcuts } from '@/components/popup/KeyboardShortcuts';

/** The signs that mean "call now", inside the emergency strip's "When to call". */
export function RedFlagList({ redFlags }: { redFlags: readonly RedFlag[] }) {
  const { t } = useI18n();
  return (
    <>
      <ul class="red-flags">
        {redFlags.map((flag) => (
          <li key={flag.id}>{flag.sign}</li>
        ))}
      </ul>
      <SectionSources summary={t.emergency.sources} entries={redFlags.map((flag) => ({ label: flag.sign, item: flag }))} />
    </>
  );
}

export function StaySafe({ topics }: { topics: PopupTopics }) {
  const { t } = useI18n();
  return (
    <>
      <HelpItemList items={topics.safetyFacts} />
      <SymptomList groups={topics.commonSymptoms} />
      <SectionSources entries={[...titled(topics.safetyFacts), ...symptomEntries(topics.commonSymptoms, t.symptoms.heading)]} />
    </>
  );
}

export function Cope({ topics }: { topics: PopupTopics }) {
  const { t } = useI18n();
  return (
    <>
      <p class="panel-lead">{t.popup.copeLead}</p>
      <HelpItemList items={topics.copingTips} />
      <SectionSources entries={titled(topics.copingTips)} />
    </>
  );
}

export function HelpSomeone({ topics }: { topics: PopupTopics }) {
  return (
    <>
      <HelpItemList items={topics.helpSomeoneTips} />
      <SectionSources entries={titled(topics.helpSomeoneTips)} />
    </>
  );
}
