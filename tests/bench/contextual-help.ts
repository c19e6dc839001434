/**
 * Prints what contextual help costs: script sizes, main-thread time added to page loads in Chromium over a control
 * extension whose content script is empty (tests/bench/control-extension.ts), the longest task the extension runs,
 * and detector throughput beside one bare RegExp. Run with `npm run bench`. It measures; it does not pass or fail.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { TopicAccumulator } from '../../page/detector/detect-topic';
import { mayNameABenzo } from '../../page/detector/naming';
import { normalizeText } from '../../page/detector/normalize-text';
import { median } from '../support/stats';
import { steadyTimePerTask, TRACE_CATEGORIES, type TraceEvent } from '../support/trace-samples';
import { CHROME_BUILD, CHROME_E2E_BUILD, CHROMIUM_PATH, launchWithExtension, unpackedExtensionId } from '../e2e/fixtures/extension-browser';
import { CONTROL_CONTENT_SCRIPT, writeControlExtension } from './control-extension';
import { LOCALES } from '../../locales/locale';
import { EXTENSION_FILES } from '../../shared/manifest';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** BENCH_E2E_BUILD=<dir> measures page loads with another e2e build (an older commit's, to compare in one sitting). */
const E2E_BUILD = process.env.BENCH_E2E_BUILD ? path.resolve(process.env.BENCH_E2E_BUILD) : CHROME_E2E_BUILD;
const SETTLE_MS = 2_500;

const NEUTRAL = [
  'The council met on Tuesday to discuss the new bus routes and the library opening hours.',
  'Rain is expected later in the week, with cooler air moving in from the north by Saturday.',
  'Local bakers shared tips on keeping bread fresh without a freezer, from linen bags to bread boxes.',
  'The museum will host a free evening of music and short talks about the history of the harbour.',
];
/** The same news as typeset prose: curly quotes and apostrophes, dashes, no-break spaces, an ellipsis. */
const TYPESET = [
  'The council met on Tuesday\u00a0— “to discuss the new bus routes” and the library’s opening hours.',
  'Rain is expected later in the week, with cooler air moving in from the north by Saturday…',
  'Local bakers shared tips on keeping bread fresh without a freezer: ‘linen bags’ to bread boxes.',
  'The museum will host a free evening of music (6–9\u00a0pm) and short talks about the harbour’s history.',
];
const TAPER = [
  'Coming off clonazepam slowly with my prescriber has taken months, and the withdrawal nights are easier now.',
  'A slow Klonopin taper, planned together and paused when symptoms flare, is the safe way to stop.',
];

function page(title: string, paragraphs: Iterable<string>): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${[...paragraphs].map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
}

function* repeat(target: number, mix: (i: number) => string): Generator<string> {
  let size = 0;
  for (let i = 0; size < target; i++) {
    const p = mix(i);
    size += p.length + 7;
    yield p;
  }
}

// A 100 KB article that is about tapering (so the detector decides yes and the card is injected), and a 5 MB
// page about nothing in particular (so the detector reads up to its cap and decides no).
const ARTICLE_100KB = page(
  'Town news: a week in the harbour',
  repeat(100_000, (i) => NEUTRAL[i % 4]!),
);
const MATCHING_100KB = page(
  'Coming off clonazepam: one reader’s slow taper',
  repeat(100_000, (i) => (i % 12 === 0 ? TAPER[i % 2]! : NEUTRAL[i % 4]!)),
);
const PAGE_5MB = page(
  'Town news archive',
  repeat(5_000_000, (i) => NEUTRAL[i % 4]!),
);

interface LoadCost {
  taskMs: number;
  /** Main-thread time in functions from Steady's detector, from its card, and the longest single one. */
  detectorMs: number;
  cardMs: number;
  longestExtensionTaskMs: number;
  /** The most time Steady's code ran in any one task, from the sampling profiler (sees code resumed after an await). */
  longestSampledTaskMs: number;
  /** All the time Steady's code ran in the page, from the same samples: the script-URL columns miss what runs after an await. */
  sampledTotalMs: number;
  /** The same, each task's share scaled by the time its thread was really on a CPU (2 CPUs shared by every process). */
  sampledCpuMs: number;
  /** Outermost script slices of the extension's files: shows the control's empty script did run. */
  extensionSlices: number;
}

async function traceLoad(context: BrowserContext, url: string, extensionOrigin: string | null): Promise<LoadCost> {
  const tab = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  (cdp as unknown as { on(event: string, listener: (data: { value: typeof events }) => void): void }).on('Tracing.dataCollected', (data) =>
    events.push(...data.value),
  );
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  const before = await cdp.send('Performance.getMetrics');
  await tab.goto(url);
  await tab.waitForTimeout(SETTLE_MS);
  const after = await cdp.send('Performance.getMetrics');
  const done = new Promise((resolve) =>
    (cdp as unknown as { once(event: string, listener: () => void): void }).once('Tracing.tracingComplete', () => resolve(undefined)),
  );
  await cdp.send('Tracing.end');
  await done;
  await tab.close();
  const metric = (m: { metrics: { name: string; value: number }[] }, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const extensionSlices = extensionOrigin
    ? events.filter(
        (e) =>
          e.ph === 'X' &&
          (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
          e.args?.data?.url?.startsWith(extensionOrigin),
      )
    : [];
  const ms = (e: (typeof events)[number]) => (e.dur ?? 0) / 1000;
  // Only outermost slices count: calls nested inside another of Steady's slices are part of its time already.
  extensionSlices.sort((a, b) => a.ts - b.ts);
  let outerEnd = -Infinity;
  const outermost = extensionSlices.filter((e) => {
    if (e.ts < outerEnd) return false;
    outerEnd = e.ts + (e.dur ?? 0);
    return true;
  });
  const sampledOrigin = extensionOrigin?.replace(/\/$/, '');
  const perTask = sampledOrigin ? steadyTimePerTask(events, sampledOrigin) : [];
  const sum = (file: RegExp) => outermost.filter((e) => file.test(e.args?.data?.url ?? '')).reduce((total, e) => total + ms(e), 0);
  return {
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    detectorMs: sum(/\/page-detector\.js$/),
    // One card script per language: whichever the page got.
    cardMs: sum(/\/help-card-\w+\.js$/),
    longestExtensionTaskMs: Math.max(0, ...outermost.map(ms)),
    longestSampledTaskMs: Math.max(0, ...perTask),
    sampledTotalMs: perTask.reduce((total, ms) => total + ms, 0),
    sampledCpuMs: sampledOrigin ? steadyTimePerTask(events, sampledOrigin, 'cpu').reduce((total, ms) => total + ms, 0) : 0,
    extensionSlices: outermost.length,
  };
}

let origin = 'http://127.0.0.1';

/** The floors every page is also loaded against, cheapest first (control-extension.ts says what each one does). */
const FLOORS = [
  { kind: 'touches-page', label: 'touches document.body, reads nothing' },
  { kind: 'reads-natively', label: 'reads body.textContent, one RegExp' },
  { kind: 'reads-text', label: 'reading floor: walks the text nodes, one RegExp' },
] as const;
/** Filled by pageLoadTable(): each floor's figures beside Steady's, page by page. */
const floorRows: Record<string, string>[] = [];

async function pageLoadTable() {
  const server = createServer((req, res) => {
    const pages: Record<string, string> = { '/article': ARTICLE_100KB, '/matching': MATCHING_100KB, '/big': PAGE_5MB };
    const body = pages[new URL(req.url ?? '/', origin).pathname] ?? '';
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const withExtension = await launchWithExtension({ buildDir: E2E_BUILD });
  // The same launcher, flags and page set-up: the three browsers differ only by which extension is loaded.
  const controlDir = writeControlExtension();
  const control = await launchWithExtension({ buildDir: controlDir });
  // The floors beside the empty control: touching the page, walking its text, reading it natively (control-extension.ts).
  const floors = await Promise.all(
    FLOORS.map(async ({ kind, label }) => {
      const dir = writeControlExtension(kind);
      return {
        kind,
        label,
        dir,
        browser: await launchWithExtension({ buildDir: dir }),
        origin: `chrome-extension://${unpackedExtensionId(dir)}/`,
      };
    }),
  );
  const extOrigin = `chrome-extension://${withExtension.extensionId}/`;
  const controlOrigin = `chrome-extension://${unpackedExtensionId(controlDir)}/`;
  // The background registers the detector at start-up: give it a moment, then close the first-run tab so every
  // browser holds only the page being measured.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  for (const page of withExtension.context.pages()) if (page.url().includes('/welcome.html')) await page.close();
  const rows = [];
  try {
    for (const [label, file] of [
      ['100 KB article, not about benzos (detector only)', '/article'],
      ['100 KB article about tapering (detector, then card)', '/matching'],
      ['5 MB page, no match (detector reads to its cap)', '/big'],
    ] as const) {
      // BENCH_PAGES=matching measures one page (a quick look at the card); unset, all three.
      if (process.env.BENCH_PAGES && !file.includes(process.env.BENCH_PAGES)) continue;
      const on: LoadCost[] = [];
      const off: LoadCost[] = [];
      const atFloor: LoadCost[][] = floors.map(() => []);
      for (let i = 0; i <= RUNS; i++) {
        const a = await traceLoad(withExtension.context, `${origin}${file}?run=${i}`, extOrigin);
        const b = await traceLoad(control.context, `${origin}${file}?run=${i}`, controlOrigin);
        const c: LoadCost[] = [];
        for (const floor of floors) c.push(await traceLoad(floor.browser.context, `${origin}${file}?run=${i}`, floor.origin));
        // The first round warms every browser up.
        if (i > 0) {
          on.push(a);
          off.push(b);
          for (const [f, cost] of c.entries()) atFloor[f]!.push(cost);
        }
      }
      const controlMs = median(off.map((c) => c.taskMs));
      const steadyMs = median(on.map((c) => c.taskMs));
      const reading = atFloor[FLOORS.findIndex((floor) => floor.kind === 'reads-text')]!;
      const readingMs = median(reading.map((c) => c.taskMs));
      floors.forEach((floor, f) => {
        const costs = atFloor[f]!;
        floorRows.push({
          page: label,
          floor: floor.label,
          'page time (median ms)': median(costs.map((c) => c.taskMs)).toFixed(1),
          'added over empty control (ms)': (median(costs.map((c) => c.taskMs)) - controlMs).toFixed(1),
          'its code, on-CPU share of samples (median ms)': median(costs.map((c) => c.sampledCpuMs)).toFixed(2),
          "Steady's code, the same way (median ms)": median(on.map((c) => c.sampledCpuMs)).toFixed(2),
        });
      });
      rows.push({
        page: label,
        'control: empty content script (median ms)': controlMs.toFixed(1),
        'control script ran (loads)': `${off.filter((c) => c.extensionSlices > 0).length}/${off.length}`,
        'with Steady (median ms)': steadyMs.toFixed(1),
        'added over control (ms)': (steadyMs - controlMs).toFixed(1),
        'Steady / control': (steadyMs / controlMs).toFixed(2),
        'detector script time (median ms)': median(on.map((c) => c.detectorMs)).toFixed(2),
        'card script time (median ms)': median(on.map((c) => c.cardMs)).toFixed(2),
        "Steady's longest slice, script-URL events (max over runs, ms)": Math.max(...on.map((c) => c.longestExtensionTaskMs)).toFixed(2),
        "Steady's code in one task, profiler samples (max over runs, ms)": Math.max(...on.map((c) => c.longestSampledTaskMs)).toFixed(2),
        "Steady's code in all tasks, profiler samples (median ms)": median(on.map((c) => c.sampledTotalMs)).toFixed(2),
        "Steady's code in all tasks, on-CPU share of samples (median ms)": median(on.map((c) => c.sampledCpuMs)).toFixed(2),
        'reading floor: text-walk control (median ms)': readingMs.toFixed(1),
        'reading floor: added over empty control (ms)': (readingMs - controlMs).toFixed(1),
        "reading floor's code, on-CPU share of samples (median ms)": median(reading.map((c) => c.sampledCpuMs)).toFixed(2),
      });
    }
  } finally {
    await withExtension.close();
    await control.close();
    rmSync(controlDir, { recursive: true, force: true });
    for (const floor of floors) {
      await floor.browser.close();
      rmSync(floor.dir, { recursive: true, force: true });
    }
    server.close();
  }
  return rows;
}

function throughputTable() {
  const time = (fn: () => void) => {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      fn();
      samples.push(performance.now() - t);
    }
    return median(samples);
  };
  // Text that never names a benzo (what almost every page is), in plain ASCII and as pages are really typeset (curly
  // quotes, dashes, no-break spaces), and text that names one every few sentences.
  const texts = [
    ['5 MB not about benzos', [...repeat(5_000_000, (i) => NEUTRAL[i % 4]!)].join(' ')],
    ['5 MB not about benzos, typeset', [...repeat(5_000_000, (i) => TYPESET[i % 4]!)].join(' ')],
    ['5 MB naming a benzo in every chunk', [...repeat(5_000_000, (i) => (i % 40 === 0 ? TAPER[i % 2]! : NEUTRAL[i % 4]!))].join(' ')],
  ] as const;
  return texts.flatMap(([label, text]) => {
    const mb = text.length / 1_000_000;
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 4_000) chunks.push(text.slice(i, i + 4_000));
    const detectorMs = time(() => {
      const acc = new TopicAccumulator();
      for (const chunk of chunks) acc.add('body', chunk);
    });
    const bare = /clonazepam/;
    const bareMs = time(() => {
      for (const chunk of chunks) bare.test(chunk.toLowerCase());
    });
    // The first look on every page: the same chunks, searched for a name only.
    const firstLookMs = time(() => {
      for (const chunk of chunks) mayNameABenzo(normalizeText(chunk));
    });
    return [
      {
        text: label,
        matcher: 'first look, on every page (normalise, look for a name)',
        'MB/s': (mb / (firstLookMs / 1000)).toFixed(1),
        'ms for 5 MB': firstLookMs.toFixed(1),
        'share of control': `${((bareMs / firstLookMs) * 100).toFixed(1)}%`,
      },
      {
        text: label,
        matcher: 'close reader, only on pages naming a benzo (normalise, look for a name; score once one appears)',
        'MB/s': (mb / (detectorMs / 1000)).toFixed(1),
        'ms for 5 MB': detectorMs.toFixed(1),
        'share of control': `${((bareMs / detectorMs) * 100).toFixed(1)}%`,
      },
      {
        text: label,
        matcher: 'control: one bare RegExp.test(/clonazepam/) on lower-cased text',
        'MB/s': (mb / (bareMs / 1000)).toFixed(1),
        'ms for 5 MB': bareMs.toFixed(1),
        'share of control': '100%',
      },
    ];
  });
}

function sizeTable() {
  const control = writeControlExtension();
  try {
    const row = (file: string, role: string, dir = CHROME_BUILD) => {
      const bytes = readFileSync(path.join(dir, file));
      return { file, role, bytes: bytes.length, gzip: gzipSync(bytes).length };
    };
    return [
      row('page-detector.js', 'runs on every page (when turned on): the first look'),
      row(EXTENSION_FILES.pageReader.slice(1), 'the close reader: injected only where a benzo is named'),
      row(CONTROL_CONTENT_SCRIPT, 'control: the empty content script', control),
      ...LOCALES.map((locale) =>
        row(EXTENSION_FILES.helpCard[locale].slice(1), `injected only after a match, reader's language ${locale}`),
      ),
      row('background.js', 'background'),
    ];
  } finally {
    rmSync(control, { recursive: true, force: true });
  }
}

console.log('Contextual help: script sizes (production Chrome build)');
console.table(sizeTable());
console.log('Detector throughput on plain text (Node, this machine)');
console.table(throughputTable());
console.log(
  `Page loads in ${CHROMIUM_PATH}, headless, ${RUNS} runs each after a warm-up, pages served from 127.0.0.1 (e2e build ${path.relative('.', E2E_BUILD)}: contextual help on)`,
);
console.table(await pageLoadTable());
console.log(
  "The floors: what the least a content script can do on the same pages costs (added over the empty control, and its own code's time).",
);
console.table(floorRows);
console.log(
  "Targets (issue 16): pages not about benzos add at most 1 ms over the control, and no task of Steady's runs over 10 ms; a " +
    'matching page adds at most 8 ms; page script at most 6 KB gzip, card script at most 10 KB gzip; detector throughput at ' +
    'least 50% of the bare RegExp. "Added" is a difference of two noisy medians; the script-time columns are Steady\'s own ' +
    "work, read from a Chromium trace. The reading floor is a control that reads the body's text once and does nothing else: " +
    'what any detector that reads a page costs at the least.',
);
