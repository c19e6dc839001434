import { useCardI18n } from '@/ui/card-i18n';
import { CardBrand } from '@/components/help-card/HelpCard';

/** How the card was sent away: closed on this page, not on this site, or snoozed for a day. */
export type Dismissal = 'closed' | 'blocked' | 'snoozed';

export interface DismissedNoticeProps {
  dismissal: Dismissal;
  /** The site "Not on this site" blocked, as the settings list it. */
  site: string;
  onUndo(byKeyboard: boolean): void;
}

/** What is left of the card for a few seconds after it is sent away: what happened, Undo, and where to change it. */
export function DismissedNotice({ dismissal, site, onUndo }: DismissedNoticeProps) {
  const { t, locale } = useCardI18n();
  const what = dismissal === 'closed' ? t.card.closed : dismissal === 'blocked' ? t.card.blocked(site) : t.card.snoozed;
  return (
    <section class="card notice" lang={locale} aria-labelledby="steady-notice-what">
      <CardBrand />
      <div class="row notice-row">
        <p id="steady-notice-what" class="notice-what">
          {what}
        </p>
        <button type="button" class="button" onClick={(event) => onUndo(event.detail === 0)}>
          {t.card.undo}
        </button>
      </div>
      <p class="card-note">{t.card.whereToChange}</p>
    </section>
  );
}
