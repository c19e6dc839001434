import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  writeExtensionStorage,
  type ExtensionBrowser,
  type ExtensionGlobals,
} from './fixtures/extension-browser';
import { ALL_US_SHORT, LIFELINE_988_SHORT, SAMHSA_FULL, SAMHSA_MESSAGE, SHORTCUT_US_SHORT } from './fixtures/expected-copy';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';

type Api = ExtensionGlobals['chrome'] & {
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
};

describe('quick copy in Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let worker: Worker;
  let webPage: Page;
  let tabId: number;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    webPage = await browser.context.newPage();
    await webPage.goto(`${server.origin}/neutral-gardening.html`);
    await webPage.bringToFront();
    tabId = await worker.evaluate(
      async () => (await (globalThis as unknown as { chrome: Api }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
    );
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  const clipboard = () => webPage.evaluate(() => navigator.clipboard.readText());
  const resetClipboard = () => webPage.evaluate(() => navigator.clipboard.writeText('(empty)'));

  // Playwright cannot click the browser's own context menu or press a browser-level shortcut, so these fire the
  // very events Chrome fires, into the background's real listeners.
  const clickMenuItem = (menuItemId: string) =>
    worker.evaluate(
      ({ menuItemId, tabId }) =>
        (globalThis as unknown as { chrome: Api }).chrome.contextMenus.onClicked.dispatch({ menuItemId, editable: false }, { id: tabId }),
      { menuItemId, tabId },
    );
  const pressCommand = (command: string) =>
    worker.evaluate(
      ({ command, tabId }) => (globalThis as unknown as { chrome: Api }).chrome.commands.onCommand.dispatch(command, { id: tabId }),
      { command, tabId },
    );

  it('context menu: copies one helpline in the default format, through the offscreen page', async () => {
    await resetClipboard();
    await clickMenuItem('steady-copy:line:us-988');
    await expect.poll(clipboard).toBe(LIFELINE_988_SHORT);
    await expect
      .poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('✓');
    // Confirmed by a notification that screen readers announce, with nothing added to the page itself.
    await expect
      .poll(() =>
        worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.notifications.getAll().then((all) => Object.keys(all))),
      )
      .toEqual(['steady-copy']);
    expect(await webPage.evaluate(() => document.documentElement.children.length)).toBe(2);
  });

  it('context menu: "Copy all" in the short format once the user prefers it', async () => {
    await writeExtensionStorage(
      webPage
        .context()
        .pages()
        .find((p) => p.url().startsWith('chrome-extension://')) ?? (await openExtensionPage(browser, 'options.html', 'Steady settings')),
      { copyFormat: 'short' },
    );
    await resetClipboard();
    await clickMenuItem('steady-copy:all');
    await expect.poll(clipboard).toBe(ALL_US_SHORT);
  });

  it('keyboard shortcut: copies the emergency number, the crisis line and the main helpline, in the chosen format', async () => {
    await resetClipboard();
    await pressCommand('copy-main-helpline');
    await expect.poll(clipboard).toBe(SHORTCUT_US_SHORT);
  });

  it('lists both shortcuts with their keys, and asks for no clipboard-read permission', async () => {
    const api = () => (globalThis as unknown as { chrome: Api }).chrome;
    const commands = await worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: Api }).chrome.commands.getAll()).map((c) => `${c.name}=${c.shortcut}`),
    );
    expect(commands.sort(), JSON.stringify(commands)).toEqual(['_execute_action=Alt+Shift+S', 'copy-main-helpline=Alt+Shift+H']);
    void api;
    const permissions = await worker.evaluate(
      () => (globalThis as unknown as { chrome: Api }).chrome.runtime.getManifest().permissions ?? [],
    );
    expect(permissions).not.toContain('clipboardRead');
    const popup = await openExtensionPage(browser, 'popup.html', 'Steady');
    await popup.getByText('Keyboard shortcuts').click();
    await expect(popup.locator('.shortcuts li').allTextContents()).resolves.toEqual([
      'Open Steady: Alt+Shift+S',
      'Copy emergency help and the main helplines: Alt+Shift+H',
    ]);
    await popup.close();
  });

  it('popup: "Copy all", and the other formats behind "More ways to copy"', async () => {
    const popup = await openExtensionPage(browser, 'popup.html', 'Steady');
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy all helplines', exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(ALL_US_SHORT);
    const samhsa = popup.getByRole('article', { name: 'SAMHSA National Helpline' });
    await samhsa.getByRole('button', { name: 'More ways to copy SAMHSA National Helpline details', exact: true }).click();
    await samhsa.getByRole('button', { name: 'Copy as a message: SAMHSA National Helpline details', exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_MESSAGE);
    await expect.poll(() => samhsa.getByRole('status').textContent()).toBe('Copied SAMHSA National Helpline details, as a message.');
    await samhsa.getByRole('button', { name: 'Copy full: SAMHSA National Helpline details', exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_FULL);
    await popup.close();
  });

  it('side panel: every helpline has Copy, and "Copy all"', async () => {
    const panel = await openExtensionPage(browser, 'sidepanel.html', 'Steady');
    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Helplines' }).click();
    await panel
      .getByRole('article', { name: '988 Suicide & Crisis Lifeline' })
      .getByRole('button', { name: 'Copy 988 Suicide & Crisis Lifeline details', exact: true })
      .click();
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(LIFELINE_988_SHORT);
    const copyButtons = await panel.getByRole('button', { name: /^Copy .* details$/ }).count();
    expect(copyButtons).toBe(6);
    await panel.getByRole('button', { name: 'Copy all helplines', exact: true }).click();
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(ALL_US_SHORT);
    await panel.close();
  });
});
