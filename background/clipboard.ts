import { browser } from 'wxt/browser';
import { EXTENSION_FILES } from '@/shared/manifest';
import { offscreenCopyMessage } from '@/shared/messages';

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

let creating: Promise<void> | undefined;

async function ensureOffscreenDocument(offscreen: ChromeOffscreen): Promise<void> {
  if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
  creating ??= offscreen
    .createDocument({ url: EXTENSION_FILES.offscreen, reasons: ['CLIPBOARD'], justification: 'Copy helpline details the user asked for.' })
    .catch((error: unknown) => {
      // Another call created it first: that is fine.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => (creating = undefined));
  await creating;
}

/**
 * Writes text to the clipboard from the background, for the context menu and the keyboard shortcut.
 * Chrome: through an offscreen page, since its service worker has no clipboard. Firefox: its background page
 * may write directly (clipboardWrite). Nothing about what was copied is logged or stored.
 */
export async function copyFromBackground(text: string): Promise<boolean> {
  const offscreen = (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
  try {
    if (offscreen) {
      await ensureOffscreenDocument(offscreen);
      return (await browser.runtime.sendMessage(offscreenCopyMessage(text))) === true;
    }
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
