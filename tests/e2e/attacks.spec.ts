/**
 * Attacks from an adversarial review of contextual help, reproduced in a real Chromium with the e2e build
 * (page access granted, help on). Each test asserts the FIXED behaviour, so on the code they were written
 * against they fail; the figures each one measures are printed, so a failure says by how much.
 *
 * 1a. A page can tell that Steady is reading it by timing DOM insertions under <body> against a detached node.
 * 1b. A page can make Steady's re-check after a URL change a long task it can observe.
 * 2.  The card's host element (the only part a page can see) has a size that depends on region and language,
 *     and that changes when the user copies from the card.
 * 3.  A page can make the user click "Snooze for a day" or "Not on this site" without seeing the card.
 * 4.  Pages built to make the detector's work unbounded: no task may run Steady's code for over 10 ms.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_E2E_BUILD,
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  pollUntil,
  readExtensionStorage,
  registeredScriptCount,
  waitForDetector,
  writeExtensionStorage,
  type ExtensionBrowser,
  type ExtensionGlobals,
} from './fixtures/extension-browser';
import { startFixtureServer, type FixtureServer } from './fixtures/fixture-server';
import { CARD_SETTLE_MS, HelpCardOnPage } from './pages/help-card';
import { benchStyleSlices, steadyTimePerTask, TRACE_CATEGORIES, type TraceEvent } from '../support/trace-samples';
import { compareInsertionRatios, timeInsertions } from './fixtures/insertion-timing';
import { round } from '../support/stats';

type Mode = 'off' | 'badge' | 'card';

describe('attacks on contextual help (Chromium, e2e build: page access granted)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let settingsPage: Page;
  let extensionOrigin: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchWithExtension({ buildDir: CHROME_E2E_BUILD }), startFixtureServer()]);
    extensionOrigin = `chrome-extension://${browser.extensionId}`;
    settingsPage = await openExtensionPage(browser, 'options.html', 'Steady settings');
    await waitForDetector(settingsPage);
    // Only the page under test and the settings page stay open: the first-run tab would compete for the CPU.
    for (const page of browser.context.pages()) if (page.url().includes('/welcome.html')) await page.close();
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  /** Writes settings; a change of contextualHelp waits until the background has (un)registered the detector. */
  async function setSettings(values: Record<string, unknown>): Promise<void> {
    await writeExtensionStorage(settingsPage, values);
    const mode = values.contextualHelp as Mode | undefined;
    if (mode)
      await pollUntil(
        () => registeredScriptCount(settingsPage),
        (count) => count === (mode === 'off' ? 0 : 1),
      );
  }

  /** A fresh tab on a fixture page, with a count of the extension's script worlds that start in it. */
  async function open(file: string): Promise<{ page: Page; cdp: CDPSession; steadyWorlds: () => number }> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${file}: ${error.message}`));
    const cdp = await browser.context.newCDPSession(page);
    let worlds = 0;
    (cdp as unknown as { on(event: string, listener: (e: { context: { origin: string } }) => void): void }).on(
      'Runtime.executionContextCreated',
      (e) => {
        if (e.context.origin === extensionOrigin) worlds++;
      },
    );
    await cdp.send('Runtime.enable');
    await page.goto(`${server.origin}/${file}`);
    return { page, cdp, steadyWorlds: () => worlds };
  }

  /** Opens a page and waits until Steady's detector is (badge, card) or certainly is not (off) running in it. */
  async function openWithHelp(file: string, mode: Mode) {
    const opened = await open(file);
    if (mode === 'off') {
      await opened.page.waitForTimeout(300);
      expect(opened.steadyWorlds()).toBe(0);
    } else {
      await pollUntil(
        async () => opened.steadyWorlds(),
        (n) => n > 0,
      );
      // Let its first look at the page finish before the page starts measuring.
      await opened.page.waitForTimeout(300);
    }
    return opened;
  }

  describe('1. timing side channels: a page can tell that Steady reads it', () => {
    it('1a. inserting nodes under <body> costs no more, relative to a detached node, with help on (badge) than off', async () => {
      const ROUNDS = Number(process.env.ATTACK_1A_ROUNDS ?? 2);
      const REPS = Number(process.env.ATTACK_1A_REPS ?? 30);
      const BATCH = Number(process.env.ATTACK_1A_BATCH ?? 20_000);
      const samples: Record<'off' | 'badge', { inBody: number; outside: number }[]> = { off: [], badge: [] };
      for (let r = 0; r < ROUNDS; r++) {
        // Interleaved, and alternating which goes first, so drift on a busy machine hits both alike.
        for (const mode of r % 2 ? (['badge', 'off'] as const) : (['off', 'badge'] as const)) {
          await setSettings({ contextualHelp: mode });
          const { page } = await openWithHelp('attack-neutral.html', mode);
          // The page's own script: a batch of insertions into an element under <body>, and the same into a
          // detached element, in one go each, alternating which runs first. The review timed batches of
          // 100,000; batches of 20,000 show the same gap (medians of about 2.9 with help on against 1.3 off
          // here, and 3.4-3.9 against 1.1 at 100,000) with less noise per page and time for more repetitions
          // (ATTACK_1A_BATCH=100000 runs the review's size).
          const pageSamples = await page.evaluate(timeInsertions, { n: BATCH, reps: REPS });
          samples[mode].push(...pageSamples);
          await page.close();
        }
      }
      await setSettings({ contextualHelp: 'card' });
      const { off, badge, report } = compareInsertionRatios(samples);
      console.log(`[1a] body/detached insertion-time ratio for ${BATCH} insertions, medians over ${samples.off.length} reps each`, report);
      expect(badge).toBeLessThanOrEqual(off * 1.15);
    });

    it('1b. no long task within 3 s of a URL change on a page of 200,000 elements, with help on (badge), beyond what help off shows', async () => {
      const WINDOW_MS = 3_000;
      const trial = async (mode: 'off' | 'badge') => {
        const { page } = await openWithHelp('attack-neutral.html', mode);
        // The page's own script. Its 200,000 elements are hidden by a style sheet rule (.bulk), so laying them
        // out is no long task of the page's own; Steady's reader skips only inline-hidden elements, so it still
        // walks them. Today the task shows about 0.4 s after the change (the detector's 1 s URL poll), and the
        // review saw one about 1.5 s after (its 1.5 s wait for added content to settle).
        const stamp = await page.evaluate(() => {
          const bulk = document.createElement('div');
          bulk.className = 'bulk';
          for (let i = 0; i < 200_000; i++) bulk.appendChild(document.createElement('div'));
          document.body.append(bulk);
          history.pushState({}, '', `?page=${Math.random().toString(36).slice(2)}`);
          document.body.append(document.createElement('p'));
          const urlChangedAt = performance.now();
          const w = window as unknown as { longTasks: { start: number; duration: number }[] };
          w.longTasks = [];
          // Tasks that start after the URL change only: the page's own 200,000 insertions are not counted.
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              if (entry.startTime >= urlChangedAt) w.longTasks.push({ start: entry.startTime - urlChangedAt, duration: entry.duration });
          }).observe({ type: 'longtask' });
          return urlChangedAt;
        });
        expect(stamp).toBeGreaterThan(0);
        const deadline = Date.now() + WINDOW_MS;
        let tasks: { start: number; duration: number }[] = [];
        // With help on, a trial that has already seen a long task cannot pass: stop it early to save time.
        while (Date.now() < deadline) {
          await page.waitForTimeout(250);
          tasks = await page.evaluate(() =>
            (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start <= 3_000),
          );
          if (mode === 'badge' && tasks.length > 0) break;
        }
        await page.close();
        return tasks.map((t) => ({ atMs: Math.round(t.start), ms: Math.round(t.duration) }));
      };
      const results: Record<'off' | 'badge', { atMs: number; ms: number }[][]> = { off: [], badge: [] };
      // 8 trials with help on and 2 with it off (the control), interleaved.
      const order = ['badge', 'badge', 'badge', 'off', 'badge', 'badge', 'badge', 'off', 'badge', 'badge'] as const;
      for (const mode of order) {
        await setSettings({ contextualHelp: mode });
        results[mode].push(await trial(mode));
      }
      await setSettings({ contextualHelp: 'card' });
      const rate = (mode: 'off' | 'badge') => results[mode].filter((t) => t.length > 0).length / results[mode].length;
      console.log('[1b] long tasks seen by the page within 3 s of pushState', {
        badgeTrialsWithLongTask: `${results.badge.filter((t) => t.length > 0).length}/${results.badge.length}`,
        offTrialsWithLongTask: `${results.off.filter((t) => t.length > 0).length}/${results.off.length}`,
        badge: JSON.stringify(results.badge),
        off: JSON.stringify(results.off),
      });
      expect(rate('badge')).toBeLessThanOrEqual(rate('off'));
    });
  });

  describe('2. the card host’s size says nothing about the user', () => {
    /** What the page itself can read: the one element Steady added under <html>, and its box. */
    const hostBox = (page: Page) =>
      page.evaluate(() => {
        const hosts = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
        if (hosts.length !== 1) return null;
        const { width, height } = hosts[0]!.getBoundingClientRect();
        return { width, height };
      });

    /** Waits for the card, then for its host's box to hold still for a moment. */
    async function settledHostBox(page: Page, card: HelpCardOnPage) {
      await pollUntil(
        () => card.count(),
        (n) => n === 1,
      );
      let last = JSON.stringify(await hostBox(page));
      for (;;) {
        await page.waitForTimeout(250);
        const now = JSON.stringify(await hostBox(page));
        if (now === last) return JSON.parse(now) as { width: number; height: number };
        last = now;
      }
    }

    it('the host is the same size for every region (US, GB, AU, other) and language (en, es)', async () => {
      await setSettings({ contextualHelp: 'card', blockedSites: [], snoozedUntil: 0 });
      const sizes: Record<string, string> = {};
      for (const region of ['US', 'GB', 'AU', 'OTHER']) {
        for (const language of ['en', 'es']) {
          await setSettings({ region, language });
          const { page } = await open('benzo-taper-article.html');
          const card = await HelpCardOnPage.attach(page);
          const box = await settledHostBox(page, card);
          sizes[`${region}/${language}`] = `${box.width}x${box.height}`;
          await page.close();
        }
      }
      await setSettings({ region: 'auto', language: 'auto' });
      console.log('[2] card host size (width x height) seen by the page, per region/language', sizes);
      expect(new Set(Object.values(sizes)).size).toBe(1);
    });

    it('the host keeps its size when the user copies from the card', async () => {
      await setSettings({ contextualHelp: 'card', blockedSites: [], snoozedUntil: 0, region: 'US', language: 'en' });
      const { page } = await open('benzo-taper-article.html');
      const card = await HelpCardOnPage.attach(page);
      const before = await settledHostBox(page, card);
      await page.bringToFront();
      await card.click('Copy SAMHSA National Helpline details');
      await pollUntil(
        () => card.text(),
        (text) => text.includes('Copied SAMHSA National Helpline details.'),
      );
      const after = await settledHostBox(page, card);
      console.log('[2] card host size before and after Copy', { before, after });
      await page.close();
      await setSettings({ region: 'auto', language: 'auto' });
      expect(after).toEqual(before);
    });
  });

  describe('3. clickjacking: a click on the page’s own button never reaches the card', () => {
    /** The border box of one of the card's buttons, found through the DevTools protocol (its shadow root is closed). */
    async function cardButtonBox(page: Page, name: string) {
      const cdp = await browser.context.newCDPSession(page);
      interface DomNode {
        nodeName: string;
        localName?: string;
        nodeValue?: string;
        backendNodeId: number;
        children?: DomNode[];
        shadowRoots?: DomNode[];
      }
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const textOf = (node: DomNode): string =>
        node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
      let found: DomNode | undefined;
      const walk = (node: DomNode) => {
        if (!found && node.localName === 'button' && textOf(node).trim() === name) found = node;
        [...(node.children ?? []), ...(node.shadowRoots ?? [])].forEach(walk);
      };
      walk(root);
      if (!found) throw new Error(`No "${name}" button in the card`);
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: found.backendNodeId })) as { model: { border: number[] } };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      await cdp.detach();
      return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
    }

    const SET_UPS = [
      ['cover', 'an opaque top-layer cover with pointer-events: none over the card'],
      ['wrapper', 'the card host moved into a page element at opacity 0.001'],
      ['opacity', "the host's own opacity set to 0.001 !important from script"],
    ] as const;
    // Every set-up over "Snooze for a day", and the top-layer cover over "Not on this site" too.
    const CASES = [...SET_UPS.map((setUp) => ['Snooze for a day', ...setUp] as const), ['Not on this site', ...SET_UPS[0]] as const];

    for (const [target, setUp, description] of CASES) {
      it(`"${target}" under the page's "Continue reading" button: ${description}`, async () => {
        await setSettings({ contextualHelp: 'card', blockedSites: [], snoozedUntil: 0 });
        const before = await readExtensionStorage(settingsPage);
        const { page } = await open('attack-clickjack.html');
        const card = await HelpCardOnPage.attach(page);
        await pollUntil(
          () => card.count(),
          (n) => n === 1,
        );
        await page.waitForTimeout(300);
        // Both buttons are behind "More" on the folded card. Unfolding it is harmless, so a page could lure that
        // click too: the worst case is a card already unfolded, and long enough ago that only the guard decides.
        await card.click('More');
        await page.waitForTimeout(CARD_SETTLE_MS);
        const targetBox = await cardButtonBox(page, target);
        const point = await page.evaluate(
          ([s, box]) => (window as unknown as { stageClickjack(s: string, b: object): { x: number; y: number } }).stageClickjack(s, box),
          [setUp, targetBox] as const,
        );
        await page.bringToFront();
        // ATTACK_SCREENSHOTS=dir saves what the user sees before the click.
        if (process.env.ATTACK_SCREENSHOTS)
          await page.screenshot({ path: `${process.env.ATTACK_SCREENSHOTS}/clickjack-${setUp}-${target.replace(/\W+/g, '-')}.png` });
        // The user clicks what they see: the page's button.
        await page.mouse.click(point.x, point.y);
        await page.waitForTimeout(1_000);
        const after = await readExtensionStorage(settingsPage);
        const outcome = {
          setUp,
          target,
          pageButtonClicks: await page.evaluate(() => (window as unknown as { pageButtonClicks: number }).pageButtonClicks),
          snoozedForHours: after.snoozedUntil ? round(((after.snoozedUntil as number) - Date.now()) / 3_600_000, 1) : 0,
          blockedSites: after.blockedSites,
        };
        console.log('[3] clickjacking outcome', outcome);
        await page.close();
        await setSettings({ blockedSites: [], snoozedUntil: 0 });
        expect({ snoozedUntil: after.snoozedUntil ?? 0, blockedSites: after.blockedSites ?? [] }).toEqual({
          snoozedUntil: before.snoozedUntil ?? 0,
          blockedSites: before.blockedSites ?? [],
        });
      });
    }
  });

  describe('4. pages built to make the detector’s work unbounded (help on, badge)', () => {
    /**
     * Loads a page under a trace with V8's sampling profiler on, and returns, for every task on the page's main
     * thread in which Steady's code ran, how long Steady's code ran in it (ms). A sample is Steady's when any
     * frame of its stack comes from the extension's origin (so DOM calls Steady makes count as Steady's), and a
     * garbage-collection sample counts for whoever ran just before it in the same task.
     *
     * Why not only the FunctionCall slices that tests/bench/contextual-help.ts reads: an async function resumed
     * after an await runs in the task's microtask checkpoint, which the trace shows as RunMicrotasks beside the
     * FunctionCall, with no script URL. On these pages the bench's way sees at most a few ms while one task of
     * Steady's runs for over a second; both figures are printed.
     */
    async function steadyWork(file: string): Promise<{
      perTaskMs: number[];
      perTaskWallMs: number[];
      benchSlicesMs: number[];
      readWholePageMs: number | null;
    }> {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${file}: ${error.message}`));
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      (cdp as unknown as { on(event: string, listener: (data: { value: TraceEvent[] }) => void): void }).on(
        'Tracing.dataCollected',
        (data) => events.push(...data.value),
      );
      await cdp.send('Tracing.start', {
        categories: TRACE_CATEGORIES,
        transferMode: 'ReportEvents',
      });
      await page.goto(`${server.origin}/${file}`);
      // Each page ends with a paragraph about tapering after its bulk: the toolbar badge says the detector has
      // read that far. A detector that stops early never marks it, so the wait is capped.
      const loaded = Date.now();
      const badge = () =>
        settingsPage.evaluate(async (url) => {
          const api = (globalThis as unknown as ExtensionGlobals).chrome;
          const [tab] = await api.tabs.query({ url });
          return tab?.id === undefined ? null : api.action.getBadgeText({ tabId: tab.id });
        }, page.url());
      let readWholePageMs: number | null = null;
      while (Date.now() - loaded < 8_000) {
        if ((await badge()) === 'i') {
          readWholePageMs = Date.now() - loaded;
          break;
        }
        await page.waitForTimeout(100);
      }
      await page.waitForTimeout(500);
      const done = new Promise((resolve) =>
        (cdp as unknown as { once(event: string, listener: () => void): void }).once('Tracing.tracingComplete', () => resolve(undefined)),
      );
      await cdp.send('Tracing.end');
      await done;
      await page.close();
      return {
        perTaskMs: steadyTimePerTask(events, extensionOrigin, 'cpu'),
        perTaskWallMs: steadyTimePerTask(events, extensionOrigin),
        benchSlicesMs: benchStyleSlices(events, extensionOrigin),
        readWholePageMs,
      };
    }

    const PAGES = [
      ['attack-million-elements.html', '1,000,000 empty elements'],
      ['attack-whitespace-nodes.html', '300 text nodes of 1 MB of whitespace each'],
      ['attack-backtracking-es.html', "paragraphs of 'dejé' repeated, then a digit (Spanish stem pattern backtracking)"],
    ] as const;

    for (const [file, description] of PAGES) {
      it(`${description}: no task runs Steady's code for over 10 ms`, async () => {
        await setSettings({ contextualHelp: 'badge' });
        // Held to the limit in the thread's CPU time: CI's wall clock once showed 17 ms for 5 ms of work while the
        // OS had the renderer paused. Work that is really unbounded is long in every load: the page is loaded up to
        // three times, and the test holds the best load to the limit (a planted 30 ms slice fails all three).
        const loads: Awaited<ReturnType<typeof steadyWork>>[] = [];
        do loads.push(await steadyWork(file));
        while (loads.length < 3 && Math.max(0, ...loads[loads.length - 1]!.perTaskMs) > 10);
        await setSettings({ contextualHelp: 'card' });
        const longestPerLoad = loads.map((load) => round(Math.max(0, ...load.perTaskMs), 1));
        const { perTaskMs, perTaskWallMs, benchSlicesMs, readWholePageMs } = loads[longestPerLoad.indexOf(Math.min(...longestPerLoad))]!;
        const longest = Math.max(0, ...perTaskMs);
        console.log(`[4] ${file}`, {
          longestSteadyMsPerLoad: longestPerLoad,
          badgeAfterLoadMs: readWholePageMs ?? 'not within 8 s',
          tasksWithSteadyCode: perTaskMs.length,
          longestSteadyMsInOneTask: round(longest, 1),
          longestSteadyWallMsInOneTask: round(Math.max(0, ...perTaskWallMs), 1),
          over10ms: perTaskMs.filter((ms) => ms > 10).map((ms) => round(ms, 1)),
          totalSteadyMs: round(
            perTaskMs.reduce((a, b) => a + b, 0),
            1,
          ),
          benchStyleLongestSliceMs: round(Math.max(0, ...benchSlicesMs)),
        });
        // The detector did run (otherwise there is nothing to measure).
        expect(perTaskMs.length).toBeGreaterThan(0);
        expect(longest).toBeLessThanOrEqual(10);
      });
    }
  });

  it('raised no errors on any attack page, and nothing left the machine', () => {
    expect(pageErrors).toEqual([]);
    expect(browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});
