// Soft hyphens and zero-width characters can hide a word from a matcher without changing what a reader sees.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
/** The no-break space (&nbsp;), on almost every real page: NFKC makes it a plain space, and so does the fast path. */
const NO_BREAK_SPACE = /\u00a0/g;

/**
 * Any character NFKC could change, or an invisible one: everything outside ASCII, the Latin-1 letters and signs
 * that are already in NFKC form, the no-break space, and the typesetting punctuation NFKC leaves alone (curly
 * quotes, dashes, bullets, ‰, ′, ‹ ›, €). Most pages are English or Spanish, typeset so, and skip the costly pass.
 */
export const MAY_CHANGE_UNDER_NFKC =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class lists every code point NFKC leaves alone, control characters included.
  /[^\x00-\x9f\xa0-\xa7\xa9\xab\xac\xae\xb0\xb1\xb6\xb7\xbb\xbf-\xff\u2010\u2012-\u2015\u2018-\u2022\u2030\u2032\u2039\u203a\u20ac]/;

/** NFKC, invisible characters removed, lower-cased: the one form every matcher sees. */
export function normalizeText(text: string): string {
  if (!MAY_CHANGE_UNDER_NFKC.test(text)) return (text.includes('\u00a0') ? text.replace(NO_BREAK_SPACE, ' ') : text).toLowerCase();
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}
