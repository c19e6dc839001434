import { browser } from 'wxt/browser';
import { isOffscreenCopyMessage } from '@/shared/messages';

/** In the offscreen page: copy what the background sends, and only what the background sends. */
export function listenForOffscreenCopy(area: HTMLTextAreaElement): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Steady's own background (no tab) may ask.
    if (!isOffscreenCopyMessage(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
    area.value = message.text;
    area.select();
    const copied = document.execCommand('copy');
    area.value = '';
    return Promise.resolve(copied);
  });
}
