import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_LINES_ES } from '@/help-content/card-lines-es';
import { cardEs } from '@/locales/card-es';
import { mountHelpCard } from '@/page/help-card/mount-help-card';

/** The help card in Spanish, injected by the background into a page's top frame only after the detector found a match there. */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  void mountHelpCard(document, { locale: 'es', t: cardEs, lines: CARD_LINES_ES });
});
