import type { CardLine, TextLine } from '@/help-content/types';
import { helplineText } from '@/shared/helpline-text';
import type { CopyFormat } from '@/shared/copy-formats';
import { otherFormatChoices } from '@/shared/copy-formats';
import { copyWhat } from '@/locales/copy-what';
import { useCardI18n } from '@/ui/card-i18n';
import { callHref, textHref, textNumber } from '@/shared/phone-links';
import { CopyButton } from '@/components/common/CopyButton';
import { OfficialLink } from '@/components/common/OfficialLink';
import { SteadyMark } from '@/components/common/SteadyMark';

export interface HelpCardProps {
  main: CardLine;
  crisis: CardLine;
  /** The region's emergency line, or the local-number advice: every surface has an emergency route. */
  emergency: CardLine;
  copyFormat: CopyFormat;
  /** Folded, the card says the one thing that matters and offers the lines; unfolded, everything else. */
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  /** `byKeyboard`: the button was pressed with the keyboard, so the confirmation may take the focus. */
  onClose(byKeyboard: boolean): void;
  onNotOnThisSite(byKeyboard: boolean): void;
  onSnooze(byKeyboard: boolean): void;
  onMoreHelp(): void;
  /** A click on "Not on this site" or "Snooze" was refused because the page was hiding or covering the card. */
  refusedNotice?: boolean;
}

/** A click from the keyboard (Enter or Space on a button) has no pointer behind it: `detail` is 0. */
const byKeyboard = (event: MouseEvent) => event.detail === 0;

/** Steady's mark and name at the top of everything it puts in a page, so nobody takes it for the website's. */
export function CardBrand() {
  return (
    <p class="brand" translate={false}>
      <SteadyMark size={20} />
      <span>Steady</span>
    </p>
  );
}

/** The crisis line as buttons: call, and text where it takes texts; a directory where Steady knows no line. */
function CrisisButtons({ line }: { line: CardLine }) {
  const { t } = useCardI18n();
  if (line.kind === 'directory' && line.url) {
    return (
      <OfficialLink href={line.url} className="button">
        {t.common.findCrisisLine}
      </OfficialLink>
    );
  }
  return (
    <>
      {line.call && (
        <a class="button" href={callHref(line.call)}>
          {t.common.call(line.call.display)}
        </a>
      )}
      {line.text && <TextButton text={line.text} />}
    </>
  );
}

/** A text line as a button: "Text HOME to 741741", or "Text 988". */
function TextButton({ text }: { text: TextLine }) {
  const { t } = useCardI18n();
  return (
    <a class="button button-secondary" href={textHref(text)}>
      {text.keyword ? t.card.textKeyword(text.keyword, textNumber(text)) : t.card.textLine(textNumber(text))}
    </a>
  );
}

/** The small in-page card: the one thing that matters, the main helpline and the crisis line, and the rest behind "More". */
export function HelpCard({
  main,
  crisis,
  emergency,
  copyFormat,
  expanded,
  onExpandedChange,
  onClose,
  onNotOnThisSite,
  onSnooze,
  onMoreHelp,
  refusedNotice = false,
}: HelpCardProps) {
  const { t, locale } = useCardI18n();
  return (
    <section class="card" lang={locale} aria-labelledby="steady-card-title">
      <div class="top">
        <CardBrand />
        <button type="button" class="close" aria-label={t.card.close} onClick={(event) => onClose(byKeyboard(event))}>
          ×
        </button>
      </div>
      <h2 id="steady-card-title" tabIndex={-1}>
        {t.card.title}
      </h2>
      <p class="warning">{t.card.warning}</p>
      <div class="line">
        <p class="line-name">{main.name}</p>
        {/* Folded, the card keeps room for the emergency number in every region: where the line works waits behind "More". */}
        {main.area && expanded && <p class="line-note">{main.area}</p>}
        {/* A line without a number ("another country") is advice: its button says what to do, and unfolded, the card
            says the rest, so the emergency number stays in view on the folded card. */}
        {!main.call && !main.text && expanded && <p class="line-note">{main.purpose}</p>}
        <div class="row">
          {main.call && (
            <a class="button" href={callHref(main.call)}>
              {t.common.call(main.call.display)}
            </a>
          )}
          {/* Where the main line is the crisis line (9-8-8 in Canada), its text route is offered here too. */}
          {crisis.id === main.id && main.text && <TextButton text={main.text} />}
          {/* A directory is a place to go: open it as well as copy it. */}
          {main.kind === 'directory' && main.url && (
            <OfficialLink href={main.url} className="button">
              {t.common.findCrisisLine}
            </OfficialLink>
          )}
          <CopyButton
            text={helplineText(main, copyFormat, locale, t)}
            what={copyWhat(main, t.copy)}
            // The other formats wait behind "More": folded, the row holds Call and Copy only.
            alternatives={expanded ? otherFormatChoices(copyFormat, (format) => helplineText(main, format, locale, t), t.copy) : []}
            selectionFallback={false}
          />
        </div>
      </div>
      {/* Where the main line is already the crisis route (a directory), it is not offered twice. */}
      {crisis.id !== main.id && (
        <div class="line">
          <p class="line-name">{t.common.thinkingAboutSuicide}</p>
          <div class="row">
            <CrisisButtons line={crisis} />
          </div>
        </div>
      )}
      <div class="row row-end">
        <button
          type="button"
          class="button button-secondary more"
          aria-expanded={expanded}
          aria-controls="steady-card-more"
          onClick={() => onExpandedChange(!expanded)}
        >
          {t.card.more}
        </button>
        <p class="emergency">
          <strong>{t.emergency.helpBarEmergency}</strong>{' '}
          {emergency.call ? (
            <a class="button" href={callHref(emergency.call)}>
              {t.common.call(emergency.call.display)}
            </a>
          ) : (
            t.emergency.localNumber
          )}
        </p>
      </div>
      {expanded && (
        <div id="steady-card-more" class="more-section">
          <p>{t.card.taper}</p>
          <div class="row">
            <button type="button" class="button button-secondary" onClick={onMoreHelp}>
              {t.card.moreHelp}
            </button>
          </div>
          <div class="controls">
            <button type="button" class="button button-quiet" onClick={(event) => onNotOnThisSite(byKeyboard(event))}>
              {t.card.notOnThisSite}
            </button>
            <button type="button" class="button button-quiet" onClick={(event) => onSnooze(byKeyboard(event))}>
              {t.card.snooze}
            </button>
          </div>
          <p class="card-note" role="status">
            {refusedNotice && t.card.refused}
          </p>
          {/* A page can draw a look-alike card; it cannot put a mark on Steady's own icon. */}
          <p class="card-note">{t.card.trustedSurface}</p>
        </div>
      )}
    </section>
  );
}
