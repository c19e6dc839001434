/**
 * Prints how fast the popup paints when popup.html is opened in Debian's Chromium from the production build,
 * beside an empty extension page loaded the same way, so the browser's own floor is visible; and every script the
 * browser fetched before the first paint (modules, preloads and dynamic imports alike), in English and in Spanish.
 * Run with `npm run bench`. It measures; it does not pass or fail.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import {
  CHROME_BUILD,
  type ExtensionBrowser,
  launchWithExtension,
  toolbarPopupFile,
  writeExtensionStorage,
} from '../e2e/fixtures/extension-browser';
import { median } from '../support/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
// Another build to measure (an older one, say); the production Chrome build by default.
const BUILD = process.env.BENCH_BUILD ? path.resolve(process.env.BENCH_BUILD) : CHROME_BUILD;
const BUDGET_MS = 100;
const BLANK_PAGE = 'bench-blank.html';

interface PaintTiming {
  firstContentfulPaint: number;
  domContentLoaded: number;
  /** When the popup's script finished its first render (popup only). */
  rendered?: number;
}

// A string, so the bundler's helper names cannot leak into the page.
const READ_PAINT_TIMING = `new Promise((resolve) => {
  const read = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    if (fcp === undefined || !nav || !nav.domContentLoadedEventEnd) return requestAnimationFrame(read);
    const rendered = performance.getEntriesByName('steady:popup-rendered')[0]?.startTime;
    resolve({ firstContentfulPaint: fcp, domContentLoaded: nav.domContentLoadedEventEnd, rendered });
  };
  read();
})`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Every script the page asked for before its first contentful paint (its module, preloads and dynamic imports
 * alike), from the browser's own network and paint events on one clock: what the first paint really cost.
 */
async function scriptsBeforePaint(browser: ExtensionBrowser, file: string): Promise<string[]> {
  const page: Page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const requests: { path: string; at: number }[] = [];
  let paintedAt: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.pathname.endsWith('.js')) requests.push({ path: url.pathname.slice(1), at: event.timestamp });
  });
  cdp.on('Page.lifecycleEvent', (event) => {
    if (event.name === 'firstContentfulPaint') paintedAt ??= event.timestamp;
  });
  await cdp.send('Network.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  await page.evaluate(READ_PAINT_TIMING);
  const painted = paintedAt;
  await page.close();
  if (painted === undefined) throw new Error('No first contentful paint event');
  return requests.filter((request) => request.at < painted).map((request) => request.path);
}

/** Gzip bytes of each script, as read from the build the browser loaded. */
function gzipSizes(buildDir: string, files: readonly string[]): { file: string; gzip: number }[] {
  return files.map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(buildDir, file))).length }));
}

// A copy of the build with one empty page added: the same browser, profile and extension process.
const buildCopy = mkdtempSync(path.join(tmpdir(), 'steady-bench-'));
cpSync(BUILD, buildCopy, { recursive: true });
writeFileSync(path.join(buildCopy, BLANK_PAGE), '<!doctype html><html lang="en"><title>blank</title><p>Blank page</p></html>');

const browser = await launchWithExtension({ buildDir: buildCopy });
try {
  const samples: Record<string, PaintTiming[]> = { [BLANK_PAGE]: [], 'popup.html': [] };
  // Interleaved, after one warm-up round, so machine noise hits both pages alike.
  for (let run = 0; run <= RUNS; run++) {
    for (const file of Object.keys(samples)) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
      const timing = (await page.evaluate(READ_PAINT_TIMING)) as PaintTiming;
      if (run > 0) samples[file]!.push(timing);
      await page.close();
    }
  }
  const row = (label: string, values: number[]) => ({
    measure: label,
    'median ms': median(values).toFixed(1),
    'p95 ms': percentile(values, 95).toFixed(1),
    'max ms': Math.max(...values).toFixed(1),
  });
  const popup = samples['popup.html']!;
  const blank = samples[BLANK_PAGE]!;
  console.log(`Popup paint: ${RUNS} loads each, ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} headless, production build`);
  console.table([
    row(
      'popup: first contentful paint',
      popup.map((t) => t.firstContentfulPaint),
    ),
    row(
      'empty extension page: first contentful paint',
      blank.map((t) => t.firstContentfulPaint),
    ),
    row(
      'popup minus empty page (paired): what Steady adds',
      popup.map((t, i) => t.firstContentfulPaint - blank[i]!.firstContentfulPaint),
    ),
    row(
      'popup: script done rendering',
      popup.map((t) => t.rendered ?? Number.NaN),
    ),
    row(
      'popup: DOMContentLoaded',
      popup.map((t) => t.domContentLoaded),
    ),
  ]);
  const ratio = (measure: (values: number[]) => number) =>
    (measure(popup.map((t) => t.firstContentfulPaint)) / measure(blank.map((t) => t.firstContentfulPaint))).toFixed(2);
  console.log(`Popup / empty page, first paint: median ×${ratio(median)}, p95 ×${ratio((v) => percentile(v, 95))} (target ≤ ×1.5).`);
  // Scripts before paint in English (the browser's language), then with Spanish chosen in the settings: each time on
  // the page the toolbar button opens, which the background points at the reader's language.
  const settingsPage = await browser.context.newPage();
  await settingsPage.goto(`chrome-extension://${browser.extensionId}/${BLANK_PAGE}`);
  const scriptsFor = { en: await scriptsBeforePaint(browser, await toolbarPopupFile(settingsPage, 'popup.html')), es: [] as string[] };
  await writeExtensionStorage(settingsPage, { language: 'es' });
  scriptsFor.es = await scriptsBeforePaint(browser, await toolbarPopupFile(settingsPage, 'popup-es.html'));
  await settingsPage.close();
  for (const [language, files] of Object.entries(scriptsFor)) {
    const scripts = gzipSizes(buildCopy, files);
    console.table(scripts);
    console.log(
      `JavaScript fetched before the popup's first paint (${language}, ${language === 'es' ? 'popup-es.html' : 'popup.html'}): ${scripts.reduce((sum, s) => sum + s.gzip, 0)} bytes gzip in ${scripts.length} files (target ≤ 30 KB, the reader's language only).`,
    );
  }
  console.log(`Budget: first paint under ${BUDGET_MS} ms.`);
} finally {
  await browser.close();
  rmSync(buildCopy, { recursive: true, force: true });
}
