import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardEn } from '@/locales/card-en';
import { mountHelpCard } from '@/page/help-card/mount-help-card';
import { takeHandedLines } from '@/page/help-card/handed-lines';

/** The help card in English, injected by the background into a page's top frame only after the detector found a match there. */
export default defineUnlistedScript(() => {
  const lines = takeHandedLines();
  if (window.top !== window || !lines) return;
  void mountHelpCard(document, { locale: 'en', t: cardEn, lines });
});
