import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES_ES } from '../../help-content/es/guides';
import { englishLeftIn, ENGLISH_ONLY_COUNT } from '../support/english-left';
import {
  CHROME_E2E_BUILD,
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  toolbarPopupFile,
  waitForDetector,
  readExtensionStorage,
  type ExtensionBrowser,
  type ExtensionGlobals,
} from './fixtures/extension-browser';
import { LIFELINE_988_FULL_ES, SAMHSA_FULL_ES, SAMHSA_SHORT_ES, SHORTCUT_US_SHORT_ES } from './fixtures/expected-copy';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';
import { HelpCardOnPage } from './pages/help-card';

const POPUP_TABS = ['Líneas de ayuda', 'Seguridad', 'Afrontar', 'Ayudar a alguien'];
const PANEL_TABS = ['Guías', 'Buscar apoyo', 'Líneas de ayuda', 'Cita con tu médico'];

describe('Steady in Spanish, Chromium (a Spanish-speaking browser in the US; e2e build: card mode)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let popup: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchWithExtension({ buildDir: CHROME_E2E_BUILD, locale: 'es-US' }), startFixtureServer()]);
    browser.context.on('weberror', (error) => pageErrors.push(String(error.error())));
    popup = await openExtensionPage(browser, 'popup.html', 'Steady');
    await waitForDetector(popup);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));
  afterEach(() => expect(pageErrors).toEqual([]));

  /** Visible text of a page, every tab of its section list opened in turn. */
  async function textOfEverySection(page: Page, tabs: readonly string[]): Promise<string> {
    let text = '';
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
      text += `\n${await page.locator('body').innerText()}`;
    }
    return text;
  }

  it('names the extension in Spanish, from the browser’s language', async () => {
    const names = await popup.evaluate(() => {
      const { chrome } = globalThis as unknown as ExtensionGlobals & {
        chrome: { i18n: { getMessage(key: string): string; getUILanguage(): string } };
      };
      return {
        name: chrome.i18n.getMessage('extName'),
        description: chrome.i18n.getMessage('extDescription'),
        ui: chrome.i18n.getUILanguage(),
      };
    });
    expect(names.ui).toMatch(/^es/);
    expect(names.name).toBe('Steady: ayuda para dejar las benzos');
    expect(names.description).toMatch(/^Ayuda segura y privada para dejar el clonazepam/);
  });

  it('the toolbar button opens the popup built in Spanish, whose first paint loads no English words', async () => {
    expect(await toolbarPopupFile(popup, 'popup-es.html')).toBe('popup-es.html');
    // This page's own requests: another page loading now (the welcome page, say) may load both languages.
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`chrome-extension://${browser.extensionId}/popup-es.html`);
    await page.getByRole('heading', { name: 'Steady', level: 1 }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.getByRole('region', { name: '¿Emergencia? Llama al 911' }).count()).resolves.toBe(1);
    const chunks = requested.filter((url) => /\/popup-language-/.test(url));
    expect(chunks.map((url) => url.replace(/^.*\/(popup-language-\w+)-.*$/, '$1'))).toEqual(['popup-language-es']);
    await page.close();
  });

  it('popup: Spanish throughout, the emergency number first, 988’s Spanish options, no English left in any section', async () => {
    await popup.bringToFront();
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect.poll(() => popup.title()).toBe('Steady: ayuda para dejar las benzos');
    const emergency = popup.getByRole('region', { name: '¿Emergencia? Llama al 911' });
    await expect(emergency.getByRole('link', { name: 'Llamar al 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await expect(emergency.getByRole('link', { name: 'Mensaje al 988 (escribe AYUDA)' }).getAttribute('href')).resolves.toBe(
      'sms:988?body=AYUDA',
    );
    const first = await popup.evaluate(() => document.querySelector('main > *')?.getAttribute('aria-labelledby'));
    expect(first).toBe('emergency-heading');
    // Lines that answer in Spanish come first, and 988 says "press 2" before anything else.
    const names = await popup.locator('article.helpline h3').allTextContents();
    expect(names.slice(0, 2)).toEqual(['988 Suicide & Crisis Lifeline', 'SAMHSA National Helpline']);
    await expect(
      popup
        .getByRole('article', { name: '988 Suicide & Crisis Lifeline' })
        .getByText(/^Marca 2 para hablar en español/)
        .count(),
    ).resolves.toBe(1);
    // Crisis Text Line's Spanish keyword reaches a Spanish-speaking volunteer.
    await expect(
      popup
        .getByRole('article', { name: 'Crisis Text Line' })
        .getByRole('link', { name: 'Enviar AYUDA por texto al 741741' })
        .getAttribute('href'),
    ).resolves.toBe('sms:741741?body=AYUDA');
    expect(ENGLISH_ONLY_COUNT).toBeGreaterThan(200);
    expect(englishLeftIn(await textOfEverySection(popup, POPUP_TABS))).toEqual([]);
  });

  it('popup: copies in Spanish, in the default and the other formats', async () => {
    await popup.bringToFront();
    await popup.getByRole('tab', { name: 'Líneas de ayuda', exact: true }).click();
    const samhsa = popup.getByRole('article', { name: 'SAMHSA National Helpline', exact: true });
    await samhsa.getByRole('button', { name: 'Copiar los datos de SAMHSA National Helpline', exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_SHORT_ES);
    await expect(samhsa.getByRole('status').textContent()).resolves.toBe('Copiado: los datos de SAMHSA National Helpline.');
    await samhsa.getByRole('button', { name: 'Otras formas de copiar los datos de SAMHSA National Helpline' }).click();
    await samhsa.getByRole('button', { name: 'Copiar completo: los datos de SAMHSA National Helpline' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_FULL_ES);
    const lifeline = popup.getByRole('article', { name: '988 Suicide & Crisis Lifeline', exact: true });
    await lifeline.getByRole('button', { name: 'Otras formas de copiar los datos de 988 Suicide & Crisis Lifeline' }).click();
    await lifeline.getByRole('button', { name: 'Copiar completo: los datos de 988 Suicide & Crisis Lifeline' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(LIFELINE_988_FULL_ES);
  });

  it('popup: no axe violations in any section, in Spanish', async () => {
    await popup.bringToFront();
    for (const tab of POPUP_TABS) {
      await popup.getByRole('tab', { name: tab, exact: true }).click();
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(10);
      expect(results.violations.map((v) => `${tab}: ${v.id}`)).toEqual([]);
    }
  });

  it('fits 320 px in Spanish: no sideways scrolling, and no tab label runs out of its tab', async () => {
    for (const file of ['popup.html', 'sidepanel.html']) {
      const page = await openExtensionPage(browser, file, 'Steady');
      await page.setViewportSize({ width: 320, height: 700 });
      await page.bringToFront();
      const layout = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        overflowing: [...document.querySelectorAll<HTMLElement>('[role=tab]')]
          .filter((tab) => tab.scrollWidth > tab.clientWidth)
          .map((tab) => tab.textContent),
        overlapping: [...document.querySelectorAll<HTMLElement>('[role=tab]')].some((tab, i, all) => {
          const next = all[i + 1]?.getBoundingClientRect();
          const box = tab.getBoundingClientRect();
          return next !== undefined && next.top === box.top && next.left < box.right - 0.5;
        }),
      }));
      expect(layout, file).toEqual({ sideways: 0, overflowing: [], overlapping: false });
      await page.screenshot({ path: `tests/e2e/.screenshots/${file.replace('.html', '')}-es-320.png`, fullPage: true });
      await page.close();
    }
  });

  it('side panel: Spanish in every section, the urgent bar in Spanish, no axe violations', async () => {
    const panel = await openExtensionPage(browser, 'sidepanel.html', 'Steady');
    await panel.bringToFront();
    const bar = panel.getByRole('complementary', { name: 'Ayuda urgente' });
    await expect(bar.getByRole('link', { name: 'Llamar al 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await expect(panel.getByRole('heading', { name: GUIDES_ES['coming-off-safely']!.title, level: 2 }).count()).resolves.toBe(1);
    expect(englishLeftIn(await textOfEverySection(panel, PANEL_TABS))).toEqual([]);
    for (const tab of PANEL_TABS) {
      await panel.getByRole('tab', { name: tab, exact: true }).click();
      const results = await new AxeBuilder({ page: panel }).analyze();
      expect(results.violations.map((v) => `${tab}: ${v.id}`)).toEqual([]);
    }
    await panel.close();
  });

  it('help card: a Spanish page about stopping clonazepam gets the card in Spanish, and its copy is Spanish', async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/dejar-clonazepam-es.html`);
    const card = await HelpCardOnPage.attach(page);
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const text = await card.text();
    expect(text).toContain('¿Piensas dejar una benzo?');
    expect(text).toContain('No la dejes de golpe');
    expect(englishLeftIn(text)).toEqual([]);
    expect(await card.href('Llamar al 1-800-662-4357')).toBe('tel:+18006624357');
    await page.bringToFront();
    await card.click('Copiar los datos de SAMHSA National Helpline');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_SHORT_ES);
    await expect.poll(() => card.text()).toContain('Copiado: los datos de SAMHSA National Helpline.');
    await page.close();
  });

  it('help card: a Spanish page about quitting smoking gets none', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/dejar-de-fumar-es.html`);
    const card = await HelpCardOnPage.attach(page);
    // Long enough for the detector to have read and decided (it decides within a second on a page this size).
    await page.waitForTimeout(1500);
    expect(await card.count()).toBe(0);
    await page.close();
  });

  it('first-run page: opened on install, in Spanish', async () => {
    const welcome = browser.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    expect(welcome, 'the first-run tab').toBeDefined();
    await welcome!.getByRole('heading', { name: 'Te damos la bienvenida a Steady', level: 1 }).waitFor();
    await expect.poll(() => welcome!.title()).toBe('Te damos la bienvenida a Steady');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
    expect(englishLeftIn(await welcome!.locator('body').innerText())).toEqual([]);
    const results = await new AxeBuilder({ page: welcome! }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('the language setting overrides the browser, live, and back', async () => {
    const options = await openExtensionPage(browser, 'options.html', 'Ajustes de Steady');
    await expect.poll(() => options.title()).toBe('Ajustes de Steady');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
    expect(englishLeftIn(await options.locator('body').innerText())).toEqual([]);
    await options.getByLabel('English').check();
    await expect.poll(() => readExtensionStorage(options).then((s) => s.language)).toBe('en');
    await options.getByRole('heading', { name: 'Steady settings', level: 1 }).waitFor();
    await popup.getByRole('region', { name: 'Emergency? Call 911' }).waitFor();
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await options.getByLabel('Same as my browser').check();
    await popup.getByRole('region', { name: '¿Emergencia? Llama al 911' }).waitFor();
    await options.close();
  });

  it('the copy shortcut and the right-click menu copy in Spanish, and the popup names the shortcuts in Spanish', async () => {
    type Api = ExtensionGlobals['chrome'] & {
      contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
      commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
    };
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/dejar-de-fumar-es.html`);
    await page.bringToFront();
    const tabId = await worker.evaluate(
      async () => (await (globalThis as unknown as { chrome: Api }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
    );
    // Playwright cannot press a browser shortcut or click the browser's menu: fire the events Chrome fires.
    await worker.evaluate(
      (id) => (globalThis as unknown as { chrome: Api }).chrome.commands.onCommand.dispatch('copy-main-helpline', { id }),
      tabId,
    );
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SHORTCUT_US_SHORT_ES);
    await page.evaluate(() => navigator.clipboard.writeText('(vacío)'));
    await worker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: Api }).chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'steady-copy:line:us-samhsa', editable: false },
          { id },
        ),
      tabId,
    );
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SAMHSA_SHORT_ES);
    await page.close();
    await popup.bringToFront();
    await popup.getByText('Atajos de teclado').click();
    await expect(popup.locator('.shortcuts li').allTextContents()).resolves.toEqual([
      'Abrir Steady: Alt+Shift+S',
      'Copiar la ayuda de emergencia y las líneas principales: Alt+Shift+H',
    ]);
  });

  it('made no request that leaves the machine', () => {
    expect(browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});
