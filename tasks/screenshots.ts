/**
 * Saves screenshots of every surface at the sizes people use, in both languages and both colour
 * schemes, so a person can look at them before calling a change done: `npm run screenshots`
 * (after `npm run build`). They go to tests/e2e/.screenshots/, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  CHROME_BUILD,
  CHROME_E2E_BUILD,
  launchWithExtension,
  openExtensionPage,
  pollUntil,
  waitForDetector,
  writeExtensionStorage,
} from '../tests/e2e/fixtures/extension-browser';
import { startFixtureServer } from '../tests/e2e/fixtures/fixture-server';
import { HelpCardOnPage } from '../tests/e2e/pages/help-card';
import { cardEn } from '../locales/card-en';
import { cardEs } from '../locales/card-es';
import { EXTENSION_FILES } from '../shared/manifest';
import { popupEn } from '../locales/popup-en';
import { popupEs } from '../locales/popup-es';
import { addDays, type DiaryEntry, dayKeyOf, type Level } from '../shared/diary/diary-entry';
import { DIARY_WORDS } from '../shared/diary/diary-words';

const cardWords = { en: cardEn, es: cardEs };

const OUT = path.resolve('tests/e2e/.screenshots');

const LANGUAGES = [
  {
    code: 'en',
    locale: 'en-US',
    timeZone: 'America/New_York',
    popupHeading: 'Steady',
    panelHeading: 'Steady',
    popupTabs: ['Helplines', 'Stay safe', 'Cope', 'Help someone'],
    panelTabs: ['Guides', 'Find support'],
    article: 'benzo-taper-article.html',
  },
  {
    code: 'es',
    locale: 'es-US',
    timeZone: 'America/Los_Angeles',
    popupHeading: 'Steady',
    panelHeading: 'Steady',
    popupTabs: ['Líneas de ayuda', 'Seguridad', 'Afrontar', 'Ayudar a alguien'],
    panelTabs: ['Guías', 'Buscar apoyo'],
    article: 'dejar-clonazepam-es.html',
  },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Devices whose country Steady reads from their language and time zone: the popup's first screens and the card. */
const DEVICES = [
  { tag: 'es-MX-mexico-city', locale: 'es-MX', timeZone: 'America/Mexico_City', article: 'dejar-clonazepam-es.html' },
  { tag: 'en-US-london', locale: 'en-US', timeZone: 'Europe/London', article: 'benzo-taper-article.html' },
  { tag: 'de-DE-berlin', locale: 'de-DE', timeZone: 'Europe/Berlin', article: 'benzo-taper-article.html' },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`saved ${name}.png`);
}

/** The whole page as a reader scrolls it, one screen per file: a tall full-page image is too small to read. */
async function shootScreens(page: Page, name: string): Promise<void> {
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));
  for (let top = 0, index = 1; top < height; top += screen, index++) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await shoot(page, `${name}-${String(index).padStart(2, '0')}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  try {
    for (const language of LANGUAGES) {
      for (const scheme of SCHEMES) {
        const browser = await launchWithExtension({
          buildDir: CHROME_E2E_BUILD,
          locale: language.locale,
          timeZone: language.timeZone,
          colorScheme: scheme,
          viewport: { width: 360, height: 600 },
        });
        try {
          const tag = `${language.code}-${scheme}`;
          // Popup: the first screen a frightened person sees at 360×600, then each section, screen by screen, at 320 wide.
          // The popup page the toolbar button opens in this browser's language.
          const popup = await openExtensionPage(browser, EXTENSION_FILES.popupIn[language.code].slice(1), language.popupHeading);
          await waitForDetector(popup);
          await shoot(popup, `popup-${tag}-360x600-first-screen`);
          await popup.setViewportSize({ width: 320, height: 600 });
          for (const [index, tab] of language.popupTabs.entries()) {
            await popup.getByRole('tab', { name: tab, exact: true }).click();
            await shootScreens(popup, `popup-${tag}-320-tab${index + 1}`);
          }

          // Side panel at about 400 wide: its first screen, then the guides and resources screen by screen.
          const panel = await openExtensionPage(browser, 'sidepanel.html', language.panelHeading);
          await panel.setViewportSize({ width: 400, height: 800 });
          await shoot(panel, `sidepanel-${tag}-400-first-screen`);
          for (const [index, tab] of language.panelTabs.entries()) {
            await panel.getByRole('tab', { name: tab, exact: true }).click();
            await shootScreens(panel, `sidepanel-${tag}-400-tab${index + 1}`);
          }

          // The help card on a real-looking article, on a laptop and on a narrow window.
          const article = await browser.context.newPage();
          await article.setViewportSize({ width: 1280, height: 800 });
          await article.goto(`${server.origin}/${language.article}`);
          const card = await HelpCardOnPage.attach(article);
          await pollUntil(
            () => card.count(),
            (count) => count === 1,
          );
          await shoot(article, `card-${tag}-1280x800`);
          await article.setViewportSize({ width: 400, height: 800 });
          await shoot(article, `card-${tag}-400x800`);
          // Unfolded, with the other ways to copy open.
          const t = cardWords[language.code];
          await card.click(t.card.more);
          await card.click(t.copy.moreWaysFor(t.copy.details('SAMHSA National Helpline')));
          await shoot(article, `card-${tag}-400x800-unfolded`);
        } finally {
          await browser.close();
        }
      }
    }
    for (const device of DEVICES) {
      const browser = await launchWithExtension({
        buildDir: CHROME_E2E_BUILD,
        locale: device.locale,
        timeZone: device.timeZone,
        viewport: { width: 360, height: 600 },
      });
      try {
        const popup = await openExtensionPage(browser, 'popup.html', 'Steady');
        await waitForDetector(popup);
        await shootScreens(popup, `device-${device.tag}-popup-360x600`);
        const article = await browser.context.newPage();
        await article.setViewportSize({ width: 400, height: 800 });
        await article.goto(`${server.origin}/${device.article}`);
        const card = await HelpCardOnPage.attach(article);
        await pollUntil(
          () => card.count(),
          (count) => count === 1,
        );
        await shoot(article, `device-${device.tag}-card-400x800`);
      } finally {
        await browser.close();
      }
    }
    await shootSettingsAndWelcome();
  } finally {
    await server.close();
  }
}

// ---- Settings and first run (issue 15) ----
const TAB_PAGES = {
  en: { settings: 'Steady settings', welcome: 'Welcome to Steady', eraseStart: 'Erase everything…' },
  es: { settings: 'Ajustes de Steady', welcome: 'Te damos la bienvenida a Steady', eraseStart: 'Borrar todo…' },
} as const;

/**
 * The settings (help on web pages on, so everything that depends on it shows, and the erase question open) and
 * the first-run page, screen by screen at about 800 and at 360 wide, in both languages and both schemes.
 */
async function shootSettingsAndWelcome(): Promise<void> {
  for (const language of LANGUAGES) {
    const words = TAB_PAGES[language.code];
    for (const scheme of SCHEMES) {
      const tag = `${language.code}-${scheme}`;
      const launch = (buildDir: string) =>
        launchWithExtension({
          buildDir,
          locale: language.locale,
          timeZone: language.timeZone,
          colorScheme: scheme,
          viewport: { width: 800, height: 900 },
        });
      const withHelp = await launch(CHROME_E2E_BUILD);
      try {
        const settings = await openExtensionPage(withHelp, 'options.html', words.settings);
        await settings.getByRole('button', { name: words.eraseStart }).click();
        await shootScreens(settings, `settings-${tag}-800`);
        await settings.setViewportSize({ width: 360, height: 800 });
        await shootScreens(settings, `settings-${tag}-360`);
      } finally {
        await withHelp.close();
      }
      // The production build, where the first-run page opens by itself on install.
      const fresh = await launch(CHROME_BUILD);
      try {
        const welcome =
          fresh.context.pages().find((page) => page.url().endsWith('/welcome.html')) ??
          (await fresh.context.waitForEvent('page', (page) => page.url().endsWith('/welcome.html')));
        await welcome.getByRole('heading', { name: words.welcome, level: 1 }).waitFor();
        await welcome.setViewportSize({ width: 800, height: 900 });
        await shootScreens(welcome, `welcome-${tag}-800`);
        await welcome.setViewportSize({ width: 360, height: 800 });
        await shootScreens(welcome, `welcome-${tag}-360`);
      } finally {
        await fresh.close();
      }
    }
  }
}
// ---- end of settings and first run ----

// ---- The taper diary (issue 18) ----
const popupWords = { en: popupEn, es: popupEs };

/** Twelve weeks of a taper going slowly better, with a few days missed, three dose changes and two notes. */
function sampleDiary(): DiaryEntry[] {
  const today = dayKeyOf(new Date());
  return Array.from({ length: 84 }, (_, i) => i)
    .filter((i) => i % 9 !== 4)
    .map((i) => {
      const easing = Math.min(3, Math.floor(i / 21));
      const wobble = i % 5 === 0 ? 1 : 0;
      return {
        day: addDays(today, i - 83),
        overall: Math.min(3, easing + wobble) as Level,
        symptoms: { sleep: (3 - easing) as Level, anxiety: Math.max(0, 2 - Math.floor(i / 30) + wobble) as Level },
        doseChanged: i === 10 || i === 38 || i === 66,
        redFlags: [],
        note: i === 40 ? 'Bad night after the dose change.' : i === 80 ? 'Slept six hours.' : '',
      };
    });
}

/**
 * The diary: the popup's check-in (and its crisis route on a red flag) at 360 and 320 wide, and the side panel's
 * check-in, chart at 2 and 12 weeks, summary, reminder and data, and the printed summary, at 400 wide.
 */
async function shootDiary(): Promise<void> {
  for (const language of LANGUAGES) {
    const w = DIARY_WORDS[language.code].ui;
    for (const scheme of SCHEMES) {
      const tag = `${language.code}-${scheme}`;
      const browser = await launchWithExtension({
        buildDir: CHROME_BUILD,
        locale: language.locale,
        timeZone: language.timeZone,
        colorScheme: scheme,
        viewport: { width: 360, height: 600 },
      });
      try {
        const popup = await openExtensionPage(browser, EXTENSION_FILES.popupIn[language.code].slice(1), language.popupHeading);
        await popup.getByRole('button', { name: popupWords[language.code].popup.checkIn }).click();
        await popup.getByRole('heading', { name: w.title, level: 2 }).waitFor();
        await shoot(popup, `diary-popup-${tag}-360x600-check-in`);
        await popup.getByLabel(w.redFlags.suicide).check();
        await popup.getByRole('alert').scrollIntoViewIfNeeded();
        await shoot(popup, `diary-popup-${tag}-360x600-red-flag`);
        await popup.getByLabel(w.redFlags.suicide).uncheck();
        await popup.setViewportSize({ width: 320, height: 600 });
        await popup.getByRole('heading', { name: w.title, level: 2 }).scrollIntoViewIfNeeded();
        await shoot(popup, `diary-popup-${tag}-320x600-check-in`);

        const panel = await openExtensionPage(browser, 'sidepanel.html#diary', language.panelHeading);
        await panel.setViewportSize({ width: 400, height: 800 });
        await writeExtensionStorage(panel, { taperDiary: sampleDiary() });
        await panel.reload();
        await panel.locator('.diary-point').first().waitFor();
        await shoot(panel, `diary-panel-${tag}-400-check-in`);
        const at = async (selector: string, name: string) => {
          await panel.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await shoot(panel, name);
        };
        await at('.diary-chart', `diary-panel-${tag}-400-chart-2-weeks`);
        await panel.getByRole('radio', { name: w.weeks(12), exact: true }).check();
        await at('.diary-chart', `diary-panel-${tag}-400-chart-12-weeks`);
        await at('.diary-summary', `diary-panel-${tag}-400-summary`);
        await at('.diary-reminder', `diary-panel-${tag}-400-reminder-and-data`);
        await panel.getByLabel(w.includeNotes).check();
        await panel.emulateMedia({ media: 'print' });
        await panel.evaluate(() => window.scrollTo(0, 0));
        await panel.screenshot({ path: path.join(OUT, `diary-panel-${tag}-print.png`), fullPage: true });
        console.log(`saved diary-panel-${tag}-print.png`);
      } finally {
        await browser.close();
      }
    }
  }
}
// ---- end of the taper diary ----

// `npm run screenshots -- diary` shoots only the diary.
if (process.argv.includes('diary')) {
  mkdirSync(OUT, { recursive: true });
  await shootDiary();
} else {
  await main();
  await shootDiary();
}
