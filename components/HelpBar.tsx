import type { Helpline } from '../utils/content/types';
import { useI18n } from '../utils/i18n/use-i18n';
import { callHref } from '../utils/phone-links';
import { CrisisLinks } from './CrisisLinks';

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
