import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TopicAccumulator } from '@/page/detector/detect-topic';
import { byFirstLetter } from '@/page/detector/naming-sources';
import { normalizeText } from '@/page/detector/normalize-text';
import { DEFAULT_READ_LIMITS } from '@/page/detector/read-page-text';
import * as vocabulary from '@/page/detector/vocabulary';
import { CORPUS_DIR, HOLDOUT_DIR, SPANISH_DIR, SPANISH_DIR_2, SPANISH_DIR_3, SPANISH_HOLDOUT_DIR } from '@/tests/support/corpus';
import { sampleTerm, type Pick } from '@/tests/support/term-samples';

const LISTS = Object.entries(vocabulary).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));
const TERMS = LISTS.flatMap(([list, terms]) => terms.map((term) => ({ list, term })));

/** The most text the page reader hands the matcher at once: it flushes once a chunk reaches chunkChars. */
const CHUNK = DEFAULT_READ_LIMITS.chunkChars * 2;
/** Worst adversarial chunk against ordinary prose of the same length, timed in the same run. */
const MAX_RATIO = 10;
/** And never more than this, however slow the machine: the reader's whole slice is 5 ms on a real page. */
const MAX_CHUNK_MS = 50;

function fill(unit: string, tail: string): string {
  return unit.repeat(Math.ceil(CHUNK / unit.length)).slice(0, CHUNK - tail.length) + tail;
}

const TAILS = ['1', '.', '9!', '…', 'é0'];

/** Text built to make a backtracking matcher slow: words run together, runs of accented letters, near-misses. */
function adversarialChunks(word: string): { shape: string; text: string }[] {
  const stem = word.slice(0, -1);
  const shapes: Record<string, string> = {
    repeated: word,
    'accent joined': `${word}é`,
    'long accented ending': `${word}${'áéíóúñü'.repeat(5)}`,
    'near miss': `${stem}é`,
    'near miss, wrong letter': `${stem}x`,
    'space separated': `${word} `,
    'hyphen separated': `${word}-`,
    'digit joined': `${word}7`,
  };
  return Object.entries(shapes).map(([shape, unit], i) => ({ shape, text: fill(unit, TAILS[i % TAILS.length]!) }));
}

/** Milliseconds for the shipped matcher to take one chunk, the fastest of `runs` (the least disturbed by GC). */
function chunkMs(text: string, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const accumulator = new TopicAccumulator();
    const start = performance.now();
    accumulator.add('body', text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Prose from the labelled pages, English and Spanish, tags stripped, in chunks the size the reader uses. */
function ordinaryChunks(): string[] {
  const text = [CORPUS_DIR, HOLDOUT_DIR, SPANISH_DIR, SPANISH_DIR_2, SPANISH_DIR_3, SPANISH_HOLDOUT_DIR]
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8')),
    )
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
  const chunks: string[] = [];
  for (let offset = 0; offset + CHUNK <= text.length && chunks.length < 12; offset += CHUNK)
    chunks.push(text.slice(offset, offset + CHUNK));
  return chunks;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('the vocabulary under adversarial text', () => {
  it('repeats nothing without a bound (a run of letters cannot make the matcher backtrack for long)', () => {
    for (const { list, term } of TERMS) expect(term, `${list}: ${term}`).not.toMatch(/(?<!\\)[*+]|\{\d+,\}/);
  });

  it('has a real word for every pattern to drive it with', () => {
    for (const { list, term } of TERMS) {
      for (const pick of ['first', 'last'] as Pick[]) {
        const word = sampleTerm(term, pick);
        expect(normalizeText(word), `${list}: ${term} (${pick})`).toMatch(new RegExp(`^(?:${term})$`));
      }
    }
  });

  it('takes every adversarial chunk within a small multiple of ordinary prose', () => {
    const ordinary = ordinaryChunks();
    expect(ordinary.length).toBeGreaterThanOrEqual(8);
    for (const chunk of ordinary) chunkMs(chunk, 2); // warm the matcher up

    // One quick pass over everything, then the slowest few again, in rounds interleaved with ordinary prose so a
    // busy machine slows both alike; each keeps its fastest round.
    const cases = TERMS.flatMap(({ list, term }) =>
      (['first', 'last'] as Pick[]).flatMap((pick) =>
        adversarialChunks(sampleTerm(term, pick)).map((c) => ({ ...c, label: `${list} ${term} (${pick}), ${c.shape}` })),
      ),
    );
    const slowest = cases
      .map((c) => ({ ...c, ms: chunkMs(c.text, 1) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10)
      .map((c) => ({ ...c, ms: Infinity }));
    let ordinaryMs = Infinity;
    for (let round = 0; round < 5; round++) {
      ordinaryMs = Math.min(ordinaryMs, median(ordinary.map((chunk) => chunkMs(chunk, 1))));
      for (const c of slowest) c.ms = Math.min(c.ms, chunkMs(c.text, 1));
    }
    const worst = slowest.sort((a, b) => b.ms - a.ms)[0]!;

    console.log(
      `[vocabulary fuzz] ${cases.length} adversarial chunks of ${CHUNK} characters; ordinary prose ${ordinaryMs.toFixed(3)} ms per chunk, ` +
        `worst adversarial ${worst.ms.toFixed(3)} ms (${(worst.ms / ordinaryMs).toFixed(1)}×): ${worst.label}`,
    );
    expect(worst.ms, worst.label).toBeLessThanOrEqual(MAX_RATIO * ordinaryMs);
    expect(worst.ms, worst.label).toBeLessThanOrEqual(MAX_CHUNK_MS);
  }, 60_000);
});

describe('byFirstLetter', () => {
  const END = '(?![0-9a-z\\u00c0-\\u024f])';
  const positions = (pattern: string, text: string) => [...text.matchAll(new RegExp(`\\b(?:${pattern})${END}`, 'g'))].map((m) => m.index);

  it('groups terms by first letter, keeping terms that start with a class or a quantified letter apart', () => {
    expect(byFirstLetter(['clonazepam', 'xanax', 'clobazam', '[bv]enzos', 'k-?pins?', 'a?b'])).toBe(
      'c(?:lonazepam|lobazam)|x(?:anax)|k(?:-?pins?)|[bv]enzos|a?b',
    );
  });

  it('finds exactly what the flat alternation finds, for every list, in prose and in every term’s own words', () => {
    const prose = ordinaryChunks().join(' ');
    const words = TERMS.flatMap(({ term }) => (['first', 'last'] as Pick[]).map((pick) => sampleTerm(term, pick))).join(' . ');
    const text = normalizeText(`${prose} ${words}`);
    for (const [list, terms] of LISTS) {
      const flat = positions(terms.join('|'), text);
      expect(flat.length, list).toBeGreaterThan(0);
      expect(positions(byFirstLetter(terms), text), list).toEqual(flat);
    }
  });
});
