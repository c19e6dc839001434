import type { Helpline } from '../utils/content/types';
import { callHref, textHref } from '../utils/phone-links';

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
          {crisis.call && <a href={callHref(crisis.call)}>Call {crisis.call.display}</a>}
          {crisis.call && crisis.text && ' or '}
          {crisis.text && <a href={textHref(crisis.text)}>text {crisis.text.number}</a>}
        </p>
      )}
    </aside>
  );
}
