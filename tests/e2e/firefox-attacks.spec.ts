/**
 * Two of the review's attacks on contextual help, in Firefox ESR with the production build (tests/e2e/attacks.spec.ts
 * has all of them in Chromium). Page access is granted the way a user grants it, by choosing a mode in Steady's
 * settings; a pref lets that click grant the optional permission without Firefox's doorhanger, which no test
 * driver can answer. Each test asserts the FIXED behaviour, and prints what it measured.
 *
 * 1a. A page can tell that Steady is reading it by timing DOM insertions under <body> against a detached node.
 * 2.  The card's host element (the only part a page can see) has a size that depends on region and language,
 *     and that changes when the user copies from the card.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMHSA_SHORT } from './fixtures/expected-copy';
import { launchFirefoxWithExtension, TEST_PREFS, type FirefoxExtensionBrowser } from './fixtures/firefox-extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';
import { compareInsertionRatios, timeInsertions } from './fixtures/insertion-timing';
import { round } from '../support/stats';

type StorageApi = {
  browser: {
    storage: { local: { set(items: object): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `read` returns what `done` accepts (set-up code, where expect.poll is not wanted). */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

describe('attacks on contextual help in Firefox ESR (production build, page access granted from the settings page)', () => {
  let firefox: FirefoxExtensionBrowser;
  let server: FixtureServer;
  let settings: Page;

  beforeAll(async () => {
    [firefox, server] = await Promise.all([
      launchFirefoxWithExtension({ prefs: { ...TEST_PREFS.grantWithoutPrompt, ...TEST_PREFS.readableClipboard } }),
      startFixtureServer(),
    ]);
    settings = await firefox.openExtensionPage('options.html', 'h1');
    await firefox.closeWelcomeTab();
    await settings.click('input[name=contextualHelp][value=card]');
    await pollUntil(
      () =>
        settings.evaluate(() =>
          (globalThis as unknown as StorageApi).browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
        ),
      (granted) => granted,
    );
    await pollUntil(
      () => readStorage().then((s) => s.contextualHelp),
      (mode) => mode === 'card',
    );
  });
  afterAll(async () => Promise.all([firefox?.close(), server?.close()]));

  const readStorage = () => settings.evaluate(() => (globalThis as unknown as StorageApi).browser.storage.local.get(null));
  async function setStorage(values: Record<string, unknown>): Promise<void> {
    await settings.evaluate((items) => (globalThis as unknown as StorageApi).browser.storage.local.set(items), values);
  }
  /**
   * Firefox has no way to list the background's contentScripts.register() registrations, so a change of mode is
   * given a second to take effect (it takes a few ms); the first test checks that badge mode does reach pages.
   */
  async function setHelp(mode: 'off' | 'badge' | 'card'): Promise<void> {
    await setStorage({ contextualHelp: mode });
    await sleep(1_000);
  }

  async function open(file: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    page.on('request', (request) => firefox.requests.push(request.url()));
    await page.goto(`${server.origin}/${file}`);
    return page;
  }

  it('set-up check: in badge mode the detector runs in pages (the toolbar badge marks a matching page)', async () => {
    await setHelp('badge');
    const page = await open('benzo-taper-article.html');
    const badge = () =>
      settings.evaluate(async (url) => {
        const api = (globalThis as unknown as StorageApi).browser;
        // Firefox's match patterns take no port, so the tab is found by its address instead.
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        return tab?.id === undefined ? null : api.browserAction.getBadgeText({ tabId: tab.id });
      }, page.url());
    await pollUntil(badge, (text) => text === 'i');
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
    await page.close();
    await setHelp('card');
  });

  it('1a. inserting nodes under <body> costs no more, relative to a detached node, with help on (badge) than off', async () => {
    const ROUNDS = Number(process.env.ATTACK_1A_ROUNDS ?? 2);
    const REPS = Number(process.env.ATTACK_1A_REPS ?? 15);
    // The review timed batches of 100,000 (ATTACK_1A_BATCH=100000); 20,000 show the same gap with less noise per
    // page and time for more repetitions. Firefox rounds performance.now() to 1 ms here: 2-3% of such a batch.
    const BATCH = Number(process.env.ATTACK_1A_BATCH ?? 20_000);
    const samples: Record<'off' | 'badge', { inBody: number; outside: number }[]> = { off: [], badge: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const mode of r % 2 ? (['badge', 'off'] as const) : (['off', 'badge'] as const)) {
        await setHelp(mode);
        const page = await open('attack-neutral.html');
        // Let the detector's first look at the page finish.
        await sleep(300);
        const pageSamples = await page.evaluate(timeInsertions, { n: BATCH, reps: REPS });
        samples[mode].push(...pageSamples);
        await page.close();
      }
    }
    await setHelp('card');
    const { off, badge, report } = compareInsertionRatios(samples);
    console.log(
      `[firefox 1a] body/detached insertion-time ratio for ${BATCH} insertions, medians over ${samples.off.length} reps each`,
      report,
    );
    expect(badge).toBeLessThanOrEqual(off * 1.15);
  });

  describe('2. the card host’s size says nothing about the user', () => {
    /** What the page itself can read: the one element Steady added under <html>, and its box. */
    const hostBox = (page: Page) =>
      page.evaluate(() => {
        const hosts = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
        if (hosts.length !== 1) return null;
        const { width, height } = hosts[0]!.getBoundingClientRect();
        return { width, height };
      });

    /** Waits for the card's host, then for its box to hold still for a moment. */
    async function settledHostBox(page: Page): Promise<{ width: number; height: number }> {
      await pollUntil(
        () => hostBox(page),
        (box) => box !== null,
      );
      let last = JSON.stringify(await hostBox(page));
      for (;;) {
        await sleep(250);
        const now = JSON.stringify(await hostBox(page));
        if (now === last) return JSON.parse(now);
        last = now;
      }
    }

    it('the host is the same size for every region (US, GB, AU, other) and language (en, es)', async () => {
      await setStorage({ contextualHelp: 'card', blockedSites: [], snoozedUntil: 0 });
      const sizes: Record<string, string> = {};
      for (const region of ['US', 'GB', 'AU', 'OTHER']) {
        for (const language of ['en', 'es']) {
          await setStorage({ region, language });
          const page = await open('benzo-taper-article.html');
          const box = await settledHostBox(page);
          sizes[`${region}/${language}`] = `${round(box.width)}x${round(box.height)}`;
          await page.close();
        }
      }
      await setStorage({ region: 'auto', language: 'auto' });
      console.log('[firefox 2] card host size (width x height) seen by the page, per region/language', sizes);
      expect(new Set(Object.values(sizes)).size).toBe(1);
    });

    it('the host keeps its size when the user copies from the card', async () => {
      await setStorage({ contextualHelp: 'card', blockedSites: [], snoozedUntil: 0, region: 'US', language: 'en' });
      const page = await open('benzo-taper-article.html');
      const before = await settledHostBox(page);
      await page.bringToFront();
      // The shadow root is closed and Firefox has no DevTools protocol to reach into it: the keyboard does. From
      // the page's start (it has nothing focusable of its own), Tab goes to the card's close button, its call
      // link, then its Copy button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // The Copy button was the one pressed: the clipboard holds the helpline.
      await pollUntil(
        () => settings.evaluate(() => navigator.clipboard.readText()),
        (text) => text === SAMHSA_SHORT,
      );
      const after = await settledHostBox(page);
      console.log('[firefox 2] card host size before and after Copy', { before, after });
      await page.close();
      await setStorage({ region: 'auto', language: 'auto' });
      expect(after).toEqual(before);
    });
  });

  it('nothing left the machine', () => {
    expect(firefox.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(firefox.baseUrl))).toEqual([]);
  });
});
