import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confusion,
  loadCorpus,
  SPANISH_DIR,
  SPANISH_HOLDOUT_DIR,
  SPANISH_HOLDOUT_DIR_2,
  SPANISH_HOLDOUT_DIR_3,
  ENGLISH_DIR_9,
  SPANISH_DIR_7,
  HOLDOUT_DIR_7,
  SPANISH_HOLDOUT_DIR_7,
  type LoadedEntry,
} from '../support/corpus';
import {
  CHROME_E2E_BUILD,
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  waitForDetector,
  type ExtensionBrowser,
} from './fixtures/extension-browser';
import { HelpCardOnPage } from './pages/help-card';

// The same bars as the unit-level corpus tests (tests/unit/page/detector/corpus.test.ts): a card on a page that is
// not about stopping is the worse error. The first Spanish set was tuned on and holds the usual bars; the held-out
// sets, never tuned on, hold their measured levels, and so do the latest sets tuned on. The other tuning sets are
// measured in the unit suite only: they add minutes here and say nothing new about the browser.
const SETS = [
  { name: 'first Spanish corpus (tuned on)', dir: SPANISH_DIR, minPrecision: 0.95, minRecall: 0.9 },
  { name: 'Spanish held-out corpus (never tuned on)', dir: SPANISH_HOLDOUT_DIR, minPrecision: 1, minRecall: 1 },
  { name: 'second Spanish held-out set (issue 16, never tuned on)', dir: SPANISH_HOLDOUT_DIR_2, minPrecision: 1, minRecall: 1 },
  { name: 'third Spanish held-out set (issue 16, never tuned on)', dir: SPANISH_HOLDOUT_DIR_3, minPrecision: 0.95, minRecall: 0.9 },
  { name: 'ninth English corpus (issue 16, the sixth blind set, then tuned on)', dir: ENGLISH_DIR_9, minPrecision: 1, minRecall: 0.954 },
  {
    name: 'seventh Spanish corpus (issue 16, the sixth blind set, then tuned on)',
    dir: SPANISH_DIR_7,
    minPrecision: 0.954,
    minRecall: 0.954,
  },
  { name: 'seventh English held-out set (issue 16, never tuned on)', dir: HOLDOUT_DIR_7, minPrecision: 1, minRecall: 1 },
  { name: 'seventh Spanish held-out set (issue 16, never tuned on)', dir: SPANISH_HOLDOUT_DIR_7, minPrecision: 1, minRecall: 0.95 },
];
// A matching page shows the card within a few hundred milliseconds; a page that has not by then never will.
const DECISION_WAIT_MS = 2_500;
const TABS_AT_ONCE = 6;

describe('detector in Chromium: blind-written English and Spanish pages, each at its own address', () => {
  let browser: ExtensionBrowser;
  const corpus = SETS.flatMap((set) => loadCorpus(set.dir));
  /** Every request to a corpus page's made-up site is answered inside the browser: the page, or a 404 for its stylesheets. */
  const corpusOrigins = new Set(corpus.map((entry) => new URL(entry.url).origin));
  /**
   * The pages of the set being measured, by address (without any #fragment). Sets are measured one at a time and
   * two writers may have given a page the same address, so the map holds one set's pages at a time.
   */
  let pages = new Map<string, Buffer>();
  async function serve(set: LoadedEntry[]): Promise<void> {
    pages = new Map();
    for (const entry of set) pages.set(entry.url.split('#')[0]!, await readFile(path.join(entry.dir, entry.file)));
  }

  beforeAll(async () => {
    browser = await launchWithExtension({ buildDir: CHROME_E2E_BUILD, locale: 'es-ES' });
    // Each page is answered from the fixture file inside the browser, at its corpus address: nothing is fetched.
    await browser.context.route(
      (url) => corpusOrigins.has(url.origin),
      (route) => {
        const body = pages.get(route.request().url().split('#')[0]!);
        return route.fulfill(body ? { status: 200, contentType: 'text/html; charset=utf-8', body } : { status: 404, body: '' });
      },
    );
    const settings = await openExtensionPage(browser, 'options.html', 'Ajustes de Steady');
    await waitForDetector(settings);
  });
  afterAll(async () => browser?.close());

  async function cardShown(entry: LoadedEntry): Promise<boolean> {
    const page = await browser.context.newPage();
    try {
      await page.goto(entry.url);
      const card = await HelpCardOnPage.attach(page);
      const deadline = Date.now() + DECISION_WAIT_MS;
      while (Date.now() < deadline) {
        if ((await card.count()) > 0) return true;
        await page.waitForTimeout(100);
      }
      return false;
    } finally {
      await page.close();
    }
  }

  it.each(SETS)(
    '$name: the card shows on pages about stopping a benzo, at the set’s precision and recall',
    async ({ name, dir, minPrecision, minRecall }) => {
      const set = loadCorpus(dir);
      expect(set.length).toBeGreaterThanOrEqual(24);
      await serve(set);
      const results: { entry: LoadedEntry; predicted: boolean }[] = [];
      for (let i = 0; i < set.length; i += TABS_AT_ONCE) {
        const batch = set.slice(i, i + TABS_AT_ONCE);
        results.push(...(await Promise.all(batch.map(async (entry) => ({ entry, predicted: await cardShown(entry) })))));
      }
      const scores = confusion(results.map(({ entry, predicted }) => ({ expected: entry.label === 'stopping', predicted })));
      const wrong = results
        .filter(({ entry, predicted }) => (entry.label === 'stopping') !== predicted)
        .map(({ entry }) => `${entry.file} (${entry.label})`);
      // The figures the README and release notes quote come from this line.
      console.log(
        `${name} in Chromium: ${results.length} pages, precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}, wrong: ${wrong.join(', ') || 'none'}`,
      );
      expect(scores.precision, wrong.join(', ')).toBeGreaterThanOrEqual(minPrecision);
      expect(scores.recall, wrong.join(', ')).toBeGreaterThanOrEqual(minRecall);
      expect(scores.truePositive + scores.falseNegative, 'the set has pages about stopping').toBeGreaterThanOrEqual(10);
      expect(scores.trueNegative + scores.falsePositive, 'and pages that are not').toBeGreaterThanOrEqual(10);
    },
  );

  it('fetched nothing: every page came from the test’s own files, answered inside the browser', () => {
    const elsewhere = browser.requests.filter(
      (url) => !isLocalRequest(url, browser.extensionId) && !corpusOrigins.has(new URL(url).origin),
    );
    expect(elsewhere).toEqual([]);
  });
});
