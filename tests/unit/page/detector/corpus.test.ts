import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shouldOfferHelp, type TopicDecision } from '@/page/detector/detect-topic';
import {
  confusion,
  CORPUS_DIR,
  checkFixture,
  decideFixture,
  decideFixtureReadingEverything,
  HOLDOUT_DIR,
  loadCorpus,
  SPANISH_DIR,
  SPANISH_DIR_2,
  SPANISH_DIR_3,
  SPANISH_HOLDOUT_DIR,
  ENGLISH_DIR_4,
  ENGLISH_DIR_5,
  SPANISH_HOLDOUT_DIR_2,
  ENGLISH_DIR_6,
  SPANISH_HOLDOUT_DIR_3,
  ENGLISH_DIR_8,
  SPANISH_DIR_6,
  ENGLISH_DIR_7,
  SPANISH_DIR_5,
  SPANISH_DIR_4,
  HOLDOUT_DIR_7,
  SPANISH_HOLDOUT_DIR_7,
  ENGLISH_DIR_9,
  SPANISH_DIR_7,
  type LoadedEntry,
} from '@/tests/support/corpus';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
/** [precision, recall] a set must reach at each level. */
type Floors = Record<'stopping' | 'any', readonly [number, number]>;
const GOAL: Floors = { stopping: [MIN_PRECISION, MIN_RECALL], any: [MIN_PRECISION, MIN_RECALL] };

interface CorpusCase {
  name: string;
  dir: string;
  minPages: number;
  minNegatives: number;
  minSearches: number;
  /** Below the goal only where a set's measured level is, until the detector reaches it. */
  floors?: Floors;
}

// Labelled sets, each written blind to the detector: the English tuning corpus (the detector was adjusted after
// seeing its errors), an English held-out set that was only ever measured, never tuned on, a Spanish set
// (measured blind at precision 1.000 / recall 0.933, then one vocabulary entry was removed after its one miss), and
// a second Spanish set (measured blind at precision 0.800 / recall 0.364, which showed the Spanish vocabulary was
// far too thin; the detector was then adjusted on it, so it now measures tuning, not generalisation), and a third
// Spanish set written after that (measured blind at precision 1.000 / recall 0.385: slang, regional verbs and brand
// names the vocabulary lacked; then tuned on).
describe.each([
  { name: 'tuning corpus', dir: CORPUS_DIR, minPages: 50, minNegatives: 14, minSearches: 5 },
  { name: 'held-out corpus', dir: HOLDOUT_DIR, minPages: 40, minNegatives: 14, minSearches: 5 },
  { name: 'Spanish corpus', dir: SPANISH_DIR, minPages: 30, minNegatives: 11, minSearches: 4 },
  { name: 'second Spanish corpus', dir: SPANISH_DIR_2, minPages: 24, minNegatives: 7, minSearches: 0 },
  { name: 'third Spanish corpus', dir: SPANISH_DIR_3, minPages: 30, minNegatives: 9, minSearches: 1 },
  // Written blind for issue 16 (slang-only threads, the drug named once, carers, comment sections, look-alikes) and
  // measured before any change: English precision 0.500 / recall 0.118, Spanish 0.750 / 0.200 at the default level
  // (any benzo page: 0.800 / 0.381 and 0.875 / 0.389). The detector was then tuned on them (a page-level model, street
  // names, taper jargon, "benzo" alone only beside a real name): English 1.000 / 1.000 (any: 1.000 / 0.952), Spanish
  // 1.000 / 1.000 (any: 1.000 / 1.000). They now measure tuning, not generalisation.
  { name: 'fourth English corpus', dir: ENGLISH_DIR_4, minPages: 34, minNegatives: 13, minSearches: 1 },
  { name: 'fourth Spanish corpus', dir: SPANISH_DIR_4, minPages: 30, minNegatives: 12, minSearches: 1 },
  // Written blind after the third Spanish set, never tuned on: measured at precision 0.909 / recall 0.769 at the
  // default level (0.950 / 0.905 for any benzo page); after the issue 16 changes, untouched, 0.929 / 1.000 (0.955 / 1.000).
  {
    name: 'Spanish held-out corpus',
    dir: SPANISH_HOLDOUT_DIR,
    minPages: 30,
    minNegatives: 8,
    minSearches: 0,
  },
  // Written blind for issue 16 by a second writer. Measured on arrival, before the detector was changed for the
  // fourth sets: English precision 1.000 / recall 0.278, Spanish 1.000 / 0.500 at the default level (any benzo page:
  // 0.909 / 0.455 and 1.000 / 0.600). Measured again, untouched, after that tuning: English 1.000 / 0.778, Spanish
  // 1.000 / 1.000 (any: 1.000 / 0.727 and 1.000 / 0.900). The English set's four misses were then tuned on (reduction
  // words, street names that mean nothing else): 1.000 / 0.944 (any: 1.000 / 0.864); it is a tuning set now. The
  // Spanish one was not looked at and stays held out.
  {
    name: 'fifth English corpus',
    dir: ENGLISH_DIR_5,
    minPages: 36,
    minNegatives: 14,
    minSearches: 2,
  },
  {
    name: 'second Spanish held-out set',
    dir: SPANISH_HOLDOUT_DIR_2,
    minPages: 32,
    minNegatives: 12,
    minSearches: 2,
    floors: { stopping: [1, 1], any: [1, 0.9] },
  },
  // Written blind for issue 16 by a third writer after the second round of tuning, and measured once: English precision
  // 1.000 / recall 0.700, Spanish 1.000 / 1.000 at the default level (any benzo page: 1.000 / 0.640 and 1.000 / 1.000).
  // The English set's misses were then tuned on (brand names used outside the US, misspellings, "wd", going back up):
  // 1.000 / 0.950 (any: 1.000 / 0.840); it is a tuning set now. The Spanish one was not looked at and stays held out.
  {
    name: 'sixth English corpus',
    dir: ENGLISH_DIR_6,
    minPages: 40,
    minNegatives: 15,
    minSearches: 2,
    floors: { stopping: [1, 1], any: [1, 0.88] },
  },
  { name: 'third Spanish held-out set', dir: SPANISH_HOLDOUT_DIR_3, minPages: 30, minNegatives: 12, minSearches: 2 },
  // Written blind for issue 16 by a fourth writer after the third round of tuning (short pages, 150-330 words) and
  // measured once: English precision 1.000 / recall 0.727, Spanish 1.000 / 0.583 at the default level (any benzo page:
  // 1.000 / 0.741 and 1.000 / 0.667). Then tuned on (a lower bar for short pages with a stopping word beside the name,
  // everyday Spanish for going slowly and the last dose): English 1.000 / 0.864, Spanish 1.000 / 0.833 (any: 0.815 and 0.867).
  {
    name: 'seventh English corpus',
    dir: ENGLISH_DIR_7,
    minPages: 44,
    minNegatives: 17,
    minSearches: 1,
    floors: { stopping: [1, 0.909], any: [1, 0.851] },
  },
  {
    name: 'fifth Spanish corpus',
    dir: SPANISH_DIR_5,
    minPages: 24,
    minNegatives: 9,
    minSearches: 1,
    floors: { stopping: [1, 0.916], any: [1, 0.933] },
  },
  // Written blind for issue 16 by a fifth writer after every detector change and measured once: English precision
  // 1.000 / recall 0.750, Spanish 1.000 / 0.850 at the default level (any benzo page: 1.000 / 0.760 and 1.000 / 0.840).
  // Measured again, untouched, after nothing but the sixth sets had arrived; then tuned on (a short page that names one
  // benzo and no other subject needs less taper talk; "clona", "down to my last"): English 1.000 / 0.900, Spanish
  // 1.000 / 0.950 (any: 0.880 and 0.920). They are tuning sets now.
  {
    name: 'eighth English corpus',
    dir: ENGLISH_DIR_8,
    minPages: 40,
    minNegatives: 15,
    minSearches: 2,
    floors: { stopping: [1, 0.9], any: [1, 0.88] },
  },
  {
    name: 'sixth Spanish corpus',
    dir: SPANISH_DIR_6,
    minPages: 40,
    minNegatives: 15,
    minSearches: 2,
    floors: { stopping: [1, 0.95], any: [1, 0.92] },
  },
  // Written blind for issue 16 by two more writers (one per language, 44 pages each, 22 about stopping) after the
  // fifth sets, and measured on arrival before any change: English precision 1.000 / recall 0.773, Spanish 0.933 /
  // 0.636 at the default level (any benzo page: 1.000 / 0.821 and 1.000 / 0.714). Measured once more after tuning on
  // the fifth sets alone (English 1.000 / 0.818, Spanish 0.895 / 0.773: that round cost Spanish precision), then tuned
  // on (everyday words such as café no longer count as a rival subject, "se me quita" is not stopping, "vensos",
  // "klons", "adavan"): English 1.000 / 0.955, Spanish 0.955 / 0.955 (any: 0.964 and 0.964). Tuning sets now.
  {
    name: 'ninth English corpus',
    dir: ENGLISH_DIR_9,
    minPages: 44,
    minNegatives: 16,
    minSearches: 0,
    floors: { stopping: [1, 0.954], any: [1, 0.963] },
  },
  {
    name: 'seventh Spanish corpus',
    dir: SPANISH_DIR_7,
    minPages: 44,
    minNegatives: 16,
    minSearches: 0,
  },
  // Written blind for issue 16 by two more writers (one per language, 40 pages each, 20 about stopping, one search
  // page) after every detector change, and measured once on arrival: English precision 1.000 / recall 1.000, Spanish
  // 1.000 / 0.950 at the default level (any benzo page: 1.000 / 0.962 and 1.000 / 1.000). Never tuned on: the honest
  // measure. Floors are those levels.
  {
    name: 'seventh English held-out set',
    dir: HOLDOUT_DIR_7,
    minPages: 40,
    minNegatives: 14,
    minSearches: 1,
    floors: { stopping: [1, 1], any: [1, 0.961] },
  },
  {
    name: 'seventh Spanish held-out set',
    dir: SPANISH_HOLDOUT_DIR_7,
    minPages: 40,
    minNegatives: 14,
    minSearches: 1,
    floors: { stopping: [1, 0.95], any: [1, 1] },
  },
] as CorpusCase[])('detector on the $name', ({ name, dir, minPages, minNegatives, minSearches, floors = GOAL }) => {
  const corpus = loadCorpus(dir);
  const decisions = new Map<string, TopicDecision>();

  beforeAll(async () => {
    for (const entry of corpus) decisions.set(entry.file, await decideFixture(entry));
  });

  it(`has at least ${minPages} labelled pages, every file present, with hard negatives and search pages`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(minPages);
    for (const entry of corpus) expect(existsSync(path.join(dir, entry.file)), entry.file).toBe(true);
    expect(corpus.filter((e) => e.label === 'none').length).toBeGreaterThanOrEqual(minNegatives);
    expect(corpus.filter((e) => e.genre === 'search').length).toBeGreaterThanOrEqual(minSearches);
  });

  function report(level: 'stopping' | 'any', isPositive: (e: LoadedEntry) => boolean) {
    const pairs = corpus.map((entry) => ({
      entry,
      expected: isPositive(entry),
      predicted: shouldOfferHelp(decisions.get(entry.file)!, level),
    }));
    const result = confusion(pairs);
    const misses = pairs.filter((p) => p.expected !== p.predicted).map((p) => `${p.expected ? 'missed' : 'false alarm'}: ${p.entry.file}`);
    console.log(
      `[detector] ${name}, level "${level}", ${corpus.length} pages: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
        `(TP ${result.truePositive}, FP ${result.falsePositive}, FN ${result.falseNegative}, TN ${result.trueNegative})` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    return result;
  }

  it(`reaches precision ≥ ${floors.stopping[0]} and recall ≥ ${floors.stopping[1]} at the default level (pages about stopping)`, () => {
    const result = report('stopping', (e) => e.label === 'stopping');
    expect(result.precision).toBeGreaterThanOrEqual(floors.stopping[0]);
    expect(result.recall).toBeGreaterThanOrEqual(floors.stopping[1]);
  });

  it(`offers help on any benzo page at the wider level (precision ≥ ${floors.any[0]}, recall ≥ ${floors.any[1]}), and still not on hard negatives`, () => {
    const result = report('any', (e) => e.label !== 'none');
    expect(result.precision).toBeGreaterThanOrEqual(floors.any[0]);
    expect(result.recall).toBeGreaterThanOrEqual(floors.any[1]);
  });
});

// Until a benzo is named the accumulator only looks for a name and keeps the text; this proves that shortcut never
// changes a decision, on every labelled page (issue 16: the cost on pages that are not about benzos).
describe('waiting for a benzo to be named before scoring', () => {
  const pages = readdirSync(path.resolve('tests/fixtures'))
    .filter((set) => set.startsWith('detection-'))
    .flatMap((set) => loadCorpus(path.resolve('tests/fixtures', set)));

  it('decides every labelled page exactly as scoring everything from the start does', async () => {
    expect(pages.length).toBeGreaterThan(600);
    let neverNamed = 0;
    for (const entry of pages) {
      const waiting = await decideFixtureReadingEverything(entry);
      const eager = await decideFixtureReadingEverything(entry, { waitForAName: false });
      const label = `${entry.dir}/${entry.file}`;
      for (const level of ['stopping', 'any'] as const) {
        expect(shouldOfferHelp(waiting, level), label).toBe(shouldOfferHelp(eager, level));
      }
      expect([waiting.aboutBenzos, waiting.aboutStopping, waiting.prominentBenzo], label).toEqual([
        eager.aboutBenzos,
        eager.aboutStopping,
        eager.prominentBenzo,
      ]);
      if (eager.score.benzo > 0) expect(waiting, label).toEqual(eager);
      else neverNamed++;
    }
    // Both kinds are well represented: pages that name a benzo, and pages that never do.
    expect(neverNamed).toBeGreaterThan(100);
    expect(pages.length - neverNamed).toBeGreaterThan(300);
  }, 120_000);
});

// Every page gets a first look for a benzo's name (URL, title, then the body's text), and most pages end there,
// without the close reader; this proves that never changes a decision (issue 16: the cost on pages that are not
// about benzos).
describe('the first look for a name before any close reading', () => {
  const pages = readdirSync(path.resolve('tests/fixtures'))
    .filter((set) => set.startsWith('detection-'))
    .flatMap((set) => loadCorpus(path.resolve('tests/fixtures', set)));

  it('decides every labelled page exactly as reading every page closely does', async () => {
    const count = { ended: 0, passedOn: 0, passedOnButNeverNamed: 0 };
    for (const entry of pages) {
      const quick = await checkFixture(entry);
      const close = await checkFixture(entry, { firstLook: false });
      expect(quick.decision, `${entry.dir}/${entry.file}`).toEqual(close.decision);
      if (quick.endedAtFirstLook) count.ended++;
      else {
        count.passedOn++;
        if (close.decision.score.benzo === 0) count.passedOnButNeverNamed++;
      }
    }
    // Measured on 2026-12-01 (748 pages): the first look ends 221 and passes 527 on to the close reader, 8 of
    // which, read closely, count no benzo mention: a street name near a stopping word is enough to read a page
    // closely, not always to count, and the first look also reads comments, short scripts and hidden parts, which
    // the close reader skips. When it read the body as the close reader does, it ended 226 and passed on 3 such
    // pages.
    expect(count).toEqual({ ended: 221, passedOn: 527, passedOnButNeverNamed: 8 });
  }, 120_000);

  it('decides every labelled page exactly as the close reader does when the page comes minified', async () => {
    // With no whitespace between tags, only the space the reader puts between text nodes keeps words apart.
    let ended = 0;
    for (const entry of pages) {
      const quick = await checkFixture(entry, { minified: true });
      const close = await checkFixture(entry, { minified: true, firstLook: false });
      expect(quick.decision, `${entry.dir}/${entry.file}`).toEqual(close.decision);
      if (quick.endedAtFirstLook) ended++;
    }
    expect(ended).toBeGreaterThan(200);
  }, 120_000);
});
