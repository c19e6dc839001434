/**
 * Help on web pages in Firefox ESR, with the production build (contextual-help.spec.ts drives the same in
 * Chromium). Page access is granted the way a user grants it, by choosing a mode in Steady's settings; a pref lets
 * that click grant the optional permission without Firefox's doorhanger, which no test driver can answer.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMHSA_FULL, SAMHSA_MESSAGE, SAMHSA_SHORT, SAMHSA_SHORT_ES } from './fixtures/expected-copy';
import { launchFirefoxWithExtension, TEST_PREFS, type FirefoxExtensionBrowser } from './fixtures/firefox-extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';
import { FirefoxHelpCard } from './pages/firefox-help-card';
import { CARD_SETTLE_MS } from './pages/help-card';
import { englishLeftIn } from '../support/english-left';

type Api = {
  browser: {
    storage: { local: { set(items: object): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
};
const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];
/** Long enough for the detector to have read a page and decided (it decides within a second on these pages). */
const DECIDED_MS = 1_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('help on web pages in Firefox ESR (production build, page access granted from the settings page)', () => {
  let firefox: FirefoxExtensionBrowser;
  let server: FixtureServer;
  let settings: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [firefox, server] = await Promise.all([
      launchFirefoxWithExtension({ prefs: { ...TEST_PREFS.grantWithoutPrompt, ...TEST_PREFS.readableClipboard } }),
      startFixtureServer(),
    ]);
    settings = await firefox.openExtensionPage('options.html', 'h1');
    await firefox.closeWelcomeTab();
  });
  afterAll(async () => Promise.all([firefox?.close(), server?.close()]));

  const readStorage = () => settings.evaluate(() => (globalThis as unknown as Api).browser.storage.local.get(null));
  const setStorage = (values: Record<string, unknown>) =>
    settings.evaluate((items) => (globalThis as unknown as Api).browser.storage.local.set(items), values);
  const clipboard = () => settings.evaluate(() => navigator.clipboard.readText());
  const hasPageAccess = () =>
    settings.evaluate((origins) => (globalThis as unknown as Api).browser.permissions.contains({ origins }), PAGE_ORIGINS);

  let visits = 0;
  async function visit(file: string): Promise<{ page: Page; card: FirefoxHelpCard }> {
    const page = await firefox.browser.newPage();
    page.on('request', (request) => firefox.requests.push(request.url()));
    page.on('pageerror', (error) => {
      // Firefox reports the strict-CSP page's own refusal of its favicon as a page error; it is not Steady's.
      if (!/Content-Security-Policy.*favicon\.ico/.test(String(error))) pageErrors.push(`${file}: ${String(error)}`);
    });
    // Each visit has its own address, so the tab (and its badge) can be told apart from earlier ones.
    await page.goto(`${server.origin}/${file}?visit=${++visits}`);
    return { page, card: new FirefoxHelpCard(page) };
  }

  /** Every tab's toolbar badge text (tabs are listed without their addresses before page access is granted). */
  const allBadges = () =>
    settings.evaluate(async () => {
      const browser = (globalThis as unknown as Api).browser;
      const tabs = await browser.tabs.query({});
      return Promise.all(tabs.map((tab) => browser.browserAction.getBadgeText({ tabId: tab.id! })));
    });

  /** The toolbar badge on the tab showing `url` (Firefox's match patterns take no port, so found by address). */
  const badgeOn = (url: string) =>
    settings.evaluate(async (address) => {
      const browser = (globalThis as unknown as Api).browser;
      const tab = (await browser.tabs.query({})).find((t) => t.url === address);
      return tab?.id === undefined ? null : browser.browserAction.getBadgeText({ tabId: tab.id });
    }, url);

  /**
   * Firefox cannot list the background's contentScripts.register() registrations, so a change of mode made in
   * storage is given a second to take effect (it takes a few ms); the card and badge tests show that it does.
   */
  async function setHelp(mode: 'off' | 'badge' | 'card'): Promise<void> {
    await setStorage({ contextualHelp: mode });
    await sleep(1_000);
  }

  it('before the user turns help on: no page access, and a page about tapering gets nothing, not even a badge', async () => {
    expect(await hasPageAccess()).toBe(false);
    expect((await readStorage()).contextualHelp ?? 'off').toBe('off');
    const { page, card } = await visit('benzo-taper-article.html');
    await sleep(DECIDED_MS);
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
    const badges = await allBadges();
    expect(badges.length).toBeGreaterThanOrEqual(3);
    expect(badges.filter((text) => text !== '')).toEqual([]);
    await page.close();
  });

  it('choosing "card" in the settings grants page access, and a page about tapering then shows one card, without taking the focus', async () => {
    await settings.bringToFront();
    await settings.click('input[name=contextualHelp][value=card]');
    await expect.poll(hasPageAccess).toBe(true);
    await expect.poll(() => readStorage().then((s) => s.contextualHelp)).toBe('card');
    await sleep(1_000);

    const { page, card } = await visit('benzo-taper-article.html');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const text = await card.text();
    expect(text).toContain('Thinking about stopping a benzo?');
    expect(text).toContain('Do not stop suddenly');
    expect(await card.href('Call 1-800-662-4357')).toBe('tel:+18006624357');
    expect(await card.href('Call 988')).toBe('tel:988');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await sleep(500);
    expect(await card.count()).toBe(1);
    await page.close();
  });

  it('shows nothing on pages about something else: gardening, a benzo’s uses (at the default level), quitting smoking in Spanish', async () => {
    for (const file of ['neutral-gardening.html', 'xanax-uses.html', 'dejar-de-fumar-es.html']) {
      const { page, card } = await visit(file);
      await sleep(DECIDED_MS);
      expect(await card.count(), file).toBe(0);
      expect(await page.evaluate(() => document.documentElement.children.length), file).toBe(2);
      await page.close();
    }
  });

  it('copies the main helpline from the card in each format, into the real clipboard', async () => {
    const { page, card } = await visit('benzo-taper-article.html');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await page.bringToFront();
    await card.click('Copy SAMHSA National Helpline details');
    await expect.poll(clipboard).toBe(SAMHSA_SHORT);
    await expect.poll(() => card.text()).toContain('Copied SAMHSA National Helpline details.');
    // The other formats wait behind "More" on the folded card.
    await card.click('More');
    await card.click('More ways to copy SAMHSA National Helpline details');
    await card.click('Copy as a message: SAMHSA National Helpline details');
    await expect.poll(clipboard).toBe(SAMHSA_MESSAGE);
    await card.click('Copy full: SAMHSA National Helpline details');
    await expect.poll(clipboard).toBe(SAMHSA_FULL);
    await page.close();
  });

  it('closes, and "not on this site" and "snooze for a day" keep it away', async () => {
    const first = await visit('benzo-taper-article.html');
    await expect.poll(() => first.card.count(), { timeout: 10_000 }).toBe(1);
    await first.page.bringToFront();
    await first.card.click('Close Steady’s help card');
    // A confirmation with Undo stays a few seconds, then the card is gone.
    await first.page.mouse.move(0, 0);
    await expect.poll(() => first.card.count(), { timeout: 10_000 }).toBe(0);

    await first.page.reload();
    await expect.poll(() => first.card.count(), { timeout: 10_000 }).toBe(1);
    // "Not on this site" and "Snooze" are behind "More"; a click on them counts once the card has been in plain
    // view for half a second.
    await first.card.click('More');
    await sleep(CARD_SETTLE_MS);
    await first.card.click('Not on this site');
    await expect.poll(() => readStorage().then((s) => s.blockedSites)).toEqual(['127.0.0.1']);
    await first.page.mouse.move(0, 0);
    await expect.poll(() => first.card.count(), { timeout: 10_000 }).toBe(0);
    await first.page.reload();
    await sleep(DECIDED_MS);
    expect(await first.card.count()).toBe(0);
    await first.page.close();

    await setStorage({ blockedSites: [] });
    const second = await visit('strict-csp.html');
    await expect.poll(() => second.card.count(), { timeout: 10_000 }).toBe(1);
    await second.page.bringToFront();
    await second.card.click('More');
    await sleep(CARD_SETTLE_MS);
    await second.card.click('Snooze for a day');
    await second.page.mouse.move(0, 0);
    await expect.poll(() => second.card.count(), { timeout: 10_000 }).toBe(0);
    const until = (await readStorage()).snoozedUntil as number;
    expect(until - Date.now()).toBeGreaterThan(23 * 3600_000);
    await second.page.reload();
    await sleep(DECIDED_MS);
    expect(await second.card.count()).toBe(0);
    await second.page.close();
    await setStorage({ snoozedUntil: 0 });
  });

  it('in badge mode marks the toolbar icon on a matching page and adds nothing to the page', async () => {
    await setHelp('badge');
    const { page, card } = await visit('benzo-taper-article.html');
    await expect.poll(() => badgeOn(page.url()), { timeout: 10_000 }).toBe('i');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
    const neutral = await visit('neutral-gardening.html');
    await sleep(DECIDED_MS);
    expect(await badgeOn(neutral.page.url())).toBe('');
    await Promise.all([page.close(), neutral.page.close()]);
    await setHelp('card');
  });

  it('turning help off in the settings removes the card from an open page without a reload', async () => {
    const { page, card } = await visit('benzo-taper-article.html');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await setStorage({ contextualHelp: 'off' });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    await page.close();
    await setHelp('card');
  });

  it('in Spanish: a Spanish page about stopping clonazepam gets the card in Spanish, and copies in Spanish', async () => {
    await setStorage({ language: 'es' });
    const { page, card } = await visit('dejar-clonazepam-es.html');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const text = await card.text();
    expect(text).toContain('¿Piensas dejar una benzo?');
    expect(text).toContain('No la dejes de golpe');
    expect(englishLeftIn(text)).toEqual([]);
    expect(await card.href('Llamar al 1-800-662-4357')).toBe('tel:+18006624357');
    await page.bringToFront();
    await card.click('Copiar los datos de SAMHSA National Helpline');
    await expect.poll(clipboard).toBe(SAMHSA_SHORT_ES);
    await expect.poll(() => card.text()).toContain('Copiado: los datos de SAMHSA National Helpline.');
    await page.close();
    await setStorage({ language: 'auto' });
  });

  it('raised no errors on any page, and nothing left the machine', () => {
    expect(pageErrors).toEqual([]);
    expect(firefox.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(firefox.baseUrl))).toEqual([]);
  });
});
