import { browser } from 'wxt/browser';
import type { PageCheckOutcome } from '../components/PageCheck';
import { checkTabNow, injectHelpCard } from './contextual-help';
import { isPageDecisionMessage } from './messages';

const CHECK_TIMEOUT_MS = 10_000;

/** The tab the popup was opened over; undefined when that is one of Steady's own pages or none. */
export async function activeWebTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? 'https:')) return undefined;
  return tab.id;
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

export { injectHelpCard };
