import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCloseReader } from '@/page/detector/close-read';

/**
 * The rest of the detector: injected by the background only into a page whose URL, title or text names a benzo
 * (the page detector's first look), where it reads the page closely and decides.
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  installCloseReader();
});
