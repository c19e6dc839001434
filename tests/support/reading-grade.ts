import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// A sentence ends at . ! ? followed by a space or the end; "e.g." style abbreviations are not used in our copy.
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

export interface ReadingCounts {
  sentence: number;
  word: number;
  syllable: number;
}

export function countForReadability(text: string): ReadingCounts {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, (text.match(SENTENCE_END) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return { sentence: sentences, word: words.length, syllable: syllables };
}

/** Flesch–Kincaid US school grade of a passage. */
export function readingGrade(text: string): number {
  const counts = countForReadability(text);
  if (counts.word === 0) return 0;
  return fleschKincaid({ ...counts });
}
