/**
 * Quick copy and the sidebar in Firefox ESR, with the production build (quick-copy.spec.ts, sidepanel.spec.ts and
 * spanish.spec.ts drive the same in Chromium). The right-click menu is opened with a real right-click and its
 * items chosen in Firefox's own menu; the copy shortcut fires the key Firefox registered for it; both reach the
 * background's real listeners and the real clipboard. The diary's check-in from the popup is shown in the sidebar,
 * and its reminder's alarm rings through the background (diary.spec.ts drives both in Chromium).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_US_SHORT, LIFELINE_988_SHORT, SAMHSA_SHORT_ES, SHORTCUT_US_SHORT, SHORTCUT_US_SHORT_ES } from './fixtures/expected-copy';
import { FirefoxWindow } from './fixtures/firefox-browser-ui';
import { launchFirefoxWithExtension, TEST_PREFS, type FirefoxExtensionBrowser } from './fixtures/firefox-extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';

type Api = {
  browser: {
    storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
    notifications: { getAll(): Promise<Record<string, unknown>> };
    extension: { getViews(filter: { type: string }): Window[] };
  };
};

const US_MENU = [
  'Emergency services (911)',
  '988 Suicide & Crisis Lifeline',
  'SAMHSA National Helpline',
  'Crisis Text Line',
  'Veterans Crisis Line',
  'Poison Help',
  'NAMI HelpLine',
  '—',
  'Copy all helplines',
];
const US_MENU_ES = [
  'Emergencias (911)',
  '988 Suicide & Crisis Lifeline',
  'SAMHSA National Helpline',
  'Crisis Text Line',
  'Veterans Crisis Line',
  'Poison Help',
  'NAMI HelpLine',
  '—',
  'Copiar todas las líneas de ayuda',
];
const PANEL_TABS = ['Guides', 'Find support', 'Helplines', 'Prescriber visit'];
const PANEL_TABS_ES = ['Guías', 'Buscar apoyo', 'Líneas de ayuda', 'Cita con tu médico'];

describe('quick copy and the sidebar in Firefox ESR (production build)', () => {
  let firefox: FirefoxExtensionBrowser;
  let server: FixtureServer;
  let settings: Page;
  let webPage: Page;
  let window: FirefoxWindow;

  beforeAll(async () => {
    [firefox, server] = await Promise.all([
      launchFirefoxWithExtension({ prefs: { ...TEST_PREFS.readableClipboard, ...TEST_PREFS.notificationsInFirefoxWindow } }),
      startFixtureServer(),
    ]);
    settings = await firefox.openExtensionPage('options.html', 'h1');
    await firefox.closeWelcomeTab();
    webPage = await firefox.browser.newPage();
    webPage.on('request', (request) => firefox.requests.push(request.url()));
    await webPage.goto(`${server.origin}/neutral-gardening.html`);
    await webPage.bringToFront();
    window = await FirefoxWindow.around(webPage);
  });
  afterAll(async () => Promise.all([firefox?.close(), server?.close()]));

  const clipboard = () => settings.evaluate(() => navigator.clipboard.readText());
  const resetClipboard = () => settings.evaluate(() => navigator.clipboard.writeText('(empty)'));
  const setStorage = (values: Record<string, unknown>) =>
    settings.evaluate((items) => (globalThis as unknown as Api).browser.storage.local.set(items), values);
  /** The sidebar page Firefox shows, as Steady's own pages see it, or null when none is open. */
  const sidebarView = () =>
    settings.evaluate(() => {
      const [view] = (globalThis as unknown as Api).browser.extension.getViews({ type: 'sidebar' });
      return view ? view.location.pathname : null;
    });

  it('right-click menu: "Copy helpline info" lists the country’s lines, named as written ("&" included), and "Copy all"', async () => {
    await webPage.bringToFront();
    await window.rightClick('h1');
    expect(await window.steadyMenu()).toEqual({ root: 'Copy helpline info', items: US_MENU });
    await window.closeMenu();
  });

  it('right-click menu: choosing a line copies it in the default format, confirmed by a notification and the toolbar badge, with nothing added to the page', async () => {
    await resetClipboard();
    await window.rightClick('p');
    await window.chooseFromSteadyMenu('988 Suicide & Crisis Lifeline');
    await expect.poll(clipboard).toBe(LIFELINE_988_SHORT);
    await expect
      .poll(() => settings.evaluate(() => (globalThis as unknown as Api).browser.notifications.getAll().then((all) => Object.keys(all))))
      .toEqual(['steady-copy']);
    await expect.poll(() => window.notifications()).toEqual(['Steady: Copied the 988 Suicide & Crisis Lifeline details.']);
    const activeBadge = () =>
      settings.evaluate(async () => {
        const browser = (globalThis as unknown as Api).browser;
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return browser.browserAction.getBadgeText({ tabId: tab!.id! });
      });
    await expect.poll(activeBadge).toBe('✓');
    expect(await webPage.evaluate(() => document.documentElement.children.length)).toBe(2);
  });

  it('right-click menu: "Copy all helplines" in the short format once the user prefers it', async () => {
    await setStorage({ copyFormat: 'short' });
    await resetClipboard();
    await window.rightClick('h1');
    await window.chooseFromSteadyMenu('Copy all helplines');
    await expect.poll(clipboard).toBe(ALL_US_SHORT);
  });

  it('keyboard shortcuts: Firefox registers Alt+Shift+S and Alt+Shift+H, and Alt+Shift+H copies the emergency number, the crisis line and the main helpline', async () => {
    expect((await window.steadyShortcuts()).sort()).toEqual(['alt,shift+H', 'alt,shift+S']);
    await resetClipboard();
    await webPage.bringToFront();
    await window.pressShortcut('Alt+Shift+H');
    await expect.poll(clipboard).toBe(SHORTCUT_US_SHORT);
  });

  it('sidebar: Firefox shows Steady’s sidebar, and every section keeps the emergency line and a crisis line in view', async () => {
    await expect.poll(sidebarView).toBe('/sidepanel.html');
    const sections = await settings.evaluate(async () => {
      const [view] = (globalThis as unknown as Api).browser.extension.getViews({ type: 'sidebar' });
      const doc = view!.document;
      const seen: { tab: string; selected: boolean; panelText: number; call911: string | null; call988: string | null }[] = [];
      for (const tab of [...doc.querySelectorAll<HTMLElement>('[role=tab]')]) {
        tab.click();
        await new Promise((resolve) => setTimeout(resolve, 100));
        const panel = doc.getElementById(tab.getAttribute('aria-controls') ?? '');
        seen.push({
          tab: tab.textContent ?? '',
          selected: tab.getAttribute('aria-selected') === 'true',
          panelText: panel && !panel.hidden ? (panel.textContent ?? '').length : 0,
          call911: doc.querySelector('.help-bar a[href="tel:911"]')?.textContent ?? null,
          call988: doc.querySelector('.help-bar a[href="tel:988"]')?.textContent ?? null,
        });
      }
      return seen;
    });
    expect(sections.map((s) => s.tab)).toEqual(PANEL_TABS);
    for (const section of sections) {
      expect(section.selected, section.tab).toBe(true);
      expect(section.panelText, section.tab).toBeGreaterThan(200);
      expect([section.call911, section.call988], section.tab).toEqual(['Call 911', 'Call 988']);
    }
  });

  it('sidebar: the popup’s "Guides and recovery resources" opens it again after it was closed', async () => {
    await window.closeSidebar();
    await expect.poll(sidebarView).toBe(null);
    const popup = await firefox.openExtensionPage('popup.html', 'h1');
    await popup.bringToFront();
    await popup.click('::-p-text(Guides and recovery resources)');
    await expect.poll(() => window.sidebar()).toMatch(/\/sidepanel\.html$/);
    await expect.poll(sidebarView).toBe('/sidepanel.html');
    await popup.close();
  });

  it('sidebar: today’s check-in from the popup is saved, and "See how it is going" shows it in the sidebar’s chart', async () => {
    const popup = await firefox.openExtensionPage('popup.html', 'h1');
    await popup.bringToFront();
    await popup.click('::-p-text(Today’s check-in)');
    await popup.waitForSelector('#popup-check-in form');
    // The answers are chosen in the page; the buttons that save and open the sidebar get real clicks.
    await popup.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[name=diary-overall][value="1"]')!.click();
      document.querySelector<HTMLInputElement>('input[name=diary-sleep][value="3"]')!.click();
    });
    await popup.click('::-p-text(Save today’s check-in)');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('#popup-check-in .save-status')?.textContent))
      .toMatch(/^Saved for /);
    const today = await popup.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await expect
      .poll(() =>
        settings.evaluate(() => (globalThis as unknown as Api).browser.storage.local.get('taperDiary').then((got) => got.taperDiary)),
      )
      .toEqual([{ day: today, overall: 1, symptoms: { sleep: 3 }, doseChanged: false, redFlags: [], note: '' }]);
    const diaryView = () =>
      settings.evaluate(() => {
        const [view] = (globalThis as unknown as Api).browser.extension.getViews({ type: 'sidebar' });
        if (!view) return null;
        return {
          at: `${view.location.pathname}${view.location.hash}`,
          section: view.document.querySelector('[role=tab][aria-selected=true]')?.textContent,
          points: view.document.querySelectorAll('.diary-point').length,
          rows: [...view.document.querySelectorAll('.diary-table tbody td:first-of-type')].map((cell) => cell.textContent),
        };
      });
    await popup.click('::-p-text(See how it is going)');
    await expect.poll(diaryView).toEqual({ at: '/sidepanel.html#diary', section: 'Prescriber visit', points: 1, rows: ['1: Hard'] });
    await popup.close();
    // The popup's "Guides and recovery resources" opens the sidebar at its start again.
    const again = await firefox.openExtensionPage('popup.html', 'h1');
    await again.bringToFront();
    await again.click('::-p-text(Guides and recovery resources)');
    await expect.poll(async () => (await diaryView())?.at).toBe('/sidepanel.html');
    await again.close();
  });

  it('the diary’s daily reminder: turned on, its alarm rings a notification on a day with no check-in; turned off, no alarm', async () => {
    type Alarms = {
      alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: object): void };
    };
    const alarmHour = () =>
      settings.evaluate(async () => {
        const alarm = await (globalThis as unknown as { browser: Alarms }).browser.alarms.get('steady-diary-reminder');
        return alarm ? new Date(alarm.scheduledTime).getHours() : null;
      });
    const notifications = () =>
      settings.evaluate(() => (globalThis as unknown as Api).browser.notifications.getAll().then((all) => Object.keys(all)));
    await setStorage({ taperDiary: [], diaryReminder: '20:00' });
    await expect.poll(alarmHour).toBe(20);
    await settings.evaluate(() =>
      (globalThis as unknown as { browser: Alarms }).browser.alarms.create('steady-diary-reminder', { when: Date.now() + 200 }),
    );
    await expect.poll(notifications, { timeout: 15_000 }).toContain('steady-diary-reminder');
    await expect.poll(alarmHour).toBe(20);
    await setStorage({ diaryReminder: 'off' });
    await expect.poll(alarmHour).toBe(null);
  });

  it('in Spanish: the menu, the shortcut, and the sidebar follow the language setting', async () => {
    await setStorage({ language: 'es', copyFormat: 'short' });
    await webPage.bringToFront();
    await expect
      .poll(async () => {
        await window.rightClick('h1');
        const menu = await window.steadyMenu();
        await window.closeMenu();
        return menu;
      })
      .toEqual({ root: 'Copiar datos de ayuda', items: US_MENU_ES });
    await resetClipboard();
    await window.rightClick('h1');
    await window.chooseFromSteadyMenu('SAMHSA National Helpline');
    await expect.poll(clipboard).toBe(SAMHSA_SHORT_ES);
    await resetClipboard();
    await window.pressShortcut('Alt+Shift+H');
    await expect.poll(clipboard).toBe(SHORTCUT_US_SHORT_ES);
    const panelTabs = () =>
      settings.evaluate(() => {
        const [view] = (globalThis as unknown as Api).browser.extension.getViews({ type: 'sidebar' });
        return view ? [...view.document.querySelectorAll('[role=tab]')].map((tab) => tab.textContent) : [];
      });
    await expect.poll(panelTabs).toEqual(PANEL_TABS_ES);
    await setStorage({ language: 'auto' });
    await expect.poll(panelTabs).toEqual(PANEL_TABS);
  });

  it('nothing left the machine', () => {
    expect(firefox.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(firefox.baseUrl))).toEqual([]);
  });
});
