import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { LIFELINE_988_SHORT, SAMHSA_SHORT_ES } from './fixtures/expected-copy';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from './fixtures/firefox-extension-browser';

describe('popup in Firefox ESR (production build, installed as a temporary add-on)', () => {
  let firefox: FirefoxExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    page = await firefox.openExtensionPage('popup.html', 'h1');
  });
  afterAll(async () => firefox?.close());

  it('renders the emergency line and the helplines', async () => {
    expect(await page.$eval('#emergency-heading', (el) => el.textContent)).toBe('Emergency? Call 911');
    // Compact helpline buttons show "Call" and carry the number in their accessible name (issue 15).
    const callLinks = await page.$$eval('a[href^="tel:"]', (links) =>
      links.map((a) => `${a.getAttribute('aria-label') ?? a.textContent} → ${a.getAttribute('href')}`),
    );
    expect(callLinks).toEqual(
      expect.arrayContaining(['Call 911 → tel:911', 'Call 988 → tel:988', 'Call 1-800-662-4357 → tel:+18006624357']),
    );
  });

  it('copies a helpline to the clipboard', async () => {
    await page.click('button[aria-label="Copy 988 Suicide & Crisis Lifeline details"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role=status]')].some((el) => el.textContent === 'Copied 988 Suicide & Crisis Lifeline details.'),
    );
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(LIFELINE_988_SHORT);
  });

  it('loaded only its own files, and made no request that leaves the add-on', async () => {
    // Firefox reports an extension page's own loads neither over BiDi nor in resource timing, so read them off the DOM.
    const loaded = await page.evaluate(() => [
      location.href,
      ...[...document.querySelectorAll<HTMLElement>('script[src], link[href], img[src], iframe[src], source[src]')].map(
        (el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href,
      ),
    ]);
    expect(loaded.some((url) => url.endsWith('.js'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('.css'))).toBe(true);
    expect(loaded.filter((url) => !url.startsWith(firefox.baseUrl))).toEqual([]);
    // Anything that did go over the network would show up here.
    expect(firefox.requests.filter((url) => !url.startsWith(firefox.baseUrl))).toEqual([]);
  });

  it('renders the sidebar page and the settings page', async () => {
    const sidebar = await firefox.openExtensionPage('sidepanel.html', 'h1');
    expect(await sidebar.$$eval('[role=tab]', (tabs) => tabs.map((t) => t.textContent))).toEqual([
      'Guides',
      'Find support',
      'Helplines',
      'Prescriber visit',
    ]);
    expect(await sidebar.$eval('.help-bar a[href="tel:911"]', (a) => a.textContent)).toBe('Call 911');
    const options = await firefox.openExtensionPage('options.html', 'h1');
    expect(await options.$eval('h1', (h) => h.textContent)).toBe('Steady settings');
    expect(await options.$eval('input[name=theme][value=system]', (input) => (input as HTMLInputElement).checked)).toBe(true);
  });

  it('switches to Spanish live when Spanish is chosen, and copies in Spanish; the toolbar button then opens the Spanish popup', async () => {
    type StorageApi = { browser: { storage: { local: { set(items: object): Promise<void> } } } };
    type ActionApi = { browser: { browserAction: { getPopup(details: object): Promise<string> } } };
    const toolbarPopup = () => page.evaluate(() => (globalThis as unknown as ActionApi).browser.browserAction.getPopup({}));
    await expect.poll(toolbarPopup).toMatch(/\/popup\.html$/);
    await page.evaluate(() => (globalThis as unknown as StorageApi).browser.storage.local.set({ language: 'es' }));
    await expect.poll(toolbarPopup).toMatch(/\/popup-es\.html$/);
    await page.waitForFunction(() => document.querySelector('#emergency-heading')?.textContent === '¿Emergencia? Llama al 911');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.click('button[aria-label="Copiar los datos de SAMHSA National Helpline"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role=status]')].some((el) => el.textContent === 'Copiado: los datos de SAMHSA National Helpline.'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_SHORT_ES);
    const spanishPage = await firefox.openExtensionPage('popup-es.html', 'h1');
    await spanishPage.waitForFunction(() => document.querySelector('#emergency-heading')?.textContent === '¿Emergencia? Llama al 911');
    await page.evaluate(() => (globalThis as unknown as StorageApi).browser.storage.local.set({ language: 'auto' }));
    await page.waitForFunction(() => document.querySelector('#emergency-heading')?.textContent === 'Emergency? Call 911');
    await expect.poll(toolbarPopup).toMatch(/\/popup\.html$/);
  });
});
