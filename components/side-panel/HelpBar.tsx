import type { Helpline } from '@/help-content/types';
import { useI18n } from '@/ui/use-i18n';
import { callHref } from '@/shared/phone-links';
import { CrisisLinks } from '@/components/common/CrisisLinks';

/** A slim bar that keeps the emergency and crisis lines one glance away on every page of the side panel. */
export function HelpBar({ emergency, crisis }: { emergency: Helpline; crisis: Helpline }) {
  const { t } = useI18n();
  return (
    <aside class="help-bar" aria-label={t.emergency.helpBar}>
      <p>
        <strong>{t.emergency.helpBarEmergency}</strong>{' '}
        {emergency.call ? <a href={callHref(emergency.call)}>{t.common.call(emergency.call.display)}</a> : t.emergency.localNumber}
      </p>
      <p>
        <strong>{t.common.thinkingAboutSuicide}</strong> <CrisisLinks line={crisis} />
      </p>
    </aside>
  );
}
