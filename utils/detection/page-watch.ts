import type { PageDecisionMessage } from '../messages';
import { helpAllowedHere, loadPageSettings, watchPageSettings } from '../page-storage';
import type { ScriptLifetime } from '../script-lifetime';
import { checkPage } from './check-page';
import { shouldOfferHelp } from './detect-topic';
import type { PageScriptApi } from './native-api';

/** Content added after load is looked at once it has settled for this long. */
const MUTATION_DEBOUNCE_MS = 1_500;
/** A page that keeps changing is re-read at most this many times per URL. */
const MAX_CHECKS_PER_URL = 4;
/** How often a single-page site's URL is compared with the last one seen. */
const URL_POLL_MS = 1_000;

/**
 * Watches one tab's top frame: decides once per URL whether the page is about stopping a benzodiazepine,
 * re-checks when a single-page site changes URL or adds content, and reports the decision (never the page's
 * text or address) to the background. Everything it starts goes through `lifetime`, so an updated or removed
 * extension leaves nothing running.
 */
export function startPageWatch(api: PageScriptApi, lifetime: ScriptLifetime, options: { requestedCheck?: boolean } = {}): { checkNow(requested: boolean): Promise<void> } {
  const checksPerUrl = new Map<string, number>();
  const offeredUrls = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let debounce: number | undefined;

  const env = {
    now: () => performance.now(),
    yieldToPage: () => new Promise<void>((resolve) => lifetime.setTimeout(resolve, 0)),
    isActive: () => lifetime.isActive(),
  };

  async function check(requested: boolean): Promise<void> {
    const url = location.href;
    const settings = await loadPageSettings();
    if (!requested) {
      if (settings.contextualHelp === 'off' || !helpAllowedHere(settings) || offeredUrls.has(url)) return;
      const count = checksPerUrl.get(url) ?? 0;
      if (count >= MAX_CHECKS_PER_URL) return;
      checksPerUrl.set(url, count + 1);
    }
    const { decision } = await checkPage(document, url, env);
    if (!lifetime.isActive() || url !== location.href) return;
    const offer = shouldOfferHelp(decision, settings.sensitivity);
    if (offer && !requested) offeredUrls.add(url);
    const message: PageDecisionMessage = {
      type: 'steady:page-decision',
      offer,
      aboutBenzos: decision.aboutBenzos,
      aboutStopping: decision.aboutStopping,
      requested,
    };
    await api.runtime.sendMessage(message).catch(() => undefined);
  }

  function checkNow(requested: boolean): Promise<void> {
    // One check at a time, in order.
    queue = queue.then(() => check(requested)).catch(() => undefined);
    return queue;
  }

  let lastUrl = location.href;
  lifetime.setInterval(() => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    void checkNow(false);
  }, URL_POLL_MS);

  const observer = new MutationObserver((records) => {
    if (!records.some((record) => record.addedNodes.length > 0)) return;
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = lifetime.setTimeout(() => void checkNow(false), MUTATION_DEBOUNCE_MS);
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  lifetime.onEnd(() => observer.disconnect());

  // A setting changed in another window (help turned on, sensitivity changed) reaches this tab at once.
  lifetime.onEnd(
    watchPageSettings(() => {
      if (!lifetime.isActive()) return;
      offeredUrls.clear();
      checksPerUrl.clear();
      void checkNow(false);
    }),
  );

  if (options.requestedCheck) {
    // Asked for from the popup: answer there, and do not also put the card up on this page by itself.
    offeredUrls.add(location.href);
    void checkNow(true).then(async () => {
      if ((await loadPageSettings()).contextualHelp === 'off') lifetime.end();
    });
  } else {
    void checkNow(false);
  }
  return { checkNow };
}
