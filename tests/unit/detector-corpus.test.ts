import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shouldOfferHelp, type TopicDecision } from '../../utils/detection/detect-topic';
import { confusion, CORPUS_DIR, decideFixture, loadCorpus, type CorpusEntry } from '../support/corpus';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

describe('detector on the labelled corpus', () => {
  const corpus = loadCorpus();
  const decisions = new Map<string, TopicDecision>();

  beforeAll(async () => {
    for (const entry of corpus) decisions.set(entry.file, await decideFixture(entry));
  });

  it('has at least 50 labelled pages, every file present, with hard negatives and search pages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    for (const entry of corpus) expect(existsSync(path.join(CORPUS_DIR, entry.file)), entry.file).toBe(true);
    expect(corpus.filter((e) => e.label === 'none').length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((e) => e.genre === 'search').length).toBeGreaterThanOrEqual(8);
  });

  function report(level: 'stopping' | 'any', isPositive: (e: CorpusEntry) => boolean) {
    const pairs = corpus.map((entry) => ({
      entry,
      expected: isPositive(entry),
      predicted: shouldOfferHelp(decisions.get(entry.file)!, level),
    }));
    const result = confusion(pairs);
    const misses = pairs.filter((p) => p.expected !== p.predicted).map((p) => `${p.expected ? 'missed' : 'false alarm'}: ${p.entry.file}`);
    console.log(
      `[detector] level "${level}" on ${corpus.length} pages: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
        `(TP ${result.truePositive}, FP ${result.falsePositive}, FN ${result.falseNegative}, TN ${result.trueNegative})` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    return result;
  }

  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} at the default level (pages about stopping)`, () => {
    const result = report('stopping', (e) => e.label === 'stopping');
    expect(result.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(result.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('offers help on any benzo page at the wider level, and still not on hard negatives', () => {
    const result = report('any', (e) => e.label !== 'none');
    expect(result.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(result.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
