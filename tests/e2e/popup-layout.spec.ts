import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, writeExtensionStorage, type ExtensionBrowser } from './fixtures/extension-browser';
import { expectHelpFirst, FIRST_SCREEN_PX, type Layout, layoutArgs, readPopupLayout } from './fixtures/popup-layout';

function measure(page: Page, language: 'en' | 'es'): Promise<Layout> {
  return page.evaluate(readPopupLayout, layoutArgs(language));
}

describe('the popup’s first screen (Chromium, US)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openExtensionPage(browser, 'popup.html', 'Steady');
  });
  afterAll(async () => browser?.close());

  async function show(language: 'en' | 'es', textSize: 'normal' | 'larger', width: number, region = 'US'): Promise<void> {
    await writeExtensionStorage(page, { language, textSize, region });
    await page.setViewportSize({ width, height: FIRST_SCREEN_PX });
    await page.reload();
    await page.getByRole('heading', { name: 'Steady', level: 1 }).waitFor();
    // Stored settings arrive after the first paint (which uses the defaults): wait for every one to show.
    await page.waitForFunction(
      ({ size, lang, region }) =>
        document.documentElement.dataset.textSize === size &&
        document.documentElement.lang === lang &&
        document.querySelector(`[data-region="${region}"]`) !== null,
      { size: textSize, lang: language, region },
    );
  }

  for (const language of ['en', 'es'] as const) {
    for (const textSize of ['normal', 'larger'] as const) {
      for (const width of [360, 320]) {
        it(`${language}, ${textSize} text, ${width} px: help first, nothing broken or too small`, async () => {
          await show(language, textSize, width);
          const layout = await measure(page, language);
          console.log(`popup ${language} ${textSize} ${width}px`, JSON.stringify(layout));
          expectHelpFirst(layout, width, textSize);
        });
      }
    }
  }

  // Numbers that broke across lines before: the UK's 116 123 and Australia's 13 11 14.
  for (const region of ['GB', 'AU', 'IE', 'NZ', 'CA']) {
    it(`${region} at 320 px, larger text: no phone number runs over two lines`, async () => {
      await show('en', 'larger', 320, region);
      const layout = await measure(page, 'en');
      expect(layout.brokenNumbers).toEqual([]);
    });
  }

  // The diary's check-in at the popup's narrowest and largest: 9 questions of 4 choices, in both languages.
  for (const language of ['en', 'es'] as const) {
    it(`${language}, larger text, 320 px: today’s check-in fits, every choice whole and a full target`, async () => {
      await show(language, 'larger', 320);
      await page.locator('#more-from-steady button[aria-expanded]').click();
      await page.locator('#popup-check-in form').waitFor();
      const fit = await page.evaluate(() => {
        const form = document.querySelector('#popup-check-in form')!.getBoundingClientRect();
        const choices = [...document.querySelectorAll<HTMLElement>('#popup-check-in .diary-level')];
        const rect = (el: Element) => el.getBoundingClientRect();
        return {
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          choices: choices.length,
          outsideTheForm: choices
            .filter((c) => rect(c).right > form.right + 0.5 || rect(c).left < form.left - 0.5)
            .map((c) => c.textContent),
          textCutOff: choices.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent),
          belowTarget: choices.filter((c) => rect(c).height < 44 || rect(c).width < 44).map((c) => c.textContent),
          // A row of three and one of one reads as two questions: rows of four, or of two.
          choicesPerRow: [
            ...new Set(
              [...document.querySelectorAll('#popup-check-in .diary-levels')].map((row) => {
                const tops = [...row.children].map((c) => Math.round(rect(c).top));
                return tops.filter((top) => top === tops[0]).length;
              }),
            ),
          ],
        };
      });
      expect(fit).toEqual({ pageOverflow: 0, choices: 36, outsideTheForm: [], textCutOff: [], belowTarget: [], choicesPerRow: [2] });
      const results = await new AxeBuilder({ page })
        .include('#popup-check-in')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.passes.some((rule) => rule.id === 'target-size')).toBe(true);
      expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`meets WCAG 2.2 AA, target size included, in every section (${colorScheme})`, async () => {
      await show('en', 'normal', 360);
      await page.emulateMedia({ colorScheme });
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(
          results.passes.some((rule) => rule.id === 'target-size'),
          'target-size ran',
        ).toBe(true);
        expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
      }
    });
  }
});
