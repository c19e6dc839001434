import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { es } from '@/locales/es';
import type { Locale } from '@/locales/locale';
import type { UiStrings } from '@/locales/ui-strings';
import { EXTENSION_FILES } from '@/shared/manifest';
import { CHROME_BUILD } from './fixtures/extension-browser';
import { FIREFOX_BUILD } from './fixtures/firefox-extension-browser';

/**
 * The popup's first paint (issue 16), read from the built files: the popup page built with the reader's language
 * (the one the toolbar button opens), its module and preloads, and every chunk they import. At most 30 KB gzip,
 * and none of the other language's words. `npm run bench` measures the same in the browser.
 */
// In kilobytes of 1,000 bytes, as the bench reports them.
const BUDGET_GZIP_BYTES = 30_000;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g;

/** The scripts a page's first paint runs: its HTML's scripts and preloads, then every chunk they import statically. */
function firstPaintFiles(buildDir: string, locale: Locale): string[] {
  const html = path.join(buildDir, EXTENSION_FILES.popupIn[locale]);
  if (!existsSync(html)) throw new Error(`No ${html}: run "npm run build" first.`);
  const listed = [...readFileSync(html, 'utf8').matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)];
  const files = new Set(listed.map((match) => match[1]!));
  for (const file of files) {
    for (const match of readFileSync(path.join(buildDir, file), 'utf8').matchAll(STATIC_IMPORT))
      files.add(path.posix.join(path.posix.dirname(file), match[1]!));
  }
  return [...files];
}

/** Built JavaScript writes non-ASCII letters as \u escapes: look for either spelling. */
function spellings(text: string): string[] {
  const escaped = text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([text, escaped, JSON.stringify(text).slice(1, -1)])];
}

/** Interface words of one language that the other says differently: if any is in the bundle, that language is. */
function wordsOnlyIn(strings: UiStrings, other: UiStrings): string[] {
  const pick = (t: UiStrings) => [t.popup.tagline, t.popup.copeLead, t.common.notMedicalAdvice, t.common.offline, t.pageCheck.button];
  const theirs = pick(other);
  return pick(strings).filter((text, index) => text !== theirs[index]);
}

const LANGUAGES = [
  { locale: 'en', other: es, otherName: 'Spanish', own: en },
  { locale: 'es', other: en, otherName: 'English', own: es },
] as const;

const BUILDS = [
  { name: 'Chrome', dir: CHROME_BUILD },
  { name: 'Firefox', dir: FIREFOX_BUILD },
] as const;

describe.each(BUILDS)("the popup's first paint in the $name build", ({ dir }) => {
  describe.each(LANGUAGES)('in $locale', ({ locale, other, otherName, own }) => {
    const files = firstPaintFiles(dir, locale);
    const code = files.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');

    it(`carries its own words and none of the ${otherName} interface`, () => {
      for (const text of wordsOnlyIn(own, other))
        expect(
          spellings(text).some((s) => code.includes(s)),
          text,
        ).toBe(true);
      for (const text of wordsOnlyIn(other, own))
        expect(
          spellings(text).some((s) => code.includes(s)),
          text,
        ).toBe(false);
    });

    it("carries its language's words and helplines in one chunk, and not the other language's", () => {
      const languages = files.filter((file) => file.includes('/popup-language-'));
      expect(languages.map((file) => file.replace(/^chunks\/(popup-language-\w+)-.*$/, '$1'))).toEqual([`popup-language-${locale}`]);
    });

    it('carries none of the other topics, guides or resources', () => {
      // Files behind the first screen, by the chunk names Rollup gives them.
      expect(files.filter((file) => /\/(TopicPanels|SymptomList|evidence|safety|sidepanel|settings|browser-polyfill)-/.test(file))).toEqual(
        [],
      );
    });

    it('is at most 30 KB gzip', () => {
      const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dir, file))).length, 0);
      expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    });
  });
});
