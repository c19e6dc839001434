import { BENZO_TERMS, SLANG_BENZO_TERMS, STRONG_STOP_TERMS, WEAK_STOP_TERMS } from '@/page/detector/vocabulary';

/**
 * The sources of the regular expressions that ask whether a benzo is named, built from the vocabulary. They are
 * written out by `npm run naming-patterns` (naming-patterns.ts), so the script that runs on every page carries
 * two strings instead of the word lists and the work of joining them at every page load.
 *
 * Every term starts with an ASCII letter, so a plain \b opens it; JS \b is ASCII-only and fails after "í" or "é",
 * so the end checks for a Latin letter (accented ones included) instead. No Unicode flag: it makes the scan slower.
 */

/** The end of a word: no Latin letter or digit follows. */
export const WORD_END = '(?![0-9a-z\\u00c0-\\u024f])';

/**
 * One alternation with the terms grouped by their first letter ("c(?:lonazepam|lobazam)|x(?:anax|ans)"), in their
 * order: it matches exactly what the flat alternation matches, and V8 tries one group per word instead of every term.
 * Terms that do not start with a plain letter keep their place at the end.
 */
export function byFirstLetter(terms: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const term of terms) {
    if (!/^[a-z](?![?*+{])/.test(term)) rest.push(term);
    else groups.set(term[0]!, [...(groups.get(term[0]!) ?? []), term.slice(1)]);
  }
  return [...[...groups].map(([letter, tails]) => `${letter}(?:${tails.join('|')})`), ...rest].join('|');
}

export interface NamingSources {
  /** A benzo's name (group 1), or a street name, at word edges. */
  naming: string;
  /** Any stopping or tapering word, at word edges. */
  stoppingWord: string;
}

export function namingSources(): NamingSources {
  return {
    naming: `\\b(?:(${byFirstLetter(BENZO_TERMS)})|${byFirstLetter(SLANG_BENZO_TERMS)})${WORD_END}`,
    stoppingWord: `\\b(?:${STRONG_STOP_TERMS.join('|')}|${WEAK_STOP_TERMS.join('|')})${WORD_END}`,
  };
}
