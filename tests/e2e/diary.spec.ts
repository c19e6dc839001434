/**
 * The taper diary in the side panel, in Chromium with the production build: a check-in saved and shown, the
 * crisis route on a red flag, 90 days of check-ins drawn, the summary copied. Nothing leaves the machine.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  it('at 400 px, in English and Spanish, the check-in’s four choices sit in one row, every word whole', async () => {
    for (const language of ['es', 'en']) {
      await writeExtensionStorage(panel, { language });
      await panel.reload();
      await panel.waitForFunction((lang) => document.documentElement.lang === lang && document.querySelector('.diary-level'), language);
      const rows = await panel.evaluate(() => {
        const rect = (el: Element) => el.getBoundingClientRect();
        const choices = [...document.querySelectorAll<HTMLElement>('.diary-check-in .diary-level')];
        return {
          perRow: [
            ...new Set(
              [...document.querySelectorAll('.diary-check-in .diary-levels')].map((row) => {
                const tops = [...row.children].map((c) => Math.round(rect(c).top));
                return tops.filter((top) => top === tops[0]).length;
              }),
            ),
          ],
          textCutOff: choices.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent),
        };
      });
      expect(rows, language).toEqual({ perRow: [4], textCutOff: [] });
    }
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

  // Four check-ins over the last two weeks, with averages and directions worked out by hand (least squares over
  // days 0, 4, 9 and 13 of the period): the summary below is written out, not made by the code it checks.
  const handWorked: DiaryEntry[] = [
    {
      day: addDays(today, -13),
      overall: 1,
      symptoms: { sleep: 3, anxiety: 2 },
      doseChanged: true,
      redFlags: [],
      note: 'Dose lowered today.',
    },
    { day: addDays(today, -9), overall: 1, symptoms: { sleep: 3, anxiety: 2 }, doseChanged: false, redFlags: [], note: '' },
    { day: addDays(today, -4), overall: 2, symptoms: { sleep: 2, anxiety: 2 }, doseChanged: false, redFlags: ['confusion'], note: '' },
    {
      day: today,
      overall: 2,
      symptoms: { sleep: 0, anxiety: 2, 'low-mood': 1 },
      doseChanged: false,
      redFlags: [],
      note: 'Slept six hours, first time in weeks.',
    },
  ];
  const handWrittenSummary = [
    `Taper diary: ${date(addDays(today, -13))} to ${date(today)} (14 days)`,
    'Check-ins: 4 of 14 days',
    '',
    'Each day was rated from 0 to 3: for symptoms, 0 none and 3 severe; for "your days overall", 0 very hard and 3 good.',
    '- Your days overall: average 1.5, better',
    '- Trouble sleeping: average 2.0, better',
    '- Anxiety or panic: average 2.0, about the same',
    '- Low mood: average 1.0, too few check-ins to tell',
    '- Racing heart: not answered',
    '- Shaking: not answered',
    '- Trouble focusing: not answered',
    '- Feeling unreal: not answered',
    '- Light and sound feel too strong: not answered',
    '',
    `Days the prescriber changed the dose: ${date(addDays(today, -13))}`,
    `Days with a warning sign (a seizure, sudden confusion, seeing or hearing things, or thoughts of suicide): ${date(addDays(today, -4))}`,
    '',
    'My notes:',
    `- ${date(addDays(today, -13))}: Dose lowered today.`,
    `- ${date(today)}: Slept six hours, first time in weeks.`,
    '',
    'Written by me in Steady, a private diary on my own device. It is not a medical record.',
  ].join('\n');

  it('prints the summary, as written out by hand, above the prescriber checklist, and copies the same words', async () => {
    await writeExtensionStorage(panel, { taperDiary: handWorked });
    await panel.reload();
    await panel.getByRole('heading', { name: 'For your prescriber' }).waitFor();
    await panel.getByLabel('Include my notes').check();
    await panel.getByRole('button', { name: 'Copy the summary' }).click();
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(handWrittenSummary);
    // What the page prints: the same words, then the checklist; none of the diary's controls.
    await expect(panel.getByRole('button', { name: 'Print the summary and checklist' }).isVisible()).resolves.toBe(true);
    await panel.emulateMedia({ media: 'print' });
    const printed = await panel.evaluate(() => ({
      title: document.querySelector('.diary-print h2')?.textContent,
      text: document.querySelector('.diary-print .diary-print-text')?.textContent,
      shown: [...document.querySelectorAll('.diary > *, .checklist > h2, .app-header, .help-bar, .tablist')]
        .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
        .filter((el) => getComputedStyle(el).display !== 'none')
        .map((el) => el.className || el.tagName),
      checklistAfter: Boolean(
        document.querySelector('.diary-print')!.compareDocumentPosition(document.querySelector('.checklist > h2')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    }));
    await panel.emulateMedia({ media: 'screen' });
    expect(`${printed.title}\n${printed.text}`).toBe(handWrittenSummary);
    expect(printed.shown).toEqual(['print-only diary-print', 'H2']);
    expect(printed.checklistAfter).toBe(true);
  });

  it('saves a copy as JSON and CSV, erases the diary, and adds it back from either copy exactly', async () => {
    const awkward: DiaryEntry[] = [
      ...handWorked.slice(0, 3),
      // A note with a comma, quotes, a line break and a spreadsheet formula: all must come back as written.
      { ...handWorked[3]!, note: '=SUM(A1) "rough", then\nbetter' },
    ];
    await writeExtensionStorage(panel, { taperDiary: awkward });
    await panel.reload();
    const data = panel.getByRole('region', { name: 'Your diary on this device' });
    await data.waitFor();
    const saveCopy = async (button: string) => {
      const [download] = await Promise.all([panel.waitForEvent('download'), data.getByRole('button', { name: button }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const json = await saveCopy('Save a copy (JSON)');
    expect(json.name).toBe(`steady-taper-diary-${today}.json`);
    expect(JSON.parse(json.text)).toEqual({ format: 'steady-taper-diary', version: 1, exported: today, entries: awkward });
    const csv = await saveCopy('Save for a spreadsheet (CSV)');
    expect(csv.name).toBe(`steady-taper-diary-${today}.csv`);
    const csvLines = csv.text.split('\r\n');
    expect(csvLines[0]).toBe(
      '\uFEFFday,overall,sleep,anxiety,low-mood,racing-heart,shaking,trouble-focusing,feeling-unreal,senses,dose_changed,red_flags,note',
    );
    expect(csvLines[1]).toBe(`${addDays(today, -13)},1,3,2,,,,,,,yes,,Dose lowered today.`);
    // The formula is guarded with a quote mark, and the cell quoted for its comma, quotes and line break.
    expect(csv.text).toContain(`${today},2,0,2,1,,,,,,no,,"'=SUM(A1) ""rough"", then\nbetter"`);

    const erase = async () => {
      await data.getByRole('button', { name: 'Erase the diary' }).click();
      const question = data.getByRole('group', {
        name: 'Erase all 4 check-ins from this device? This cannot be undone. Save a copy first to keep them.',
      });
      await expect(question.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await question.getByRole('button', { name: 'Yes, erase the diary' }).click();
      await expect.poll(() => data.getByRole('status').textContent()).toBe('The diary is erased from this device.');
      expect(Object.keys(await readExtensionStorage(panel)).filter((key) => key.startsWith('taperDiary'))).toEqual([]);
      await expect(panel.getByText('No check-ins in these weeks yet.').count()).resolves.toBe(1);
    };
    const dir = mkdtempSync(path.join(tmpdir(), 'steady-diary-'));
    for (const copy of [json, csv]) {
      await erase();
      const file = path.join(dir, copy.name);
      writeFileSync(file, copy.text);
      await panel.getByLabel('Add check-ins from a saved copy').setInputFiles(file);
      await expect.poll(() => data.getByRole('status').textContent()).toBe('Loaded 4 check-ins from the file.');
      expect((await readExtensionStorage(panel)).taperDiary).toEqual(awkward);
    }
    // A file that is not a diary changes nothing, and says so.
    const notADiary = path.join(dir, 'notes.csv');
    writeFileSync(notADiary, 'name,phone\nSam,555\n');
    await panel.getByLabel('Add check-ins from a saved copy').setInputFiles(notADiary);
    await expect.poll(() => data.getByRole('status').textContent()).toBe('This file is not a diary saved by Steady. Nothing was changed.');
    expect((await readExtensionStorage(panel)).taperDiary).toEqual(awkward);
  });

  it('a daily reminder, off at first: turned on, its alarm rings a real notification on a day with no check-in, then off', async () => {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    type Alarm = { name: string; scheduledTime: number };
    type Chrome = ExtensionGlobals['chrome'] & {
      alarms: { get(name: string): Promise<Alarm | undefined>; create(name: string, info: { when: number }): Promise<void> };
    };
    /** The reminder's alarm as the browser holds it: the hour and minute it rings, in the device's time. */
    const alarm = () =>
      worker.evaluate(async () => {
        const found = await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('steady-diary-reminder');
        if (!found) return undefined;
        const at = new Date(found.scheduledTime);
        return {
          at: `${at.getHours()}:${at.getMinutes()}`,
          ahead: found.scheduledTime > Date.now(),
          withinADay: found.scheduledTime - Date.now() <= 86_400_000,
        };
      });
    const notifications = () =>
      worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll().then((all) => Object.keys(all)));
    const card = panel.getByRole('region', { name: 'Daily reminder' });
    const turnOn = card.getByLabel('Remind me to check in each day');
    await expect(turnOn.isChecked()).resolves.toBe(false);
    await expect(alarm()).resolves.toBeUndefined();

    await turnOn.check();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Saved. Steady will remind you at 8:00 PM.');
    expect((await readExtensionStorage(panel)).diaryReminder).toBe('20:00');
    await expect.poll(alarm).toEqual({ at: '20:0', ahead: true, withinADay: true });

    // Today without a check-in: the alarm, brought forward to now, rings a real notification.
    const withoutToday = (((await readExtensionStorage(panel)).taperDiary ?? []) as DiaryEntry[]).filter((entry) => entry.day !== today);
    await writeExtensionStorage(panel, { taperDiary: withoutToday });
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('steady-diary-reminder', { when: Date.now() + 200 }),
    );
    await expect.poll(notifications, { timeout: 15_000 }).toEqual(['steady-diary-reminder']);
    // Rung, it is set again for the next 8:00 PM.
    await expect.poll(alarm).toEqual({ at: '20:0', ahead: true, withinADay: true });

    await card.getByRole('combobox', { name: 'Time' }).selectOption({ label: '7:30 AM' });
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Saved. Steady will remind you at 7:30 AM.');
    await expect.poll(alarm).toEqual({ at: '7:30', ahead: true, withinADay: true });
    await turnOn.uncheck();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Saved. No reminders.');
    expect((await readExtensionStorage(panel)).diaryReminder).toBe('off');
    await expect.poll(alarm).toBeUndefined();
    await expect(card.getByRole('combobox', { name: 'Time' }).count()).resolves.toBe(0);
  });

  it('has no axe violations in light and dark, with data, the erase question open', async () => {
    await panel.getByRole('button', { name: 'Erase the diary' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: panel })
        .include('.diary')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.passes.some((rule) => rule.id === 'target-size')).toBe(true);
      expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.keyboard.press('Escape');
    await expect
      .poll(() => panel.getByRole('button', { name: 'Erase the diary' }).evaluate((el) => el === document.activeElement))
      .toBe(true);
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
