import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLocalRequest,
  launchWithExtension,
  readExtensionStorage,
  toolbarPopupFile,
  type ExtensionBrowser,
} from './fixtures/extension-browser';
import { SAMHSA_SHORT } from './fixtures/expected-copy';
import { PopupPage } from './pages/popup-page';

const SECTIONS = ['Helplines', 'Stay safe', 'Cope', 'Help someone'];
const SCREENSHOTS = path.resolve('tests/e2e/.screenshots');

describe('popup in Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    browser = await launchWithExtension();
    popup = await PopupPage.open(browser);
  });
  afterAll(async () => browser?.close());

  it('is the page the toolbar button opens in an English browser, and its first paint loads only English words', async () => {
    expect(await toolbarPopupFile(popup.page, 'popup.html')).toBe('popup.html');
    // This page's own requests: the welcome page, opened at install, loads both languages.
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByRole('heading', { name: 'Steady', level: 1 }).waitFor();
    await page.close();
    const chunks = requested.filter((url) => /\/popup-language-/.test(url));
    expect(chunks.map((url) => url.replace(/^.*\/(popup-language-\w+)-.*$/, '$1'))).toEqual(['popup-language-en']);
  });

  it('shows the emergency line first, with 911 and 988', async () => {
    await expect(popup.emergency.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await expect(popup.emergency.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    const firstInMain = await popup.page.locator('main > *').first().getAttribute('aria-labelledby');
    expect(firstInMain).toBe('emergency-heading');
  });

  it('shows SAMHSA at 1-800-662-4357 with call, TTY and copy', async () => {
    const samhsa = popup.helpline('SAMHSA National Helpline');
    await expect(samhsa.getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).resolves.toBe('tel:+18006624357');
    // TTY, hours, cost and the source sit behind "Details" (issue 15).
    await samhsa.locator('summary').click();
    await expect(samhsa.getByRole('link', { name: '1-800-487-4889' }).getAttribute('href')).resolves.toBe('tel:+18004874889');
    await expect(popup.helpline('Crisis Text Line').getByRole('link', { name: 'Text HOME to 741741' }).getAttribute('href')).resolves.toBe(
      'sms:741741?body=HOME',
    );
  });

  it('copies a helpline to the real clipboard and says so', async () => {
    await popup.copy('SAMHSA National Helpline');
    await expect.poll(() => popup.clipboardText()).toBe(SAMHSA_SHORT);
    await expect
      .poll(() => popup.helpline('SAMHSA National Helpline').getByRole('status').textContent())
      .toBe('Copied SAMHSA National Helpline details.');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in any section (${colorScheme})`, async () => {
      await popup.page.emulateMedia({ colorScheme });
      for (const section of SECTIONS) {
        await popup.tab(section).click();
        const results = await new AxeBuilder({ page: popup.page }).analyze();
        expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(10);
        expect(results.violations.map((v) => `${section}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      }
      await popup.tab('Helplines').click();
    });
  }

  for (const width of [320, 400]) {
    it(`fits ${width} px without sideways scrolling, and saves screenshots`, async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.page.emulateMedia({ colorScheme });
        for (const section of SECTIONS) {
          await popup.tab(section).click();
          const overflow = await popup.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${section} at ${width}px`).toBe(0);
        }
        await popup.tab('Helplines').click();
        await popup.page.screenshot({ path: path.join(SCREENSHOTS, `popup-${colorScheme}-${width}.png`), fullPage: true });
      }
      await popup.page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('can be used with the keyboard alone, in a sensible order, with a visible focus ring', async () => {
    const page = popup.page;
    await page.reload();
    await page.bringToFront();
    // The first screen renders once the settings and the reader's language are in: tab from there.
    await page.getByRole('button', { name: 'Español' }).waitFor();
    const visited: { name: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      if (!focused) break;
      visited.push(focused);
    }
    const names = visited.map((v) => v.name);
    // The language switch (for a reader who cannot read this language), then the emergency call, then the crisis line.
    expect(names.slice(0, 5)).toEqual(['Español', 'Call 911', 'When to call 911', 'Call 988', 'Text 988']);
    expect(names.indexOf('Helplines')).toBeGreaterThan(names.indexOf('Text 988'));
    expect(names.indexOf('Call 988')).toBeLessThan(names.indexOf('Copy 988 Suicide & Crisis Lifeline details'));
    for (const name of ['Copy SAMHSA National Helpline details', 'Text HOME to 741741', 'Copy NAMI HelpLine details'])
      expect(names).toContain(name);
    for (const { name, outline } of visited) expect(outline, name).toMatch(/^solid [3-9]px$/);

    // Arrow keys move between sections; Tab then enters the open section.
    await page.getByRole('tab', { name: 'Helplines' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Stay safe');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role=tabpanel]')?.id)).toBe('panel-stay-safe');
  });

  it('switches language from the header, remembers it, and switches back', async () => {
    const page = popup.page;
    await page.reload();
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Español', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.getByRole('tab', { name: 'Líneas de ayuda', exact: true }).count()).toBe(1);
    expect((await readExtensionStorage(page)).language).toBe('es');
    // The toolbar button now opens the popup built in Spanish.
    expect(await toolbarPopupFile(page, 'popup-es.html')).toBe('popup-es.html');
    await page.reload();
    await expect.poll(() => page.getByRole('tab', { name: 'Líneas de ayuda', exact: true }).count()).toBe(1);
    const back = header.getByRole('button', { name: 'English', exact: true });
    expect(await back.getAttribute('lang')).toBe('en');
    await back.click();
    await expect.poll(() => page.getByRole('tab', { name: 'Helplines', exact: true }).count()).toBe(1);
    expect((await readExtensionStorage(page)).language).toBe('en');
    expect(await toolbarPopupFile(page, 'popup.html')).toBe('popup.html');
    // Leave the browser as the other tests expect it: following the browser's language.
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        language: 'auto',
      }),
    );
    await page.reload();
  });

  it('made no request that leaves the machine', () => {
    const external = browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId));
    expect(external).toEqual([]);
    expect(browser.requests.some((url) => url.endsWith('/popup.html'))).toBe(true);
  });
});
