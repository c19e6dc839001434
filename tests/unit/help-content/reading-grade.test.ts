import { describe, expect, it } from 'vitest';
import { countForReadability, readingGrade } from '@/tests/support/reading-grade';

describe('readingGrade', () => {
  it('counts sentences, words and syllables', () => {
    expect(countForReadability('The cat sat. It was happy!')).toEqual({ sentence: 2, word: 6, syllable: 7 });
  });

  it('rates short plain sentences as easy', () => {
    expect(readingGrade('Call now. Help is here. You are not alone.')).toBeLessThan(3);
  });

  it('rates long, many-syllable prose as hard', () => {
    const dense =
      'Pharmacological discontinuation of benzodiazepine receptor agonists necessitates individualized, clinician-supervised dose reduction protocols that accommodate heterogeneous withdrawal symptomatology.';
    expect(readingGrade(dense)).toBeGreaterThan(16);
  });

  it('returns 0 for text with no words', () => {
    expect(readingGrade(' … ')).toBe(0);
  });
});
