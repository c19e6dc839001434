// Soft hyphens and zero-width characters can hide a word from a matcher without changing what a reader sees.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** NFKC, invisible characters removed, lower-cased: the one form every matcher sees. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}
