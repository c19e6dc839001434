import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  readExtensionStorage,
  writeExtensionStorage,
  type ExtensionBrowser,
} from './fixtures/extension-browser';
import { LIFELINE_988_SHORT, SAMHSA_FULL } from './fixtures/expected-copy';
import { PopupPage } from './pages/popup-page';

describe('settings in Chromium', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  let popup: PopupPage;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A browser set to German (Germany): Steady has no helplines there yet, is not sure, and must say so.
    browser = await launchWithExtension({ locale: 'de-DE' });
    browser.context.on('weberror', (error) => pageErrors.push(String(error.error())));
    options = await openExtensionPage(browser, 'options.html', 'Steady settings');
    popup = await PopupPage.open(browser);
  });
  afterAll(async () => browser?.close());
  afterEach(() => expect(pageErrors).toEqual([]));

  // Playwright waits for animation frames before a click, and background tabs get none: bring the page forward.
  async function choose(label: string) {
    await options.bringToFront();
    await options.getByLabel(label).check();
  }

  const rootData = (page: Page) =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      textSize: document.documentElement.dataset.textSize,
      fontSize: getComputedStyle(document.documentElement).fontSize,
      background: getComputedStyle(document.body).backgroundColor,
    }));

  it('starts with every default chosen', async () => {
    for (const label of [
      'Same as my browser',
      'Automatic, from your browser’s language',
      'Full: every detail',
      'Same as my device',
      'Normal',
      'Off',
      'Pages about stopping or withdrawal',
    ]) {
      await expect(options.getByLabel(label).isChecked()).resolves.toBe(true);
    }
  });

  it('region: says when the browser leaves the country in doubt, until a country is chosen', async () => {
    const note = popup.page.getByText('Steady is not sure which country you are in', { exact: false });
    await expect.poll(() => note.count()).toBe(1);
    // Meanwhile the popup gives the advice that fits anywhere, and no other country's numbers.
    await popup.page.getByRole('heading', { name: 'Emergency? Call your local emergency number' }).waitFor();
    await expect(popup.page.locator('a[href^="tel:"], a[href^="sms:"]').count()).resolves.toBe(0);
    await choose('United States');
    await expect.poll(() => note.count()).toBe(0);
    await expect(readExtensionStorage(options)).resolves.toMatchObject({ region: 'US' });
  });

  it('copy format: the open popup copies the short format without a reload', async () => {
    await choose('Short: one line');
    await expect.poll(() => readExtensionStorage(options).then((s) => s.copyFormat)).toBe('short');
    await popup.copy('988 Suicide & Crisis Lifeline');
    await expect.poll(() => popup.clipboardText()).toBe(LIFELINE_988_SHORT);
    await choose('Full: every detail');
    await popup.copy('SAMHSA National Helpline');
    await expect.poll(() => popup.clipboardText()).toBe(SAMHSA_FULL);
  });

  it('theme: light and dark override the system setting in open pages', async () => {
    await popup.page.emulateMedia({ colorScheme: 'light' });
    await choose('Dark');
    await expect.poll(() => rootData(popup.page)).toMatchObject({ theme: 'dark', background: 'rgb(18, 23, 22)' });
    await choose('Light');
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => rootData(popup.page)).toMatchObject({ theme: 'light', background: 'rgb(255, 255, 255)' });
    await choose('Same as my device');
    await expect.poll(() => rootData(popup.page)).toMatchObject({ theme: 'system', background: 'rgb(18, 23, 22)' });
    await popup.page.emulateMedia({ colorScheme: 'light' });
  });

  it('text size: larger text reaches the open popup', async () => {
    await choose('Larger');
    await expect.poll(() => rootData(popup.page)).toMatchObject({ textSize: 'larger', fontSize: '20px' });
    await choose('Normal');
    await expect.poll(() => rootData(popup.page)).toMatchObject({ textSize: 'normal', fontSize: '16px' });
  });

  it('survives corrupt stored values: defaults are used and nothing breaks', async () => {
    await writeExtensionStorage(options, {
      region: 'Mars',
      language: 'tlh',
      copyFormat: { evil: true },
      theme: 42,
      textSize: null,
      prescriberChecklist: 'not-a-list',
    });
    for (const page of [options, popup.page]) await page.reload();
    await popup.page.getByRole('heading', { name: 'Steady', level: 1 }).waitFor();
    await expect.poll(() => rootData(popup.page)).toMatchObject({ theme: 'system', textSize: 'normal' });
    // An unknown region falls back to automatic (German browser: "another country"), an unknown language to English.
    await popup.page.getByRole('heading', { name: 'Emergency? Call your local emergency number' }).waitFor();
    await expect(popup.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect.poll(() => options.getByLabel('Automatic, from your browser’s language').isChecked()).toBe(true);
    await expect(options.getByLabel('Same as my browser').isChecked()).resolves.toBe(true);
    await expect(options.getByLabel('Full: every detail').isChecked()).resolves.toBe(true);
    await choose('United States');
    await popup.copy('Poison Help');
    await expect.poll(() => popup.clipboardText()).toMatch(/^Poison Help\nCall: 1-800-222-1222\n/);

    const panel = await openExtensionPage(browser, 'sidepanel.html', 'Steady');
    await panel.getByRole('tab', { name: 'Prescriber visit' }).click();
    await expect(panel.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
    await panel.getByLabel('Can we plan a slow taper together?').check();
    await expect.poll(() => readExtensionStorage(options).then((s) => s.prescriberChecklist)).toEqual(['plan-together']);
    await panel.close();
  });

  it('survives corrupt version records: a newly opened page shows the stored settings at once, with no migration loop', async () => {
    const keys = [
      'region',
      'language',
      'copyFormat',
      'theme',
      'textSize',
      'contextualHelp',
      'sensitivity',
      'blockedSites',
      'prescriberChecklist',
    ];
    // WXT's storage library would run ten million migration steps for each of these before reading a setting.
    await writeExtensionStorage(options, { theme: 'dark', ...Object.fromEntries(keys.map((key) => [`${key}$`, { v: -10_000_000 }])) });
    const start = Date.now();
    await popup.page.reload();
    await expect.poll(() => rootData(popup.page), { timeout: 3_000 }).toMatchObject({ theme: 'dark' });
    expect(Date.now() - start).toBeLessThan(3_000);
    await expect.poll(() => readExtensionStorage(options).then((stored) => stored.theme$)).toBeUndefined();
  });

  it('erases everything Steady stored, after asking once', async () => {
    await choose('Dark');
    await expect.poll(() => readExtensionStorage(options).then((s) => s.theme)).toBe('dark');
    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Everything Steady stored on this device has been erased.');
    await expect.poll(() => readExtensionStorage(options)).toEqual({});
    await expect.poll(() => rootData(popup.page).then((d) => d.theme)).toBe('system');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      await options.emulateMedia({ colorScheme });
      await options.getByRole('button', { name: 'Erase everything…' }).click();
      const results = await new AxeBuilder({ page: options }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await options.getByRole('button', { name: 'Cancel' }).click();
    });
  }

  it('made no request that leaves the machine', () => {
    expect(browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});
