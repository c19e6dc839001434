import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest, launchWithExtension, type ExtensionBrowser } from './fixtures/extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';

describe('ordinary web pages with Steady installed (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  it('leaves a page about benzodiazepines untouched while contextual help is not turned on', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/benzo-taper-article.html`);
    await expect.poll(() => page.textContent('#page-script-status')).toBe('page script ran');
    const bodyChildren = await page.evaluate(() => [...document.body.children].map((el) => el.tagName.toLowerCase()));
    expect(bodyChildren).toEqual(['h1', 'p', 'p', 'script']);
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
  });

  it('sends nothing anywhere: every request stays on 127.0.0.1 or inside the extension', () => {
    expect(browser.requests.some((url) => url.startsWith(server.origin))).toBe(true);
    expect(browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});
