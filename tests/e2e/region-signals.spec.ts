import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_E2E_BUILD,
  launchWithExtension,
  openExtensionPage,
  waitForDetector,
  type ExtensionBrowser,
} from './fixtures/extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';
import { HelpCardOnPage } from './pages/help-card';

/**
 * The country from the device's own signals, in Chromium with the built extension: each browser is started
 * with a language (--lang and the pages' locale) and a time zone (TZ and the pages' time zone), as a new user's
 * would be, and nothing is chosen in the settings.
 */
interface SetUp {
  locale: string;
  timeZone: string;
  /** What the popup must show first. */
  emergencyLink: string;
  emergencyHref: string;
  /** A crisis route in the emergency panel: a link name and where it goes. */
  crisisLink: RegExp;
  crisisHref: string;
  /** Article that matches in this language, and what its card's Copy button copies. */
  article: string;
  cardCopy: string;
  cardCopied: RegExp;
}

const SET_UPS: SetUp[] = [
  {
    locale: 'es-419',
    timeZone: 'America/Los_Angeles',
    emergencyLink: 'Llamar al 911',
    emergencyHref: 'tel:911',
    crisisLink: /^Mensaje al 988 \(escribe AYUDA\)$/,
    crisisHref: 'sms:988?body=AYUDA',
    article: 'dejar-clonazepam-es.html',
    cardCopy: 'Copiar los datos de SAMHSA National Helpline',
    cardCopied: /1-800-662-4357/,
  },
  {
    locale: 'es-MX',
    timeZone: 'America/Mexico_City',
    emergencyLink: 'Llamar al 911',
    emergencyHref: 'tel:911',
    crisisLink: /^Busca una línea de crisis de tu país \(www\.findahelpline\.com\)/,
    crisisHref: 'https://www.findahelpline.com',
    article: 'dejar-clonazepam-es.html',
    cardCopy: 'Copiar los datos de Find A Helpline',
    cardCopied: /https:\/\/www\.findahelpline\.com/,
  },
  {
    locale: 'en-US',
    timeZone: 'Europe/London',
    emergencyLink: 'Call 999',
    emergencyHref: 'tel:999',
    crisisLink: /^Call 116 123$/,
    crisisHref: 'tel:116123',
    article: 'benzo-taper-article.html',
    cardCopy: 'Copy NHS 111 details',
    cardCopied: /^NHS 111 \(England, Scotland and Wales; not in Northern Ireland\)/,
  },
  {
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    emergencyLink: '',
    emergencyHref: '',
    crisisLink: /^Find a crisis line in your country \(www\.findahelpline\.com\)/,
    crisisHref: 'https://www.findahelpline.com',
    article: 'benzo-taper-article.html',
    cardCopy: 'Copy Find A Helpline details',
    cardCopied: /https:\/\/www\.findahelpline\.com/,
  },
];

describe.each(SET_UPS)('a new browser in $locale, $timeZone (e2e build: card mode)', (setUp) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let popup: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchWithExtension({ buildDir: CHROME_E2E_BUILD, locale: setUp.locale, timeZone: setUp.timeZone }),
      startFixtureServer(),
    ]);
    popup = await openExtensionPage(browser, 'popup.html', 'Steady');
    await waitForDetector(popup);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  it('sees the time zone Steady reads', async () => {
    await expect(popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).resolves.toBe(setUp.timeZone);
  });

  it('shows that country’s emergency route and a crisis route first', async () => {
    const emergency = popup.locator('section.emergency');
    if (setUp.emergencyLink) {
      await expect(emergency.getByRole('link', { name: setUp.emergencyLink, exact: true }).getAttribute('href')).resolves.toBe(
        setUp.emergencyHref,
      );
    } else {
      // Another country: no foreign number, the local-number advice and 112 for the EU.
      await expect(emergency.locator('a[href^="tel:"]').count()).resolves.toBe(0);
      await expect(emergency.getByRole('heading').textContent()).resolves.toBe('Emergency? Call your local emergency number');
      await expect(emergency.getByText('In any EU country, 112 works and is free.').count()).resolves.toBe(1);
    }
    await expect(emergency.locator('.crisis-actions').getByRole('link', { name: setUp.crisisLink }).getAttribute('href')).resolves.toBe(
      setUp.crisisHref,
    );
  });

  it('offers a card on a matching page with something worth copying, and copies it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${setUp.article}`);
    const card = await HelpCardOnPage.attach(page);
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await page.bringToFront();
    await card.click(setUp.cardCopy);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(setUp.cardCopied);
    await page.close();
  });
});

describe('Spanish in the United States, read from the device: 988 with its Spanish options first', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'es-419', timeZone: 'America/Los_Angeles' });
  });
  afterAll(async () => browser?.close());

  it('lists 988 first, with "marca 2", and puts no country picker before the helplines', async () => {
    const popup = await openExtensionPage(browser, 'popup.html', 'Steady');
    const first = popup.locator('article.helpline').first();
    await expect(first.getByRole('heading').textContent()).resolves.toBe('988 Suicide & Crisis Lifeline');
    await expect(first.getByText(/^Marca 2 para hablar en español/).count()).resolves.toBe(1);
    await expect(popup.locator('.region-unsure').count()).resolves.toBe(0);
  });
});

describe('a device whose signals disagree (American English in London)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-US', timeZone: 'Europe/London' });
  });
  afterAll(async () => browser?.close());

  it('shows the UK, and puts the country picker at the top of the helplines with a note', async () => {
    const popup = await openExtensionPage(browser, 'popup.html', 'Steady');
    const unsure = popup.locator('.region-unsure');
    await expect(unsure.getByRole('note').textContent()).resolves.toBe(
      'Steady is not sure which country you are in. Choose yours so the numbers are right.',
    );
    await expect(unsure.getByLabel('Country').inputValue()).resolves.toBe('GB');
    await expect(popup.locator('select').count()).resolves.toBe(1);
  });
});
