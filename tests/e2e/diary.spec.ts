/**
 * The taper diary in the side panel, in Chromium with the production build: a check-in saved and shown, the
 * crisis route on a red flag, 90 days of check-ins drawn, the summary copied. Nothing leaves the machine.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type DiaryEntry, dayKeyOf, type Level } from '@/shared/diary/diary-entry';
import { formatReviewDate } from '@/shared/format-review-date';
import { PopupPage } from './pages/popup-page';
import {
  type ExtensionGlobals,
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  readExtensionStorage,
  writeExtensionStorage,
  type ExtensionBrowser,
} from './fixtures/extension-browser';

const today = dayKeyOf(new Date());
const date = (day: string) => formatReviewDate(day as `${number}-${number}-${number}`, 'en');

describe('the taper diary in the side panel (Chromium, production build)', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 400, height: 900 } });
    browser.context.on('request', (request) => requests.push(request.url()));
    panel = await openExtensionPage(browser, 'sidepanel.html#diary', 'Steady');
    await panel.bringToFront();
  });
  afterAll(async () => browser?.close());

  it('opens on the diary (in the prescriber-visit section) from sidepanel.html#diary, and a check-in is saved, kept and shown', async () => {
    await expect(panel.getByRole('tab', { name: 'Prescriber visit' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(panel.getByRole('heading', { name: 'My taper diary', level: 2 }).isVisible()).resolves.toBe(true);
    const form = panel.getByRole('form', { name: `Check-in for today, ${date(today)}` });
    // Saving with no answer to "how was today" saves nothing and says why.
    await form.getByRole('button', { name: 'Save today’s check-in' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Choose how today was, then save.');
    expect((await readExtensionStorage(panel)).taperDiary).toBeUndefined();

    await form.getByRole('group', { name: 'How was today?' }).getByRole('radio', { name: 'Hard', exact: true }).check();
    await form.getByRole('group', { name: 'Trouble sleeping' }).getByRole('radio', { name: 'Severe' }).check();
    await form.getByRole('group', { name: 'Anxiety or panic' }).getByRole('radio', { name: 'Moderate' }).check();
    await form.getByLabel('My prescriber changed my dose today').check();
    await form.getByLabel('A note (optional)').fill('Slow night.');
    await form.getByRole('button', { name: 'Save today’s check-in' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe(`Saved for ${date(today)}.`);
    expect((await readExtensionStorage(panel)).taperDiary).toEqual([
      { day: today, overall: 1, symptoms: { sleep: 3, anxiety: 2 }, doseChanged: true, redFlags: [], note: 'Slow night.' },
    ]);
    await panel.getByText('Show as a table').click();
    await expect(panel.locator('.diary-table tbody tr').allTextContents()).resolves.toEqual([`${date(today)}1: Hard✓`]);
    // Kept on this device: a new page reads it back into the form.
    await panel.reload();
    const again = panel.getByRole('form', { name: `Check-in for today, ${date(today)}` });
    await expect
      .poll(() => again.getByRole('group', { name: 'How was today?' }).getByRole('radio', { name: 'Hard', exact: true }).isChecked())
      .toBe(true);
    await expect(again.getByText('You checked in today already. Saving again replaces it.').count()).resolves.toBe(1);
  });

  it('a red flag shows the emergency number and the crisis line at once, before anything is saved', async () => {
    const form = panel.getByRole('form', { name: `Check-in for today, ${date(today)}` });
    const alert = form.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('');
    await form.getByLabel('Thoughts of suicide or of harming yourself').check();
    await expect.poll(() => alert.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    await expect(alert.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await expect(alert.textContent()).resolves.toContain('you do not have to face it alone');
    await form.getByLabel('A seizure (a fit)').check();
    await expect(alert.textContent()).resolves.toContain('Call emergency services now');
    const results = await new AxeBuilder({ page: panel }).include('.diary').analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await form.getByLabel('A seizure (a fit)').uncheck();
    await form.getByLabel('Thoughts of suicide or of harming yourself').uncheck();
    await expect.poll(() => alert.textContent()).toBe('');
  });

  it('draws 90 days of check-ins, entered through storage, within 50 ms, with the trend in words and as a table', async () => {
    // 90 days: trouble sleeping easing from severe to none, and "how was today" rising; the dose changed every 14 days.
    const diary: DiaryEntry[] = Array.from({ length: 90 }, (_, i) => ({
      day: addDays(today, i - 89),
      overall: Math.min(3, Math.floor(i / 23)) as Level,
      symptoms: { sleep: (3 - Math.min(3, Math.floor(i / 23))) as Level },
      doseChanged: i % 14 === 0,
      redFlags: [],
      note: '',
    }));
    await writeExtensionStorage(panel, { taperDiary: diary });
    await panel.reload();
    await panel.getByRole('heading', { name: 'My taper diary', level: 2 }).waitFor();
    const renderMs = await panel.evaluate(async () => {
      const twelve = [...document.querySelectorAll<HTMLInputElement>('input[name=diary-weeks]')][2]!;
      const started = performance.now();
      twelve.click();
      while (document.querySelectorAll('.diary-point').length !== 84) await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - started;
    });
    console.log(`[diary] 12 weeks of 90 stored days drawn in ${renderMs.toFixed(1)} ms`);
    expect(renderMs).toBeLessThan(50);
    await expect(panel.locator('#diary-chart-sentence').textContent()).resolves.toBe('Your days overall: better over the last 12 weeks.');
    await panel.getByLabel('What to show').selectOption({ label: 'Trouble sleeping' });
    await expect.poll(() => panel.locator('#diary-chart-sentence').textContent()).toBe('Trouble sleeping: better over the last 12 weeks.');
    await expect(panel.locator('svg.diary-graph').getAttribute('aria-label')).resolves.toBe('Trouble sleeping, the last 12 weeks');
    await expect(panel.locator('.diary-dose-mark').count()).resolves.toBe(diary.slice(-84).filter((e) => e.doseChanged).length);
    await panel.getByText('Show as a table').click();
    await expect(panel.locator('.diary-table tbody tr').count()).resolves.toBe(84);
  });

  it('copies the summary for the prescriber, with the notes only when asked', async () => {
    await panel.getByRole('radio', { name: '2 weeks', exact: true }).check();
    await panel.getByRole('button', { name: 'Copy the summary' }).click();
    const text = await panel.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Taper diary: ${date(addDays(today, -13))} to ${date(today)} (14 days)`);
    expect(lines[1]).toBe('Check-ins: 14 of 14 days');
    expect(lines).toContain('- Your days overall: average 3.0, about the same');
    expect(lines).toContain('- Trouble sleeping: average 0.0, about the same');
    expect(text).not.toContain('My notes');
    expect(text.endsWith('Written by me in Steady, a private diary on my own device. It is not a medical record.')).toBe(true);
  });

  it('made no request that leaves the machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});

/** What Chrome's real side panel shows: its address, its open section, and the diary's chart as a table. */
interface PanelView {
  href: string;
  section: string | undefined;
  points: number;
  rows: string[];
}

describe('today’s check-in from the popup (Chromium, production build)', () => {
  let browser: ExtensionBrowser;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 360, height: 600 } });
    browser.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => browser?.close());

  it('is saved and appears in the side panel’s chart, in a panel already open at its start', async () => {
    const popup = await PopupPage.open(browser);
    const page = popup.page;
    // As a person's click comes: after the popup has loaded what its buttons do (the shortcuts list shows it).
    await page.locator('details.shortcuts').waitFor({ state: 'attached' });
    // The side panel is not a tab: the popup reads it as the extension's other view in this window.
    const panelView = () =>
      page.evaluate((): PanelView | undefined => {
        const views = (globalThis as unknown as ExtensionGlobals).chrome.extension.getViews() as unknown as Window[];
        const view = views.find((w) => w.location.pathname === '/sidepanel.html');
        if (!view) return undefined;
        const doc = view.document;
        return {
          href: view.location.href,
          section: doc.querySelector('[role=tab][aria-selected=true]')?.textContent ?? undefined,
          points: doc.querySelectorAll('.diary-point').length,
          rows: [...doc.querySelectorAll('.diary-table tbody tr')].map((row) => row.textContent ?? ''),
        };
      });
    await page.getByRole('button', { name: 'Guides and recovery resources' }).click();
    await expect.poll(async () => (await panelView())?.section).toBe('Guides');

    const open = page.getByRole('button', { name: 'Today’s check-in' });
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('false');
    await open.click();
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('true');
    const heading = page.getByRole('heading', { name: 'My taper diary', level: 2 });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const form = page.getByRole('form', { name: `Check-in for today, ${date(today)}` });
    await form.getByRole('group', { name: 'How was today?' }).getByRole('radio', { name: 'Hard', exact: true }).check();
    await form.getByRole('group', { name: 'Trouble sleeping' }).getByRole('radio', { name: 'Severe' }).check();
    // No way to the chart before anything is saved.
    await expect(page.getByRole('button', { name: 'See how it is going' }).count()).resolves.toBe(0);
    await form.getByRole('button', { name: 'Save today’s check-in' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe(`Saved for ${date(today)}.`);
    expect((await readExtensionStorage(page)).taperDiary).toEqual([
      { day: today, overall: 1, symptoms: { sleep: 3 }, doseChanged: false, redFlags: [], note: '' },
    ]);

    await page.getByRole('button', { name: 'See how it is going' }).click();
    await expect.poll(panelView).toEqual({
      href: `chrome-extension://${browser.extensionId}/sidepanel.html#diary`,
      section: 'Prescriber visit',
      points: 1,
      rows: [`${date(today)}1: Hard`],
    });
    // The next plain "Guides" opens the panel at its start again, not at the diary.
    await page.getByRole('button', { name: 'Guides and recovery resources' }).click();
    await expect.poll(async () => (await panelView())?.href).toBe(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(async () => (await panelView())?.section).toBe('Guides');
    await page.close();
  });

  it('a red flag in the popup’s check-in shows the crisis route at once, with no axe violation in light or dark', async () => {
    const popup = await PopupPage.open(browser);
    const page = popup.page;
    await page.getByRole('button', { name: 'Today’s check-in' }).click();
    const form = page.getByRole('form', { name: `Check-in for today, ${date(today)}` });
    // Today's saved check-in fills the popup's form too.
    await expect
      .poll(() => form.getByRole('group', { name: 'How was today?' }).getByRole('radio', { name: 'Hard', exact: true }).isChecked())
      .toBe(true);
    await form.getByLabel('Thoughts of suicide or of harming yourself').check();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    await expect(alert.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
    await page.close();
  });

  it('made no request that leaves the machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});
