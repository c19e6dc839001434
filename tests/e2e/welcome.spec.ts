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

  it('saves the region choice', async () => {
    await welcome.getByLabel('United States').check();
    await expect.poll(() => readExtensionStorage(welcome).then((s) => s.region)).toBe('US');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      await welcome.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: welcome }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
