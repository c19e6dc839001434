import type { ReadingCounts } from './reading-grade';

// Digits and URLs are left out: a reader takes "911" or a link in at a glance, and neither has Spanish syllables.
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// Hyphenated words ("cognitivo-conductual", "TCC-I") count as one word; their parts' syllables add up.
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
// A sentence ends at . ! ? … before a space, a closing mark or the end; ¿ and ¡ only open one. "3.5" does not end one.
const SENTENCE_END = /[.!?…]+(?=[\s)"'»”’]|$)/u;

// Accented i/u are heard as their own vowel (día, río), so they break a diphthong like a, e, o do.
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü', 'y']);

function isVowel(word: string, index: number): boolean {
  const letter = word[index] ?? '';
  if (STRONG.has(letter)) return true;
  if (!WEAK.has(letter)) return false;
  // "y" is a consonant before a vowel (ya, ayuda) and a vowel otherwise (y, hoy, Paraguay).
  return letter !== 'y' || !isVowelLetter(word[index + 1]);
}

function isVowelLetter(letter: string | undefined): boolean {
  return letter !== undefined && letter !== 'y' && (STRONG.has(letter) || WEAK.has(letter));
}

function countPart(part: string): number {
  // The u of que, qui, gue, gui is silent; gü keeps it (pingüino).
  const word = part
    .normalize('NFC')
    .toLowerCase()
    .replace(/([qg])u(?=[eiéí])/gu, '$1');
  let nuclei = 0;
  let inVowels = false;
  let nucleusHasStrong = false;
  for (let index = 0; index < word.length; index += 1) {
    if (!isVowel(word, index)) {
      inVowels = false;
      continue;
    }
    const strong = STRONG.has(word[index] ?? '');
    // Weak vowels join the vowel next to them (aire, ciudad, Paraguay); two strong ones are two syllables (leer, poeta).
    if (!inVowels || (strong && nucleusHasStrong)) {
      nuclei += 1;
      nucleusHasStrong = strong;
    } else if (strong) {
      nucleusHasStrong = true;
    }
    inVowels = true;
  }
  return Math.max(1, nuclei);
}

/** Spoken syllables in one Spanish word, at least 1 (so "TCC" still counts as a word someone reads). */
export function countSpanishSyllables(word: string): number {
  const parts = word.split(/[-'’]/u).filter((part) => /\p{L}/u.test(part));
  if (parts.length === 0) return 0;
  return parts.reduce((sum, part) => sum + countPart(part), 0);
}

export function countSpanishForReadability(text: string): ReadingCounts {
  const prose = text.replace(URL, ' ');
  const words = prose.match(WORD) ?? [];
  const sentences = prose.split(SENTENCE_END).filter((segment) => /\p{L}/u.test(segment)).length;
  const syllables = words.reduce((sum, word) => sum + countSpanishSyllables(word), 0);
  return { sentence: Math.max(words.length > 0 ? 1 : 0, sentences), word: words.length, syllable: syllables };
}

/** Fernández-Huerta reading ease (higher is easier; 60 and up is plain Spanish). 0 for text with no words. */
export function fernandezHuerta(text: string): number {
  const { sentence, word, syllable } = countSpanishForReadability(text);
  if (word === 0) return 0;
  const syllablesPer100 = (syllable / word) * 100;
  const sentencesPer100 = (sentence / word) * 100;
  return 206.84 - 0.6 * syllablesPer100 - 1.02 * sentencesPer100;
}
