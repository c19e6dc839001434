// Soft hyphens and zero-width characters can hide a word from a matcher without changing what a reader sees.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * Any character NFKC could change, or an invisible one: everything outside ASCII and the Latin-1 letters and signs
 * that are already in NFKC form. Most pages are English or Spanish, so most text skips the costly NFKC pass.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class lists every code point NFKC leaves alone, control characters included.
export const MAY_CHANGE_UNDER_NFKC = /[^\x00-\x9f\xa1-\xa7\xa9\xab\xac\xae\xb0\xb1\xb6\xb7\xbb\xbf-\xff]/;

/** NFKC, invisible characters removed, lower-cased: the one form every matcher sees. */
export function normalizeText(text: string): string {
  if (!MAY_CHANGE_UNDER_NFKC.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}
