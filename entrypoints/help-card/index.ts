import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountHelpCard } from '@/page/help-card/mount-help-card';

/** Injected by the background into a page's top frame only after the detector found a match there. */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  void mountHelpCard(document);
});
