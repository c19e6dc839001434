import type { Helpline, RedFlag } from '@/help-content/types';
import { useI18n } from '@/ui/use-i18n';
import { callHref } from '@/shared/phone-links';
import { CrisisLinks } from '@/components/common/CrisisLinks';
import { GroupSourceNotes } from '@/components/common/SourceNote';

interface EmergencyPanelProps {
  emergency: Helpline;
  /** The region's crisis route, for thoughts of suicide without immediate danger: its crisis line, or the directory. */
  crisis: Helpline;
  redFlags: readonly RedFlag[];
}

/** The first thing anyone sees: the emergency number and the signs that mean "call now". */
export function EmergencyPanel({ emergency, crisis, redFlags }: EmergencyPanelProps) {
  const { t } = useI18n();
  const number = emergency.call?.display;
  return (
    <section class="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">{number ? t.emergency.heading(number) : t.emergency.headingNoNumber}</h2>
      {emergency.call && number && (
        <a class="button button-emergency" href={callHref(emergency.call)}>
          {t.common.call(number)}
        </a>
      )}
      {emergency.callNote && <p class="emergency-note">{emergency.callNote}</p>}
      <p class="emergency-lead">{number ? t.emergency.callNowIf(number) : t.emergency.callNowIfNoNumber}</p>
      <ul class="red-flags">
        {redFlags.map((flag) => (
          <li key={flag.id}>{flag.sign}</li>
        ))}
      </ul>
      <p class="crisis-line">
        {t.common.thinkingAboutSuicide} <CrisisLinks line={crisis} />
        {/* A directory is open any time, but the lines it lists keep their own hours. */}
        {crisis.call ? `, ${t.common.anyTime}.` : '.'}
      </p>
      <details class="sources">
        <summary>{t.emergency.sources}</summary>
        <GroupSourceNotes items={redFlags} />
      </details>
    </section>
  );
}
