import type { Helpline } from '../utils/content/types';
import { formatHelpline, type CopyFormat } from '../utils/format-helpline';
import { otherFormatChoices } from '../utils/copy-choices';
import { callHref } from '../utils/phone-links';
import { CopyButton } from './CopyButton';
import { CrisisLinks } from './CrisisLinks';

export interface HelpCardProps {
  main: Helpline;
  crisis?: Helpline;
  copyFormat: CopyFormat;
  onClose(): void;
  onNotOnThisSite(): void;
  onSnooze(): void;
  onMoreHelp(): void;
}

/** The small in-page card: the one thing that matters, the main helpline, and ways to make it go away. */
export function HelpCard({ main, crisis, copyFormat, onClose, onNotOnThisSite, onSnooze, onMoreHelp }: HelpCardProps) {
  return (
    <section class="card" aria-labelledby="steady-card-title">
      <div class="top">
        <h2 id="steady-card-title">Thinking about stopping a benzo?</h2>
        <button type="button" class="close" aria-label="Close Steady’s help card" onClick={onClose}>
          ×
        </button>
      </div>
      <p>
        Do not stop suddenly: it can cause seizures. Talk to your prescriber about a slow taper.
      </p>
      <div class="line">
        <p class="line-name">{main.name}</p>
        <div class="row">
          {main.call && (
            <a class="button" href={callHref(main.call)}>
              Call {main.call.display}
            </a>
          )}
          <CopyButton
            text={formatHelpline(main, copyFormat)}
            what={`${main.name} details`}
            alternatives={otherFormatChoices(copyFormat, (format) => formatHelpline(main, format))}
            selectionFallback={false}
          />
        </div>
      </div>
      {crisis?.call && (
        <p>
          Thinking about suicide? <CrisisLinks line={crisis} />.
        </p>
      )}
      <div class="row">
        <button type="button" class="button button-secondary" onClick={onMoreHelp}>
          More help
        </button>
      </div>
      <div class="controls">
        <button type="button" class="link-button" onClick={onNotOnThisSite}>
          Not on this site
        </button>
        <button type="button" class="link-button" onClick={onSnooze}>
          Snooze for a day
        </button>
      </div>
    </section>
  );
}
