import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, writeExtensionStorage, type ExtensionBrowser } from './fixtures/extension-browser';

/**
 * The popup's first screen, measured in the real browser (issue 15): what a frightened person needs must be on it
 * without scrolling, at the sizes people use, in both languages and with larger text.
 */
const FIRST_SCREEN_PX = 600;
const EMERGENCY_STRIP_MAX_PX = 120;
const MIN_TARGET_PX = 24;

interface Layout {
  emergencyHeight: number;
  /** Bottom edges, in px from the top of the page, with nothing scrolled. */
  firstCopyBottom: number;
  crisisCallBottom: number;
  crisisTextBottom: number;
  /** Tab rows whose tabs sit on more than one line. */
  wrappedTabRows: number;
  /** Phone numbers whose text runs over more than one line. */
  brokenNumbers: string[];
  /** Buttons, disclosures, fields, tabs and button-styled links smaller than 24×24 px. */
  smallTargets: string[];
  /** How many helplines offer "More ways to copy" (it must be some, or the next check proves nothing). */
  copyChoiceToggles: number;
  /** "More ways to copy" toggles that do not sit on their Copy button's row (same top and bottom). */
  copyChoicesOffRow: string[];
}

/** Reads the layout in the page itself: positions, line boxes and target sizes as the browser drew them. */
function measure(page: Page, names: { copy: RegExp; crisisCall: string; crisisText: string; moreWays: string }): Promise<Layout> {
  return page.evaluate(
    ({ copy, copyFlags, crisisCall, crisisText, moreWays, minTarget }) => {
      const copyPattern = new RegExp(copy, copyFlags);
      const bottomOf = (element: Element | undefined) => (element ? element.getBoundingClientRect().bottom + window.scrollY : Infinity);
      const accessibleName = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
      const emergency = document.querySelector('main section.emergency, main [aria-labelledby="emergency-heading"]');
      const buttons = [...document.querySelectorAll('main button')];
      const links = [...document.querySelectorAll('main a')];
      const firstCopy = buttons.find((button) => copyPattern.test(accessibleName(button)));
      const crisisCallLink = links.find((link) => accessibleName(link) === crisisCall);
      const crisisTextLink = links.find((link) => accessibleName(link) === crisisText);
      const wrappedTabRows = [...document.querySelectorAll('[role="tablist"]')].filter((list) => {
        const tops = new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top)));
        return tops.size > 1;
      }).length;
      // A number is the run of digits (with spaces, dashes, slashes, dots or brackets between) inside a call or text link.
      const NUMBER = /\+?\d[\d\s()./-]*\d/g;
      const brokenNumbers: string[] = [];
      for (const link of document.querySelectorAll('a[href^="tel:"], a[href^="sms:"], .phone-number')) {
        if (!(link as HTMLElement).offsetParent) continue;
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(NUMBER)) {
            const range = document.createRange();
            range.setStart(node, match.index ?? 0);
            range.setEnd(node, (match.index ?? 0) + match[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) brokenNumbers.push(match[0]);
          }
        }
      }
      const smallTargets: string[] = [];
      // Controls that stand on their own; links inside text are left to axe's target-size rule, which knows
      // WCAG 2.2's exceptions for inline targets and spacing.
      for (const control of document.querySelectorAll('button, summary, select, input, a.button, [role="tab"]')) {
        const box = control.getBoundingClientRect();
        if (box.width === 0 || !(control as HTMLElement).offsetParent) continue;
        if (box.width < minTarget || box.height < minTarget) {
          smallTargets.push(`${accessibleName(control).slice(0, 40)} ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
      const toggles = [...document.querySelectorAll('main article.helpline button')].filter((button) =>
        accessibleName(button).startsWith(moreWays),
      );
      const copyChoicesOffRow = toggles.flatMap((toggle) => {
        const article = toggle.closest('article');
        const copyButton = [...(article?.querySelectorAll('button') ?? [])].find((button) => copyPattern.test(accessibleName(button)));
        const a = toggle.getBoundingClientRect();
        const b = copyButton?.getBoundingClientRect();
        const sameRow = b !== undefined && Math.abs(a.top - b.top) <= 1 && Math.abs(a.bottom - b.bottom) <= 1;
        return sameRow ? [] : [`${accessibleName(toggle)} at ${Math.round(a.top)}, Copy at ${b ? Math.round(b.top) : 'none'}`];
      });
      return {
        copyChoiceToggles: toggles.length,
        copyChoicesOffRow,
        emergencyHeight: emergency ? Math.round(emergency.getBoundingClientRect().height) : Infinity,
        firstCopyBottom: Math.round(bottomOf(firstCopy)),
        crisisCallBottom: Math.round(bottomOf(crisisCallLink)),
        crisisTextBottom: Math.round(bottomOf(crisisTextLink)),
        wrappedTabRows,
        brokenNumbers,
        smallTargets,
      };
    },
    {
      copy: names.copy.source,
      copyFlags: names.copy.flags,
      crisisCall: names.crisisCall,
      crisisText: names.crisisText,
      moreWays: names.moreWays,
      minTarget: MIN_TARGET_PX,
    },
  );
}

const LANGUAGES = {
  en: { heading: 'Steady', copy: /^Copy\b/, crisisCall: 'Call 988', crisisText: 'Text 988', moreWays: 'More ways to copy' },
  es: {
    heading: 'Steady',
    copy: /^Copiar\b/,
    crisisCall: 'Llamar al 988',
    crisisText: 'Mensaje al 988 (escribe AYUDA)',
    moreWays: 'Otras formas de copiar',
  },
} as const;

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
          const names = LANGUAGES[language];
          const layout = await measure(page, names);
          console.log(`popup ${language} ${textSize} ${width}px`, JSON.stringify(layout));
          if (width === 360 && textSize === 'normal') expect(layout.emergencyHeight).toBeLessThanOrEqual(EMERGENCY_STRIP_MAX_PX);
          expect(layout.crisisCallBottom).toBeLessThanOrEqual(FIRST_SCREEN_PX);
          expect(layout.crisisTextBottom).toBeLessThanOrEqual(FIRST_SCREEN_PX);
          expect(layout.firstCopyBottom).toBeLessThanOrEqual(FIRST_SCREEN_PX);
          expect(layout.wrappedTabRows).toBe(0);
          expect(layout.brokenNumbers).toEqual([]);
          expect(layout.smallTargets).toEqual([]);
          // "More ways to copy" shares the row of its helpline's Copy button: it never takes a line of its own.
          expect(layout.copyChoiceToggles).toBeGreaterThan(2);
          expect(layout.copyChoicesOffRow).toEqual([]);
        });
      }
    }
  }

  // Numbers that broke across lines before: the UK's 116 123 and Australia's 13 11 14.
  for (const region of ['GB', 'AU', 'IE', 'NZ', 'CA']) {
    it(`${region} at 320 px, larger text: no phone number runs over two lines`, async () => {
      await show('en', 'larger', 320, region);
      const layout = await measure(page, LANGUAGES.en);
      expect(layout.brokenNumbers).toEqual([]);
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
