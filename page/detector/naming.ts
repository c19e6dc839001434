import { BENZO_TERMS, SLANG_BENZO_TERMS, STRONG_STOP_TERMS, WEAK_STOP_TERMS } from '@/page/detector/vocabulary';

/**
 * Whether a benzo is named at all: the first question about any page, and the only one asked of most. Every term
 * starts with an ASCII letter, so a plain \b opens it; JS \b is ASCII-only and fails after "í" or "é", so the end
 * checks for a Latin letter (accented ones included) instead. No Unicode flag: it makes the whole scan slower.
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

/**
 * What must be on a page before anything else on it can matter: a benzo's name, or a street name with a stopping
 * word near it. Until one appears the accumulator only runs this one alternation and keeps the text, so a page
 * that is not about benzos costs one cheap scan.
 */
const NAMING = new RegExp(`\\b(?:(${byFirstLetter(BENZO_TERMS)})|${byFirstLetter(SLANG_BENZO_TERMS)})${WORD_END}`, 'g');
const STOPPING_WORD = new RegExp(`\\b(?:${STRONG_STOP_TERMS.join('|')}|${WEAK_STOP_TERMS.join('|')})${WORD_END}`, 'g');
/** Characters either side of a street name searched for a stopping word: the pairing window plus the longest term. */
const STREET_NAME_WINDOW = 200;

/** Where every stopping word in `text` starts, in order: one pass, however many street names need it. */
function stoppingWordStarts(text: string): number[] {
  const starts: number[] = [];
  STOPPING_WORD.lastIndex = 0;
  for (let m = STOPPING_WORD.exec(text); m; m = STOPPING_WORD.exec(text)) starts.push(m.index);
  return starts;
}

/** True when `text` could make a page about benzos: a name, or a street name beside a stopping word. */
export function mayNameABenzo(text: string): boolean {
  let stops: number[] | undefined;
  let next = 0;
  NAMING.lastIndex = 0;
  for (let m = NAMING.exec(text); m; m = NAMING.exec(text)) {
    if (m[1] !== undefined) return true;
    stops ??= stoppingWordStarts(text);
    while (next < stops.length && stops[next]! < m.index - STREET_NAME_WINDOW) next++;
    if (next < stops.length && stops[next]! <= m.index + m[0].length + STREET_NAME_WINDOW) return true;
  }
  return false;
}

/**
 * Names looked for inside words as well, in a page's text read whole: there, text from two elements meets with no
 * space ("HomeValium", "10Klonopin"), so word edges cannot be trusted. Left out: names that sit inside everyday
 * words ("librium" in "equilibrium", "tafil" in "estafilococo", "rivo" in "derivó") or are short enough to.
 */
const WORD_EDGED_ONLY = new Set([
  'rivo',
  'va(?:l|ll)u?m',
  'tafil',
  'librium',
  'zann?ies',
  'xann?ies',
  'xans',
  'xanas',
  'klons',
  'k-?pins?',
  'alpra',
]);
const NAME_INSIDE_WORDS = new RegExp(byFirstLetter(BENZO_TERMS.filter((term) => !WORD_EDGED_ONLY.has(term))));

/**
 * `mayNameABenzo` for text read in one go (a Range), where elements run together with no space between them: the
 * names are found inside words too, all but the short ones above. Those, and street names, need word edges here as
 * everywhere, so where one runs into the element before it ("quit the" + "bars"), only the close reader, which puts
 * a space between text nodes, would see it. Looser than the close reader elsewhere on purpose: a yes costs only a
 * closer read.
 */
export function mayNameABenzoInJoinedText(joinedText: string): boolean {
  return NAME_INSIDE_WORDS.test(joinedText) || mayNameABenzo(joinedText);
}
