import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type FirefoxExtensionBrowser, launchFirefoxWithExtension } from './fixtures/firefox-extension-browser';
import { expectHelpFirst, FIRST_SCREEN_PX, layoutArgs, readPopupLayout } from './fixtures/popup-layout';

type StorageApi = { browser: { storage: { local: { set(items: object): Promise<void> } } } };

describe('the popup’s first screen in Firefox ESR (production build, US)', () => {
  let firefox: FirefoxExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    page = await firefox.openExtensionPage('popup.html', 'h1');
  });
  afterAll(async () => {
    await page?.evaluate(() => (globalThis as unknown as StorageApi).browser.storage.local.set({ language: 'auto', textSize: 'normal' }));
    await firefox?.close();
  });

  for (const language of ['en', 'es'] as const) {
    for (const textSize of ['normal', 'larger'] as const) {
      for (const width of [360, 320]) {
        it(`${language}, ${textSize} text, ${width} px: the same checks as in Chromium`, async () => {
          // In front: Firefox does not run animation frames for a tab behind another (a test once waited 60 s on one).
          await page.bringToFront();
          await page.setViewport({ width, height: FIRST_SCREEN_PX });
          // Settings apply live in the open popup (Firefox never reports an extension page's reload over BiDi).
          await page.evaluate((items) => (globalThis as unknown as StorageApi).browser.storage.local.set(items), {
            language,
            textSize,
            region: 'US',
          });
          await page.waitForFunction(
            (size, lang) =>
              document.documentElement.dataset.textSize === size &&
              document.documentElement.lang === lang &&
              document.querySelector('[data-region="US"]') !== null,
            {},
            textSize,
            language,
          );
          // One frame for the new text size to lay out, or half a second if no frame comes (the layout read below forces
          // a layout anyway).
          await page.evaluate(
            () =>
              new Promise((resolve) => {
                requestAnimationFrame(() => requestAnimationFrame(resolve));
                setTimeout(resolve, 500);
              }),
          );
          const layout = await page.evaluate(readPopupLayout, layoutArgs(language));
          console.log(`Firefox popup ${language} ${textSize} ${width}px`, JSON.stringify(layout));
          expectHelpFirst(layout, width, textSize);
        });
      }
    }
  }
});
