import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Helpline } from '@/help-content/types';
import { useI18n } from '@/ui/use-i18n';
import { callHref, textHref, textNumber } from '@/shared/phone-links';
import { OfficialLink } from '@/components/common/OfficialLink';

interface EmergencyPanelProps {
  emergency: Helpline;
  /** The region's crisis route, for thoughts of suicide without immediate danger: its crisis line, or the directory. */
  crisis: Helpline;
  /** The signs and their sources, loaded just after the first paint: they stay hidden until "When to call". */
  children?: ComponentChildren;
}

/**
 * The first thing anyone sees, in one compact strip: the emergency call, the crisis line as real buttons, and
 * the signs that mean "call now" one click away, never removed.
 */
export function EmergencyPanel({ emergency, crisis, children }: EmergencyPanelProps) {
  const { t } = useI18n();
  const [signsOpen, setSignsOpen] = useState(false);
  const number = emergency.call?.display;
  return (
    <section class="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading" class="visually-hidden">
        {number ? t.emergency.heading(number) : t.emergency.headingNoNumber}
      </h2>
      <div class="emergency-row">
        {emergency.call && number ? (
          <a class="button button-emergency" href={callHref(emergency.call)}>
            {t.common.call(number)}
          </a>
        ) : (
          <p class="emergency-local">
            {t.emergency.localNumber}
            {/* With no number to offer, the note (such as 112 in the EU) is the help itself: never behind a click. */}
            {emergency.callNote && ' '}
            {emergency.callNote && <span class="emergency-note">{emergency.callNote}</span>}
          </p>
        )}
        {/* A button, not <details>, so it can sit beside the call while the signs open below the whole strip. */}
        <button
          type="button"
          class="when-to-call"
          aria-expanded={signsOpen}
          aria-controls="emergency-signs"
          onClick={() => setSignsOpen(!signsOpen)}
        >
          {number ? t.emergency.whenToCall(number) : t.emergency.whenToCallNoNumber}
        </button>
      </div>
      <div class="crisis-row">
        <p class="crisis-lead">
          {t.common.thinkingAboutSuicide}
          {/* A directory is open any time, but the lines it lists keep their own hours. */}
          {crisis.call && <span class="crisis-any-time"> {t.emergency.anyTime}</span>}
        </p>
        <div class="crisis-actions">
          {crisis.call && (
            <a class="button button-crisis" href={callHref(crisis.call)}>
              {t.common.call(crisis.call.display)}
            </a>
          )}
          {crisis.text && (
            <a
              class="button button-crisis"
              href={textHref(crisis.text)}
              aria-label={crisis.text.keyword ? t.emergency.textButtonKeyword(textNumber(crisis.text), crisis.text.keyword) : undefined}
            >
              {/* The keyword is filled in by the link; the button stays short enough to share a row. */}
              {t.emergency.textButton(textNumber(crisis.text))}
            </a>
          )}
          {!crisis.call && crisis.url && (
            <OfficialLink
              href={crisis.url}
              className="button button-crisis"
            >{`${t.common.findCrisisLine} (${new URL(crisis.url).host})`}</OfficialLink>
          )}
        </div>
      </div>
      <div id="emergency-signs" class="emergency-signs" hidden={!signsOpen}>
        {number && emergency.callNote && <p class="emergency-note">{emergency.callNote}</p>}
        <p class="emergency-lead">{number ? t.emergency.callNowIf(number) : t.emergency.callNowIfNoNumber}</p>
        {children}
      </div>
    </section>
  );
}
