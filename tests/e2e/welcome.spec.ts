import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readExtensionStorage, type ExtensionBrowser, type ExtensionGlobals } from './fixtures/extension-browser';

describe('first run in Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let welcome: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    // The welcome page opens by itself on install.
    welcome =
      browser.context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
      (await browser.context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html')));
    await welcome.getByRole('heading', { name: 'Welcome to Steady', level: 1 }).waitFor();
  });
  afterAll(async () => browser?.close());

  it('explains Steady and its privacy promise, with the emergency number first', async () => {
    expect(await welcome.locator('main > *').first().textContent()).toContain('Call 911');
    await expect(welcome.getByRole('heading', { name: 'Your privacy' }).count()).resolves.toBe(1);
    await expect(welcome.getByText('Steady sends nothing anywhere.').count()).resolves.toBe(1);
  });

  it('leaves everything private when closed without choosing: help on pages off, no access to sites', async () => {
    const storage = await readExtensionStorage(welcome);
    expect(storage.contextualHelp ?? 'off').toBe('off');
    const access = await welcome.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.permissions.contains({ origins: ['https://*/*'] }),
    );
    expect(access).toBe(false);
    const registered = await welcome.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.scripting.getRegisteredContentScripts(),
    );
    expect(registered).toEqual([]);
    const manifest = await welcome.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.getManifest());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('says to pin Steady to the toolbar, and how, in words', async () => {
    const pin = welcome.getByRole('region', { name: 'Pin Steady to your toolbar' });
    await expect(pin.count()).resolves.toBe(1);
    const text = await pin.textContent();
    // This is Chromium: the Extensions menu, behind the puzzle piece, and the pin beside Steady.
    expect(text).toContain('puzzle piece');
    expect(text).toContain('pin');
    // The picture, if any, is drawn inline and says nothing a screen reader has to hear twice.
    await expect(pin.locator('img').count()).resolves.toBe(0);
    await expect(pin.locator('svg:not([aria-hidden="true"])').count()).resolves.toBe(0);
  });

  it('saves the region choice', async () => {
    await welcome.getByLabel('United States').check();
    await expect.poll(() => readExtensionStorage(welcome).then((s) => s.region)).toBe('US');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      await welcome.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: welcome })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.passes.map((rule) => rule.id)).toContain('target-size');
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }

  it('shows help on web pages as waiting while the browser asks, not as on', async () => {
    // No one answers the browser's question in this test, so the request stays unresolved.
    await welcome.getByRole('button', { name: 'Turn on help on web pages' }).click();
    const status = welcome.getByRole('region', { name: 'Help on web pages (optional)' }).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Waiting for your answer…');
    await expect(welcome.getByText('Help on web pages is on.', { exact: false }).count()).resolves.toBe(0);
    await expect(readExtensionStorage(welcome).then((s) => s.contextualHelp)).resolves.toBeUndefined();
  });
});

describe('first run in Chromium, in Spanish', () => {
  let browser: ExtensionBrowser;
  let welcome: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'es-US', timeZone: 'America/Los_Angeles' });
    welcome =
      browser.context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
      (await browser.context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html')));
    await welcome.getByRole('heading', { name: 'Te damos la bienvenida a Steady', level: 1 }).waitFor();
  });
  afterAll(async () => browser?.close());

  it('says to pin Steady to the toolbar, and how, in Spanish', async () => {
    const pin = welcome.getByRole('region', { name: 'Fija Steady en la barra de herramientas' });
    await expect(pin.count()).resolves.toBe(1);
    const text = await pin.textContent();
    expect(text).toContain('pieza de rompecabezas');
    expect(text).toContain('alfiler');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, WCAG 2.2 AA included (${colorScheme})`, async () => {
      await welcome.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: welcome })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
