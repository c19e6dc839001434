import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confusion, loadCorpus, SPANISH_DIR, type LoadedEntry } from '../support/corpus';
import { CHROME_E2E_BUILD, launchWithExtension, openExtensionPage, pollUntil, type ExtensionBrowser, type ExtensionGlobals } from './fixtures/extension-browser';
import { HelpCardOnPage } from './pages/help-card';

// The same bars as the unit-level corpus tests: a card on a page that is not about stopping is the worse error.
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
// A matching page shows the card within a few hundred milliseconds; a page that has not by then never will.
const DECISION_WAIT_MS = 2_500;
const TABS_AT_ONCE = 6;

describe('Spanish detector in Chromium: the blind-written Spanish corpus, each page at its own address', () => {
  let browser: ExtensionBrowser;
  const corpus = loadCorpus(SPANISH_DIR);

  beforeAll(async () => {
    browser = await launchWithExtension({ buildDir: CHROME_E2E_BUILD, locale: 'es-ES' });
    // Each page is answered from the fixture file inside the browser, at its corpus address: nothing is fetched.
    for (const entry of corpus) {
      const body = await readFile(path.join(entry.dir, entry.file));
      await browser.context.route(entry.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
    const settings = await openExtensionPage(browser, 'options.html', 'Ajustes de Steady');
    await pollUntil(
      () => settings.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.scripting.getRegisteredContentScripts().then((s) => s.length)),
      (count) => count === 1,
    );
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

  it(`shows the card on pages about stopping a benzo (precision ≥ ${MIN_PRECISION}, recall ≥ ${MIN_RECALL})`, async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const results: { entry: LoadedEntry; predicted: boolean }[] = [];
    for (let i = 0; i < corpus.length; i += TABS_AT_ONCE) {
      const batch = corpus.slice(i, i + TABS_AT_ONCE);
      results.push(...(await Promise.all(batch.map(async (entry) => ({ entry, predicted: await cardShown(entry) })))));
    }
    const scores = confusion(results.map(({ entry, predicted }) => ({ expected: entry.label === 'stopping', predicted })));
    const wrong = results.filter(({ entry, predicted }) => (entry.label === 'stopping') !== predicted).map(({ entry }) => `${entry.file} (${entry.label})`);
    // The figures the README and release notes quote come from this line.
    console.log(`Spanish corpus in Chromium: ${results.length} pages, precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}, wrong: ${wrong.join(', ') || 'none'}`);
    expect(scores.precision, wrong.join(', ')).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(scores.recall, wrong.join(', ')).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(scores.truePositive + scores.falseNegative, 'the corpus has pages about stopping').toBeGreaterThanOrEqual(10);
    expect(scores.trueNegative + scores.falsePositive, 'and hard negatives').toBeGreaterThanOrEqual(10);
  });
});
