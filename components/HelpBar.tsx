import type { Helpline } from '../utils/content/types';
import { callHref } from '../utils/phone-links';
import { CrisisLinks } from './CrisisLinks';

/** A slim bar that keeps the emergency and crisis lines one glance away on every page of the side panel. */
export function HelpBar({ emergency, crisis }: { emergency: Helpline; crisis?: Helpline }) {
  return (
    <aside class="help-bar" aria-label="Urgent help">
      {emergency.call && (
        <p>
          <strong>Emergency:</strong> <a href={callHref(emergency.call)}>Call {emergency.call.display}</a>
        </p>
      )}
      {crisis && (
        <p>
          <strong>Thinking about suicide?</strong>{' '}
          <CrisisLinks line={crisis} />
        </p>
      )}
    </aside>
  );
}
