import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './fixtures/extension-browser';
import { FIREFOX_BUILD } from './fixtures/firefox-extension-browser';
import { cardEn, type CardStrings } from '../../locales/card-en';
import { cardEs } from '../../locales/card-es';
import { LOCALES, type Locale } from '../../locales/locale';
import { uiStrings } from '../../locales/ui-strings';
import { helplinesIn } from '../../shared/localized-helplines';
import { EXTENSION_FILES } from '../../shared/manifest';

/**
 * The card's built scripts (issue 16): each is small, and carries its own language only, so a page that gets
 * the card is sent nothing it does not show. Reads the production builds; no browser.
 */

/**
 * Issue 16's target for each card script, gzip, and its limit: about 9.3 KB since the card builds its elements
 * without Preact and is handed its region's lines. All languages in one script was 41 KB; one language with
 * Preact and every region's lines, 18 KB.
 */
const TARGET_GZIP_BYTES = 10 * 1024;
const MAX_GZIP_BYTES = TARGET_GZIP_BYTES;
/** Shorter pieces ("Chat", "TTY", "o") can be in any language, or in code. */
const MIN_PIECE = 8;
const CARD_WORDS: Record<Locale, CardStrings> = { en: cardEn, es: cardEs };

/** Every piece of text in a value: strings, and the fixed parts of the sentences functions build. */
function pieces(value: unknown, minLength = MIN_PIECE): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const piece of v.split('\u0000')) if (piece.trim().length >= minLength) found.add(piece);
    if (typeof v === 'function') walk((v as (...args: string[]) => unknown)('\u0000', '\u0000', '\u0000'));
    if (v && typeof v === 'object') for (const child of Object.values(v)) walk(child);
  };
  walk(value);
  return found;
}

/** The text of every string literal in a built script, so a property name such as `messageDirectory` is not taken for words. */
function literals(script: string): string {
  return [...script.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .join('\u0001');
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((piece) => ![...b].some((other) => other.includes(piece)));

/** What only `other` says: its interface words and its helplines' words, less anything `locale` says the same way. */
function onlyIn(other: Locale, locale: Locale): string[] {
  const says = (l: Locale) => new Set([...pieces(uiStrings(l)), ...pieces(helplinesIn(l))]);
  return minus(says(other), says(locale));
}

const BUILDS = [
  { name: 'Chrome (MV3)', dir: CHROME_BUILD },
  { name: 'Firefox (MV2)', dir: FIREFOX_BUILD },
] as const;

describe.each(BUILDS)('$name build: the card scripts', ({ dir }) => {
  describe.each(LOCALES)('%s', (locale) => {
    const script = () => {
      const file = path.join(dir, EXTENSION_FILES.helpCard[locale]);
      if (!existsSync(file)) throw new Error(`No ${file}: run "npm run build" first.`);
      return readFileSync(file);
    };

    it(`is at most ${MAX_GZIP_BYTES} bytes gzip`, () => {
      const bytes = script();
      const gzip = gzipSync(bytes, { level: 9 }).length;
      console.log(`[card bundle] ${path.basename(dir)} ${locale}: ${bytes.length} bytes, ${gzip} gzip (target ${TARGET_GZIP_BYTES})`);
      expect(gzip).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    });

    it('carries its own language’s card words, and none of another language', () => {
      const text = literals(script().toString('utf8'));
      // The checks below only mean something if the text is findable as written.
      expect(text).toContain(CARD_WORDS[locale].card.title);
      for (const other of LOCALES.filter((l) => l !== locale))
        expect(onlyIn(other, locale).filter((piece) => text.includes(piece))).toEqual([]);
    });

    it('carries none of the words of Steady’s other screens', () => {
      const text = literals(script().toString('utf8'));
      // Less what the card says itself.
      const appOnly = minus(pieces(uiStrings(locale), 20), pieces(CARD_WORDS[locale], 1));
      expect(appOnly.length).toBeGreaterThan(50);
      expect(appOnly.filter((piece) => text.includes(piece))).toEqual([]);
    });

    it('carries no helpline: the background hands it the reader’s three lines as it puts it in a page', () => {
      const source = script().toString('utf8');
      const text = literals(source);
      const lines = helplinesIn(locale);
      const words = [...new Set(lines.flatMap((line) => [line.name, line.call?.display ?? '']))].filter(
        (piece) => piece.length >= MIN_PIECE,
      );
      expect(words.length).toBeGreaterThan(20);
      expect(words.filter((piece) => text.includes(piece))).toEqual([]);
      // Addresses as whole strings: the list of official pages written in Spanish holds "https://988lifeline.org/es/".
      const addresses = new Set(text.split('\u0001'));
      expect(lines.flatMap((line) => (line.url && addresses.has(line.url) ? [line.url] : []))).toEqual([]);
    });
  });
});
