import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionGlobals,
  launchWithExtension,
  openExtensionPage,
  writeExtensionStorage,
  type ExtensionBrowser,
} from './fixtures/extension-browser';

/** The side panel's layout as a person sees it at Chrome's usual panel width, measured in the real browser. */

const HEADINGS = { en: 'Steady', es: 'Steady' } as const;
const TABS = {
  en: ['Guides', 'Find support', 'Helplines', 'Prescriber visit'],
  es: ['Guías', 'Buscar apoyo', 'Líneas de ayuda', 'Cita con tu médico'],
} as const;

async function setLanguage(page: Page, language: 'en' | 'es') {
  await writeExtensionStorage(page, { language });
  await page.reload();
  await page.getByRole('heading', { name: HEADINGS[language], level: 1 }).waitFor();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function tabTops(page: Page): Promise<number[]> {
  return page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
}

describe('side panel layout in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 400, height: 600 } });
    page = await openExtensionPage(browser, 'sidepanel.html', 'Steady');
    await page.bringToFront();
  });
  afterAll(async () => browser?.close());

  it('lands every heading from the contents links below the sticky help bar', async () => {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.getByRole('tab', { name: 'Guides' }).click();
    const links = page.getByRole('navigation', { name: 'Guides on this page' }).getByRole('link');
    const count = await links.count();
    expect(count).toBe(5);
    const landed: string[] = [];
    for (let i = 0; i < count; i++) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const link = links.nth(i);
      const target = (await link.getAttribute('href')) ?? '';
      await link.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
      const { headingTop, barBottom, scrolled } = await page.evaluate((id) => {
        const heading = document.querySelector(`${id} h2`);
        const bar = document.querySelector('.help-bar');
        return {
          headingTop: heading?.getBoundingClientRect().top ?? Number.NaN,
          barBottom: bar?.getBoundingClientRect().bottom ?? Number.NaN,
          scrolled: window.scrollY,
        };
      }, target);
      expect(scrolled).toBeGreaterThan(0);
      landed.push(`${target}: heading ${Math.round(headingTop)}, bar ${Math.round(barBottom)}`);
      expect(headingTop, landed.at(-1)).toBeGreaterThanOrEqual(barBottom);
      // Near the top of what is left in view, not somewhere down the screen.
      expect(headingTop - barBottom, landed.at(-1)).toBeLessThan(48);
    }
    console.log(`contents links at 400×600: ${landed.join('; ')}`);
  });

  for (const language of ['en', 'es'] as const) {
    for (const width of [400, 320]) {
      it(`keeps the four tabs on one row at ${width} px (${language})`, async () => {
        await setLanguage(page, language);
        await page.setViewportSize({ width, height: 600 });
        const tops = await tabTops(page);
        console.log(`tab tops ${language} ${width}: ${tops.join(', ')}`);
        expect(tops).toHaveLength(4);
        expect(new Set(tops).size).toBe(1);
        // Each tab's label is inside the page, and the selected tab's underline is no wider than the tab.
        const boxes = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().right));
        for (const right of boxes) expect(right).toBeLessThanOrEqual(width);
        const names = await page.getByRole('tab').allTextContents();
        expect(names).toEqual([...TABS[language]]);
      });
    }
  }

  for (const language of ['es', 'en'] as const) {
    it(`starts the Find support results within the first screen at 400×600 (${language})`, async () => {
      await setLanguage(page, language);
      await page.setViewportSize({ width: 400, height: 600 });
      await page.getByRole('tab', { name: TABS[language][1] }).click();
      const first = page.getByRole('article').first();
      await first.waitFor();
      const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      console.log(`first result top at 400×600 (${language}): ${Math.round(top)}`);
      expect(top).toBeLessThan(600);
    });
  }

  it('finds benzo resources by drug name and synonym', async () => {
    await page.getByRole('tab', { name: 'Find support' }).click();
    const search = page.getByRole('searchbox', { name: 'Search' });
    for (const word of ['klonopin', 'clonazepam', 'benzo', 'smart']) {
      await search.fill(word);
      await expect.poll(() => page.getByRole('article').count(), { message: word }).toBeGreaterThan(0);
    }
    await search.fill('klonopin');
    await expect.poll(() => page.getByRole('article', { name: 'The Ashton Manual', exact: true }).count()).toBe(1);
    await search.fill('');
  });

  it('never advises a choice that is already made when nothing matches', async () => {
    await page.getByRole('tab', { name: 'Find support' }).click();
    await page.reload();
    await page.getByRole('tab', { name: 'Find support' }).click();
    const search = page.getByRole('searchbox', { name: 'Search' });
    // The reader's country and "All kinds": the advice may name "Everywhere", never "All kinds".
    await search.fill('zzzz');
    const empty = page.locator('.finder-empty');
    await expect.poll(() => empty.textContent()).toContain('Everywhere');
    expect(await empty.textContent()).not.toContain('All kinds');
    // Everywhere and All kinds both chosen: the only advice left is about the words.
    await page.getByLabel('Where').selectOption({ label: 'Everywhere' });
    await expect.poll(() => empty.textContent()).not.toContain('Everywhere');
    expect(await empty.textContent()).not.toContain('All kinds');
    expect(await empty.textContent()).toContain('fewer words');
    await search.fill('');
  });

  it('keeps the reader’s own questions and notes, copies them, and keeps Print in place after Copy', async () => {
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByRole('tab', { name: 'Prescriber visit' }).click();
    await page.getByRole('textbox', { name: 'Your own questions and notes' }).fill('Why do I wake at 3 a.m.?\nAsk about the pharmacy.');
    await page.reload();
    await page.getByRole('tab', { name: 'Prescriber visit' }).click();
    const notes = page.getByRole('textbox', { name: 'Your own questions and notes' });
    await expect.poll(() => notes.inputValue()).toBe('Why do I wake at 3 a.m.?\nAsk about the pharmacy.');

    const print = page.getByRole('button', { name: 'Print', exact: true });
    // Where Print sits on the page (not in the window, which may scroll when Copy is clicked).
    const placeOf = () =>
      print.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { left: box.left + window.scrollX, top: box.top + window.scrollY, width: box.width, height: box.height };
      });
    const before = await placeOf();
    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy checklist' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Why do I wake at 3 a.m.?');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('\n\nYour own questions and notes:\nWhy do I wake at 3 a.m.?\nAsk about the pharmacy.');
    await expect.poll(() => page.getByText('Copied', { exact: false }).count()).toBeGreaterThan(0);
    expect(await placeOf()).toEqual(before);

    // Printed, the notes show in full as text; the text box, buttons and help bar do not.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.own-notes-text').isVisible()).toBe(true);
    expect(await page.locator('.own-notes-text').textContent()).toBe('Why do I wake at 3 a.m.?\nAsk about the pharmacy.');
    expect(await notes.isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await page.locator('.help-bar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('never scrolls sideways at 200% zoom of a 400 px panel (200 CSS px), in any section, EN and ES', async () => {
    for (const language of ['en', 'es'] as const) {
      await setLanguage(page, language);
      await page.setViewportSize({ width: 200, height: 600 });
      for (const tab of TABS[language]) {
        await page.getByRole('tab', { name: tab }).click();
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(widths, `${language} ${tab}`).toEqual([200, 200]);
      }
    }
    await setLanguage(page, 'en');
  });

  it('the diary with check-ins, its reminder on and the erase question open never scrolls sideways at 200% either', async () => {
    const checkIn = { day: '2026-12-01', overall: 2, symptoms: { sleep: 1 }, doseChanged: true, redFlags: [], note: 'A note.' };
    await writeExtensionStorage(page, { taperDiary: [checkIn], diaryReminder: '20:00' });
    for (const language of ['en', 'es'] as const) {
      await setLanguage(page, language);
      await page.setViewportSize({ width: 200, height: 600 });
      await page.getByRole('tab', { name: TABS[language][3] }).click();
      await page.locator('.diary-data .button-danger-outline').click();
      await page.locator('.diary-reminder select').waitFor();
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths, language).toEqual([200, 200]);
    }
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.remove(['taperDiary', 'diaryReminder']));
    await setLanguage(page, 'en');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, WCAG 2.2 included, in any section (${colorScheme})`, async () => {
      await page.setViewportSize({ width: 400, height: 600 });
      await page.emulateMedia({ colorScheme });
      for (const tab of TABS.en) {
        await page.getByRole('tab', { name: tab }).click();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${tab}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }
});
