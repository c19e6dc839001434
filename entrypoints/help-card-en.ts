import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_LINES_EN } from '@/help-content/card-lines-en';
import { cardEn } from '@/locales/card-en';
import { mountHelpCard } from '@/page/help-card/mount-help-card';

/** The help card in English, injected by the background into a page's top frame only after the detector found a match there. */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  void mountHelpCard(document, { locale: 'en', t: cardEn, lines: CARD_LINES_EN });
});
