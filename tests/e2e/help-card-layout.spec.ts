import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CHROME_E2E_BUILD,
  launchWithExtension,
  openExtensionPage,
  readExtensionStorage,
  waitForDetector,
  writeExtensionStorage,
  type ExtensionBrowser,
} from './fixtures/extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';
import { CARD_SETTLE_MS, HelpCardOnPage } from './pages/help-card';
import { REGIONS, type RegionCode } from '../../help-content/regions';
import type { Helpline } from '../../help-content/types';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '../../help-content/helplines';
import { helplinesIn } from '../../shared/localized-helplines';
import { textNumber } from '../../shared/phone-links';
import { pageLanguage } from '../../shared/page-language';
import { uiStrings } from '../../locales/ui-strings';

/**
 * The help card as a person sees it inside a web page (issue 15): Steady's name on it, compact enough on a
 * narrow window, the reader's text size, real buttons of a size a finger or a shaky hand can hit, and an Undo
 * after every way of making it go away. Chromium, e2e build (page access granted, card mode).
 */

const VIEWPORT = { width: 400, height: 800 };
/** At larger text the folded card grows to show all it holds without scrolling, to at most 47% of an 800 px window. */
const LARGER_TEXT_MAX_HEIGHT = 0.47 * VIEWPORT.height;

/**
 * What the folded card must show whole in a region: the emergency call button (where the region has a number),
 * and the crisis line's buttons (call and text, or the directory), named as the card names them.
 */
function mustShow(region: RegionCode, language: 'en' | 'es'): string[] {
  const t = uiStrings(language);
  const lines = helplinesIn(language);
  const emergency = emergencyLineForRegion(region, lines);
  const crisis: Helpline = crisisLineForRegion(region, lines);
  const names = emergency.call ? [t.common.call(emergency.call.display)] : [];
  // A directory's link says so when its page is not in the reader's language ("(en inglés)"); the DevTools
  // protocol leaves out the text node that is only the space between the two.
  if (crisis.kind === 'directory' && crisis.url) {
    const pageIn = pageLanguage(crisis.url);
    return [...names, pageIn === language ? t.common.findCrisisLine : `${t.common.findCrisisLine}${t.source.pageIn[pageIn]}`];
  }
  if (crisis.call) names.push(t.common.call(crisis.call.display));
  if (crisis.text) {
    const number = textNumber(crisis.text);
    names.push(crisis.text.keyword ? t.card.textKeyword(crisis.text.keyword, number) : t.card.textLine(number));
  }
  return names;
}

const LANGUAGES = {
  en: {
    article: 'benzo-taper-article.html',
    title: 'Thinking about stopping a benzo?',
    warning: 'Do not stop suddenly',
    more: 'More',
    close: 'Close Steady’s help card',
    notOnThisSite: 'Not on this site',
    snooze: 'Snooze for a day',
    undo: 'Undo',
    settings: 'Steady’s settings',
    compact: ['Call 1-800-662-4357', 'Copy SAMHSA National Helpline details', 'Call 988'],
  },
  es: {
    article: 'dejar-clonazepam-es.html',
    title: '¿Piensas dejar una benzo?',
    warning: 'No la dejes de golpe',
    more: 'Más',
    close: 'Cerrar la tarjeta de ayuda de Steady',
    notOnThisSite: 'No en este sitio',
    snooze: 'Pausar un día',
    undo: 'Deshacer',
    settings: 'ajustes de Steady',
    compact: ['Llamar al 1-800-662-4357', 'Copiar los datos de SAMHSA National Helpline', 'Llamar al 988'],
  },
} as const;
type Language = keyof typeof LANGUAGES;

describe('the help card in a web page, Chromium at 400×800 (e2e build)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let settingsPage: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchWithExtension({ buildDir: CHROME_E2E_BUILD, viewport: VIEWPORT, timeZone: 'America/New_York' }),
      startFixtureServer(),
    ]);
    settingsPage = await openExtensionPage(browser, 'options.html', 'Steady settings');
    await waitForDetector(settingsPage);
  });

  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  // Every test starts from the same settings: the US, the card on, nothing blocked or snoozed, normal text.
  beforeEach(async () => {
    await writeExtensionStorage(settingsPage, {
      contextualHelp: 'card',
      region: 'US',
      language: 'en',
      textSize: 'normal',
      blockedSites: [],
      snoozedUntil: 0,
    });
  });

  async function visit(language: Language = 'en'): Promise<{ page: Page; card: HelpCardOnPage }> {
    await writeExtensionStorage(settingsPage, { language });
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/${LANGUAGES[language].article}`);
    const card = await HelpCardOnPage.attach(page);
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => card.text()).toContain(LANGUAGES[language].title);
    await page.bringToFront();
    return { page, card };
  }

  const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5;

  it('shows Steady’s name and mark, so nobody takes it for part of the website', async () => {
    const { page, card } = await visit('en');
    const name = await card.visibleText('Steady');
    const box = await card.box();
    console.log('[card] Steady’s name on the card', { name, card: box });
    expect(name, 'an element reading "Steady", in view').toBeDefined();
    expect(inside(name!, box)).toBe(true);
    await page.close();
  });

  it.each(['en', 'es'] as const)(
    '%s: moves none of the page’s own content when it comes in, unfolds, or is closed, and adds nothing to its CLS',
    async (language) => {
      await writeExtensionStorage(settingsPage, { language });
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Every layout shift from the page's first paint: how much, whether a click or key came just before (CLS leaves
      // those out), and what moved: the card's host, something inside its closed shadow root (hidden from the page,
      // so reported as no node), or the page's own content.
      await page.addInitScript(() => {
        type Shift = { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
        const shifts: { value: number; afterInput: boolean; moved: string[] }[] = [];
        (window as unknown as { steadyTestShifts: typeof shifts }).steadyTestShifts = shifts;
        const what = (node: Node | null | undefined) =>
          !node
            ? 'hidden'
            : node.parentNode === document.documentElement && (node as Element).hasAttribute?.('popover')
              ? 'card host'
              : `page ${node.nodeName}`;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Shift[])
            shifts.push({
              value: entry.value,
              afterInput: entry.hadRecentInput,
              moved: (entry.sources ?? []).map((source) => what(source.node)),
            });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.origin}/${LANGUAGES[language].article}`);
      const card = await HelpCardOnPage.attach(page);
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
      await page.bringToFront();
      await page.waitForTimeout(CARD_SETTLE_MS);
      await card.click(LANGUAGES[language].more);
      await expect.poll(() => card.has(LANGUAGES[language].notOnThisSite)).toBe(true);
      await card.click(LANGUAGES[language].close);
      await expect.poll(() => card.has(LANGUAGES[language].undo)).toBe(true);
      // Shifts are reported after the frame that made them.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(
        () => (window as unknown as { steadyTestShifts: { value: number; afterInput: boolean; moved: string[] }[] }).steadyTestShifts,
      );
      console.log(`[card] ${language}: layout shifts while the card came in, unfolded and closed`, JSON.stringify(shifts));
      expect(
        shifts.flatMap((shift) => shift.moved).filter((moved) => moved.startsWith('page')),
        'the page’s own content moved',
      ).toEqual([]);
      // Cumulative Layout Shift counts only shifts with no click or key just before: the card's own come after one.
      expect(shifts.filter((shift) => !shift.afterInput)).toEqual([]);
      await page.close();
    },
  );

  it.each(['en', 'es'] as const)(
    '%s: at 400 px wide the card covers at most a third of the window, its first actions in view',
    async (language) => {
      const { page, card } = await visit(language);
      const box = await card.box();
      const visible = await Promise.all(LANGUAGES[language].compact.map(async (name) => [name, await card.controlBox(name)] as const));
      console.log(`[card] ${language} at 400×800: card box`, box, 'first actions', Object.fromEntries(visible));
      expect(box.height).toBeLessThanOrEqual(VIEWPORT.height / 3);
      // The main number's Call and Copy and the crisis line are there without scrolling inside the card.
      for (const [name, control] of visible) {
        expect(control, name).toBeDefined();
        expect(inside(control!, box), `${name} inside the card's box`).toBe(true);
      }
      await page.close();
    },
  );

  describe.each(['en', 'es'] as const)('%s, folded, in every region', (language) => {
    it.each(REGIONS)(
      '%s: the emergency number and the crisis line’s buttons are whole in the card, at normal and larger text, with no scrolling inside',
      async (region) => {
        await writeExtensionStorage(settingsPage, { region });
        const { page, card } = await visit(language);
        const names = mustShow(region, language);
        // The main line's name tells the region's card apart: the card must be showing this region's lines.
        await expect.poll(() => card.text()).toContain(mainHelplineForRegion(region, helplinesIn(language)).name);
        for (const textSize of ['normal', 'larger'] as const) {
          await writeExtensionStorage(settingsPage, { textSize });
          const bound = textSize === 'normal' ? VIEWPORT.height / 3 : LARGER_TEXT_MAX_HEIGHT;
          await expect.poll(async () => (await card.box()).height > VIEWPORT.height / 3).toBe(textSize === 'larger');
          const box = await card.box();
          const scroll = await card.scrollSize();
          const emergency = await card.classBox('emergency');
          const controls = await Promise.all(names.map(async (name) => [name, await card.controlBox(name)] as const));
          console.log(`[card] ${language} ${region} ${textSize}`, { height: box.height, ...scroll });
          expect(box.height, 'the card’s height').toBeLessThanOrEqual(bound);
          expect(scroll.scrollHeight, 'scroll height against client height').toBeLessThanOrEqual(scroll.clientHeight);
          // The emergency line (its number, or the local-number advice where Steady has none) is whole in the card.
          expect(emergency && inside(emergency, box), 'the emergency line inside the card').toBe(true);
          for (const [name, control] of controls) {
            expect(control, name).toBeDefined();
            expect(inside(control!, box), `${name} inside the card's box`).toBe(true);
          }
        }
        await page.close();
      },
    );
  });

  it('follows the text size setting: larger makes the card’s text larger', async () => {
    const { page, card } = await visit('en');
    const fontSize = async () => Number.parseFloat(await card.computedStyle(LANGUAGES.en.warning, 'font-size'));
    const normal = await fontSize();
    await writeExtensionStorage(settingsPage, { textSize: 'larger' });
    await expect.poll(fontSize).toBeGreaterThan(normal);
    const larger = await fontSize();
    console.log('[card] body text font-size, textSize normal then larger', { normal, larger });
    expect(larger).toBeGreaterThanOrEqual(normal * 1.2);
    // Folded at larger text, the card is taller, so nothing in it scrolls, and still covers at most 47% of the window.
    expect((await card.box()).height).toBeLessThanOrEqual(LARGER_TEXT_MAX_HEIGHT);
    await page.close();
  });

  it('every button and link is at least 24×24 px, folded and unfolded', async () => {
    const { page, card } = await visit('en');
    const small = async () => (await card.controls()).filter(({ box }) => box.width < 24 || box.height < 24);
    const folded = await small();
    console.log('[card] controls under 24×24 px, folded', folded);
    await card.click(LANGUAGES.en.more);
    const unfolded = await small();
    console.log('[card] controls under 24×24 px', { folded, unfolded });
    expect(folded).toEqual([]);
    expect(unfolded).toEqual([]);
    await page.close();
  });

  it('copying neither grows the card nor pushes what is under the Copy button', async () => {
    const { page, card } = await visit('en');
    const before = { card: await card.box(), crisis: await card.controlBox('Call 988') };
    await card.click('Copy SAMHSA National Helpline details');
    await expect.poll(() => card.text()).toContain('Copied SAMHSA National Helpline details.');
    const after = { card: await card.box(), crisis: await card.controlBox('Call 988') };
    console.log('[card] before and after Copy', { before, after });
    expect(after).toEqual(before);
    await page.close();
  });

  describe('Undo after each way of making it go away', () => {
    it('Close: says so and where to change it, Undo brings the card back, and without Undo it goes', async () => {
      const { page, card } = await visit('en');
      await card.click(LANGUAGES.en.close);
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.settings);
      expect(await card.has(LANGUAGES.en.undo)).toBe(true);
      await card.click(LANGUAGES.en.undo);
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.title);
      expect(await card.count()).toBe(1);
      // Left alone, the confirmation goes after a few seconds, and the card with it.
      await card.click(LANGUAGES.en.close);
      await page.mouse.move(10, 10);
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.settings);
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
      expect(await readExtensionStorage(settingsPage)).toMatchObject({ blockedSites: [], snoozedUntil: 0 });
      await page.close();
    });

    it('Not on this site: blocks the site, Undo takes it off the list again, and help comes back there', async () => {
      const { page, card } = await visit('en');
      await card.click(LANGUAGES.en.more);
      await page.waitForTimeout(CARD_SETTLE_MS);
      await card.click(LANGUAGES.en.notOnThisSite);
      await expect.poll(() => readExtensionStorage(settingsPage).then((s) => s.blockedSites)).toEqual(['127.0.0.1']);
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.settings);
      expect(await card.text()).toContain('127.0.0.1');
      await card.click(LANGUAGES.en.undo);
      await expect.poll(() => readExtensionStorage(settingsPage).then((s) => s.blockedSites)).toEqual([]);
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.title);
      await page.reload();
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
      await page.close();
    });

    it('Snooze for a day: snoozes, Undo clears the snooze, and help comes back', async () => {
      const { page, card } = await visit('en');
      await card.click(LANGUAGES.en.more);
      await page.waitForTimeout(CARD_SETTLE_MS);
      await card.click(LANGUAGES.en.snooze);
      await expect
        .poll(() => readExtensionStorage(settingsPage).then((s) => Number(s.snoozedUntil ?? 0) - Date.now()))
        .toBeGreaterThan(23 * 3600_000);
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.settings);
      await card.click(LANGUAGES.en.undo);
      await expect.poll(() => readExtensionStorage(settingsPage).then((s) => Number(s.snoozedUntil ?? 0))).toBeLessThanOrEqual(Date.now());
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.title);
      await page.reload();
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
      await page.close();
    });

    it('from the keyboard: Close puts the focus on Undo, and Undo puts it on the card’s title', async () => {
      const { page, card } = await visit('en');
      // The page has nothing focusable: the first Tab goes to the card's first control, Close.
      await page.keyboard.press('Tab');
      await expect.poll(() => card.focusedText()).toBe('×');
      await page.keyboard.press('Enter');
      await expect.poll(() => card.text()).toContain(LANGUAGES.en.settings);
      await expect.poll(() => card.focusedText()).toBe(LANGUAGES.en.undo);
      // Held while the focus is on it: still there after the few seconds.
      await page.waitForTimeout(7_000);
      expect(await card.has(LANGUAGES.en.undo)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => card.focusedText()).toBe(LANGUAGES.en.title);
      await page.close();
    });

    it('in Spanish too: the confirmation names Steady’s settings and offers Deshacer', async () => {
      const { page, card } = await visit('es');
      await card.click(LANGUAGES.es.close);
      await expect.poll(() => card.text()).toContain(LANGUAGES.es.settings);
      await card.click(LANGUAGES.es.undo);
      await expect.poll(() => card.text()).toContain(LANGUAGES.es.title);
      await page.close();
    });
  });

  describe.each(['light', 'dark'] as const)('axe (WCAG 2.2 AA, target size included), %s', (scheme) => {
    async function axeOnCard(page: Page, card: HelpCardOnPage): Promise<string[]> {
      await card.exposeToAxe();
      const results = await new AxeBuilder({ page })
        .include('[data-steady-card-under-test]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      // Proof that axe looked inside the card, not at an empty host.
      const checked = [...results.passes, ...results.violations].flatMap((rule) => rule.nodes).length;
      expect(checked, 'nodes axe checked in the card').toBeGreaterThan(5);
      // Contrast axe could not work out would pass unseen: it must have decided every text's colours.
      const undecided = results.incomplete.filter((rule) => rule.id === 'color-contrast').flatMap((rule) => rule.nodes);
      expect(undecided.map((n) => n.target.join(' '))).toEqual([]);
      expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'target-size']));
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }

    it.each(['en', 'es'] as const)('%s: folded, unfolded, and the Undo confirmation', async (language) => {
      const { page, card } = await visit(language);
      await page.emulateMedia({ colorScheme: scheme });
      const folded = await axeOnCard(page, card);
      console.log(`[card] axe ${language} ${scheme}, folded`, folded);
      await card.click(LANGUAGES[language].more);
      const unfolded = await axeOnCard(page, card);
      await card.click(LANGUAGES[language].close);
      await expect.poll(() => card.text()).toContain(LANGUAGES[language].settings);
      const confirmation = await axeOnCard(page, card);
      console.log(`[card] axe ${language} ${scheme}`, { folded, unfolded, confirmation });
      expect({ folded, unfolded, confirmation }).toEqual({ folded: [], unfolded: [], confirmation: [] });
      await page.close();
    });
  });

  it('raised no errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
