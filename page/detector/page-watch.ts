import { pageDecisionMessage } from '@/shared/messages';
import { helpAllowedHere, loadDetectorSettings, watchDetectorSettings } from '@/page/runtime/page-settings';
import type { ScriptLifetime } from '@/page/runtime/script-lifetime';
import { mayBeAboutBenzos } from '@/page/detector/first-look';
import { loadCloseReader } from '@/page/detector/load-close-reader';
import type { PageReading } from '@/page/detector/close-read';
import { MAX_URL_CHARS } from '@/page/detector/search-query';
import { DEFAULT_READ_LIMITS } from '@/page/detector/read-page-text';
import { holdsAtMostElements } from '@/page/detector/scan-text-nodes';
import type { PageScriptApi } from '@/page/runtime/page-script-api';
import { RECHECK_WINDOWS_MS, RecheckSchedule } from '@/page/detector/recheck-schedule';

/** A page is read at most this many times per URL: once at load or URL change, then the planned re-reads. */
const MAX_CHECKS_PER_URL = 1 + RECHECK_WINDOWS_MS.length;
/** How often the URL is compared with the last one seen and due re-reads are started (a string compare: nothing a page can time). */
const TICK_MS = 1_000;
/** URLs remembered per tab: a page that changes its URL without end cannot grow Steady's memory. */
const MAX_URLS_REMEMBERED = 100;

const urlKey = (url: string) => url.slice(0, MAX_URL_CHARS);

/** The answer for a page that names no benzo anywhere: its first look says so, and nothing more is read. */
const NOT_ABOUT_BENZOS: PageReading = { offer: false, aboutBenzos: false, aboutStopping: false };

/**
 * What content arriving late changes: how many elements the body holds, and the title. Undefined when the body holds
 * more than the reader's element cap, where counting them could take long: such a page is read again as planned.
 * A page that only changes the words inside elements it already has is read again when its address changes.
 */
export function pageShape(doc: Document): string | undefined {
  const body = doc.body;
  // The same question, on the same element, as the first look asks before reading (scan-text-nodes.ts).
  if (!body || !holdsAtMostElements(body, DEFAULT_READ_LIMITS.maxNodes)) return undefined;
  return `${body.getElementsByTagName('*').length} ${doc.title}`;
}

/** Sets `key` as the newest entry, dropping the oldest beyond `max`; a URL is kept only as far as it is read. */
function remember<V>(map: Map<string, V>, url: string, value: V, max: number): void {
  const key = urlKey(url);
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/**
 * Watches one tab's top frame: decides whether the page is about stopping a benzodiazepine at load and when a
 * single-page site changes URL, reads it again a few times at randomised delays for content that arrives late
 * (only if the page has changed shape since, and never by observing the page's DOM, which a page could time), and
 * reports the decision (never the page's text or address) to the background. Everything it starts goes through `lifetime`, so an updated or removed
 * extension leaves nothing running.
 */
export function startPageWatch(api: () => PageScriptApi, lifetime: ScriptLifetime, options: { requestedCheck?: boolean } = {}): void {
  const checksPerUrl = new Map<string, number>();
  const offeredUrls = new Map<string, true>();
  const rechecks = new RecheckSchedule();
  let queue: Promise<void> = Promise.resolve();

  const env = {
    now: () => performance.now(),
    yieldToPage: () => new Promise<void>((resolve) => lifetime.setTimeout(resolve, 0)),
    isActive: () => lifetime.isActive(),
  };

  /** An offer has been reported from this page: a later "no" (a single-page site moving on) must clear the badge. */
  let offerReported = false;
  /** The address and shape of the page when it was last read: a planned re-read of a page that has not changed is skipped. */
  let lastRead: { url: string; shape: string | undefined } | undefined;
  const changedSinceLastRead = () => {
    if (lastRead?.url !== location.href || lastRead.shape === undefined) return true;
    return pageShape(document) !== lastRead.shape;
  };
  let settingsWatched = false;

  async function report(reading: PageReading, requested: boolean): Promise<void> {
    const { offer, aboutBenzos, aboutStopping } = reading;
    if (offer && !requested) offerReported = true;
    await api()
      .runtime.sendMessage(pageDecisionMessage({ offer, aboutBenzos, aboutStopping, requested }))
      .catch(() => undefined);
  }

  async function check(requested: boolean): Promise<void> {
    const url = location.href;
    if (!requested) {
      if (offeredUrls.has(urlKey(url))) return;
      const count = checksPerUrl.get(urlKey(url)) ?? 0;
      if (count >= MAX_CHECKS_PER_URL) return;
      remember(checksPerUrl, url, count + 1, MAX_URLS_REMEMBERED);
    }
    // In a task of its own: on a page of very many elements, counting them walks up to 30,000 of them.
    await env.yieldToPage();
    if (!lifetime.isActive() || url !== location.href) return;
    // Taken before reading: content that arrives while this read goes on makes the next planned re-read happen.
    lastRead = { url, shape: pageShape(document) };
    // Settings and messages wait for a name: on a page that names no benzo, Steady touches no extension API (each
    // first use of one costs the page a millisecond or more; the lifetime asks whether the extension is still there
    // only once `api` has been used) and says nothing, unless a badge from an earlier page of this site needs
    // clearing or the user asked.
    const mayBe = await mayBeAboutBenzos(document, url, env);
    if (!lifetime.isActive() || url !== location.href) return;
    if (!mayBe) {
      if (requested || offerReported) await report(NOT_ABOUT_BENZOS, requested);
      return;
    }
    // The first use of the extension: from here on, the lifetime asks whether it is still there.
    const extension = api();
    if (!lifetime.isActive()) return;
    const settings = await loadDetectorSettings();
    if (!requested && (settings.contextualHelp === 'off' || !helpAllowedHere(settings))) return;
    if (!settingsWatched) watchSettings();
    const readClosely = lifetime.isActive() ? await loadCloseReader(extension) : undefined;
    if (!readClosely || !lifetime.isActive()) return;
    const reading = await readClosely(document, url, env, settings.sensitivity);
    if (!lifetime.isActive() || url !== location.href) return;
    if (reading.offer && !requested) remember(offeredUrls, url, true, MAX_URLS_REMEMBERED);
    await report(reading, requested);
  }

  function checkNow(requested: boolean): Promise<void> {
    // One check at a time, in order.
    queue = queue.then(() => check(requested)).catch(() => undefined);
    return queue;
  }

  let lastUrl = location.href;
  lifetime.setInterval(() => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      rechecks.plan(performance.now());
      void checkNow(false);
    } else if (rechecks.take(performance.now()) && changedSinceLastRead()) {
      void checkNow(false);
    }
  }, TICK_MS);

  // A setting changed in another window (sensitivity, help turned off) reaches this tab at once. Listened for from
  // the first name found on: until then the answer is "no" at every setting.
  function watchSettings(): void {
    settingsWatched = true;
    lifetime.onEnd(
      watchDetectorSettings(() => {
        if (!lifetime.isActive()) return;
        offeredUrls.clear();
        checksPerUrl.clear();
        void checkNow(false);
      }),
    );
  }

  if (options.requestedCheck) {
    // Asked for from the popup: answer there, and do not also put the card up on this page by itself.
    remember(offeredUrls, location.href, true, MAX_URLS_REMEMBERED);
    void checkNow(true).then(async () => {
      if ((await loadDetectorSettings()).contextualHelp === 'off') lifetime.end();
    });
  } else {
    rechecks.plan(performance.now());
    void checkNow(false);
  }
}
