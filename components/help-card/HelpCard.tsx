import type { Helpline } from '@/help-content/types';
import { formatHelpline } from '@/shared/format-helpline';
import type { CopyFormat } from '@/shared/copy-formats';
import { otherFormatChoices } from '@/shared/copy-formats';
import { copyWhat } from '@/locales/ui-strings';
import { useI18n } from '@/ui/use-i18n';
import { callHref } from '@/shared/phone-links';
import { CopyButton } from '@/components/common/CopyButton';
import { CrisisLinks } from '@/components/common/CrisisLinks';
import { OfficialLink } from '@/components/common/OfficialLink';

export interface HelpCardProps {
  main: Helpline;
  crisis: Helpline;
  /** The region's emergency line, or the local-number advice: every surface has an emergency route. */
  emergency: Helpline;
  copyFormat: CopyFormat;
  onClose(): void;
  onNotOnThisSite(): void;
  onSnooze(): void;
  onMoreHelp(): void;
  /** A click on "Not on this site" or "Snooze" was refused because the page was hiding or covering the card. */
  refusedNotice?: boolean;
}

/** The small in-page card: the one thing that matters, the main helpline, and ways to make it go away. */
export function HelpCard({
  main,
  crisis,
  emergency,
  copyFormat,
  onClose,
  onNotOnThisSite,
  onSnooze,
  onMoreHelp,
  refusedNotice = false,
}: HelpCardProps) {
  const { t, locale } = useI18n();
  return (
    <section class="card" lang={locale} aria-labelledby="steady-card-title">
      <div class="top">
        <h2 id="steady-card-title">{t.card.title}</h2>
        <button type="button" class="close" aria-label={t.card.close} onClick={onClose}>
          ×
        </button>
      </div>
      <p>{t.card.warning}</p>
      <div class="line">
        <p class="line-name">{main.name}</p>
        {/* "Not in Northern Ireland" must reach people in Northern Ireland before they dial. */}
        {main.area && <p>{main.area}</p>}
        {/* A line without a number ("another country") is advice: say it, rather than show a bare name. */}
        {!main.call && !main.text && <p>{main.purpose}</p>}
        <div class="row">
          {main.call && (
            <a class="button" href={callHref(main.call)}>
              {t.common.call(main.call.display)}
            </a>
          )}
          {/* A directory is a place to go: open it as well as copy it. */}
          {main.kind === 'directory' && main.url && (
            <OfficialLink href={main.url} className="button">
              {t.common.findCrisisLine}
            </OfficialLink>
          )}
          <CopyButton
            text={formatHelpline(main, copyFormat, locale)}
            what={copyWhat(main, t.copy)}
            alternatives={otherFormatChoices(copyFormat, (format) => formatHelpline(main, format, locale), t.copy)}
            selectionFallback={false}
          />
        </div>
      </div>
      {/* Where the main line is already the crisis route (a directory), it is not offered twice. */}
      {crisis.id !== main.id && (
        <p>
          {t.common.thinkingAboutSuicide} <CrisisLinks line={crisis} />.
        </p>
      )}
      <p>
        <strong>{t.emergency.helpBarEmergency}</strong>{' '}
        {emergency.call ? <a href={callHref(emergency.call)}>{t.common.call(emergency.call.display)}</a> : t.emergency.localNumber}
      </p>
      <div class="row">
        <button type="button" class="button button-secondary" onClick={onMoreHelp}>
          {t.card.moreHelp}
        </button>
      </div>
      <div class="controls">
        <button type="button" class="link-button" onClick={onNotOnThisSite}>
          {t.card.notOnThisSite}
        </button>
        <button type="button" class="link-button" onClick={onSnooze}>
          {t.card.snooze}
        </button>
      </div>
      <p class="card-note" role="status">
        {refusedNotice && t.card.refused}
      </p>
      {/* A page can draw a look-alike card; it cannot put a mark on Steady's own icon. */}
      <p class="card-note">{t.card.trustedSurface}</p>
    </section>
  );
}
