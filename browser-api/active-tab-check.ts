import { browser } from 'wxt/browser';
import { checkTabNow } from '@/browser-api/page-scripts';
import { isPageDecisionMessage } from '@/shared/messages';

/** What "Check this page" found: the detector says only what the page is about. */
export type PageCheckOutcome = 'stopping' | 'benzos' | 'neither' | 'unavailable';

const CHECK_TIMEOUT_MS = 10_000;

const isWebTab = (tab: { id?: number; url?: string }) => tab.id !== undefined && /^https?:/.test(tab.url ?? 'https:');

/**
 * The page the user means by "this page": the tab the popup was opened over, or, when the popup's page was
 * opened in a tab of its own, the web page used last in this window. Undefined when there is none.
 */
export async function activeWebTab(): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  const active = tabs.find((tab) => tab.active);
  if (active && isWebTab(active)) return active.id;
  const lastUsed = tabs
    .filter((tab) => !tab.active && tab.url !== undefined && isWebTab(tab))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return lastUsed?.id;
}

/** Runs the detector once in a tab and waits for its answer, which only says what the page is about. */
export function checkTab(tabId: number): Promise<PageCheckOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish('unavailable'), CHECK_TIMEOUT_MS);
    const listener = (message: unknown, sender: { tab?: { id?: number }; id?: string }) => {
      if (!isPageDecisionMessage(message) || !message.requested || sender.tab?.id !== tabId || sender.id !== browser.runtime.id) return;
      finish(message.aboutStopping ? 'stopping' : message.aboutBenzos ? 'benzos' : 'neither');
    };
    function finish(outcome: PageCheckOutcome) {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(listener);
      resolve(outcome);
    }
    browser.runtime.onMessage.addListener(listener);
    checkTabNow(tabId).catch(() => finish('unavailable'));
  });
}
