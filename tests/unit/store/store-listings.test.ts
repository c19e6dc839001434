import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishLeftIn } from '@/tests/support/english-left';

/**
 * The store listings (`store/listing-en.md`, `store/listing-es.md`): one level-2 section per store field, the same
 * headings in both languages, within the stores' limits, and safe to show anyone coming off a benzo.
 */

const LISTINGS = { en: 'store/listing-en.md', es: 'store/listing-es.md' } as const;
type Language = keyof typeof LISTINGS;

const NAME = 'Name';
const CHROME_SUMMARY = 'Short description (Chrome Web Store)';
const AMO_SUMMARY = 'Summary (Firefox Add-ons)';
const LONG = 'Long description';

/** The Chrome Web Store's summary is the manifest's description, which Chrome caps at 132 characters. */
const CHROME_SUMMARY_MAX = 132;
/** addons.mozilla.org's summary field. */
const AMO_SUMMARY_MAX = 250;

/** A listing's level-2 sections, in order, each with what is under its heading. */
function sections(markdown: string): { heading: string; body: string }[] {
  const parts = markdown.split(/^## (.+)$/m);
  const found: { heading: string; body: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) found.push({ heading: parts[i]!.trim(), body: parts[i + 1]!.trim() });
  return found;
}

function listing(language: Language) {
  return sections(readFileSync(LISTINGS[language], 'utf8'));
}

function field(language: Language, heading: string): string {
  const found = listing(language).find((section) => section.heading === heading);
  if (!found) throw new Error(`${LISTINGS[language]} has no "## ${heading}"`);
  return found.body;
}

/** Characters as the stores count them: one per code point, so "ñ" or "á" is one. */
const length = (text: string) => [...text].length;

function message(language: Language, key: string): string {
  const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return messages[key]!.message;
}

/** Sentences, and list items, of a text: each is checked on its own. */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?;:])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

const DOSE = /\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|milligrams?|micrograms?|miligramos?|microgramos?)\b/i;
const TIME = '(?:days?|weeks?|months?|d[ií]as?|semanas?|mes(?:es)?)';
const SCHEDULE = [
  // A cut by so much: "10%", "10 percent", "10 por ciento".
  /\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b|por\s*ciento\b)/i,
  // A step every so often: "every 2 weeks", "each week", "per week", "cada 2 semanas", "por semana".
  new RegExp(`\\b(?:every|each|per|cada|por)\\s+(?:\\d+\\s+)?${TIME}\\b`, 'i'),
  // A length of time with a number: "over 8 weeks", "durante 4 semanas".
  new RegExp(`\\b\\d+\\s*${TIME}\\b`, 'i'),
];

/** Sentences that give a dose amount or a schedule. Empty when none does. */
function doseOrScheduleSentences(text: string): string[] {
  return sentences(text).filter((sentence) => DOSE.test(sentence) || SCHEDULE.some((pattern) => pattern.test(sentence)));
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * Words of the English long description that a Spanish text must not contain. Names the two texts share (brands,
 * medicines, places) and words that are the same in both languages are not English left behind.
 */
const SHARED_WORDS = new Set([
  'alcohol',
  'australia',
  'benzo',
  'benzos',
  'chrome',
  'clonazepam',
  'crisis',
  'firefox',
  'klonopin',
  'local',
  'panel',
  'steady',
]);

function englishWordsIn(spanish: string, english: string): string[] {
  const lookFor = new Set(words(english).filter((word) => word.length >= 4 && !SHARED_WORDS.has(word)));
  return [...new Set(words(spanish).filter((word) => lookFor.has(word)))];
}

describe('the store listings', () => {
  it('have the same sections, in the same order, in English and Spanish', () => {
    const headings = (language: Language) => listing(language).map((section) => section.heading);
    expect(headings('en')).toEqual(headings('es'));
    expect(headings('en')).toEqual(expect.arrayContaining([NAME, CHROME_SUMMARY, AMO_SUMMARY, LONG]));
    expect(headings('en')).toEqual(expect.arrayContaining(['Category (Chrome Web Store)', 'Category (Firefox Add-ons)']));
    expect(new Set(headings('en')).size).toBe(headings('en').length);
  });

  it.each(Object.keys(LISTINGS) as Language[])('%s: has something under every heading', (language) => {
    for (const { heading, body } of listing(language)) expect(body, heading).not.toBe('');
  });

  it.each(Object.keys(LISTINGS) as Language[])('%s: fits the stores’ summary limits', (language) => {
    expect(length(field(language, CHROME_SUMMARY))).toBeLessThanOrEqual(CHROME_SUMMARY_MAX);
    expect(length(field(language, AMO_SUMMARY))).toBeLessThanOrEqual(AMO_SUMMARY_MAX);
    // Each is one paragraph: the stores show a summary as plain text.
    expect(field(language, CHROME_SUMMARY)).not.toContain('\n');
    expect(field(language, AMO_SUMMARY)).not.toContain('\n');
  });

  it.each(Object.keys(LISTINGS) as Language[])(
    '%s: names Steady as the browser does, and summarises it as the manifest does',
    (language) => {
      expect(field(language, NAME)).toBe(message(language, 'extName'));
      // The Chrome Web Store shows the manifest's description as the summary: the two must not drift apart.
      expect(field(language, CHROME_SUMMARY)).toBe(message(language, 'extDescription'));
    },
  );

  it.each(Object.keys(LISTINGS) as Language[])('%s: gives no dose amount and no schedule', (language) => {
    expect(doseOrScheduleSentences(readFileSync(LISTINGS[language], 'utf8'))).toEqual([]);
  });

  it.each(Object.keys(LISTINGS) as Language[])(
    '%s: says it gives no doses, sends readers to their prescriber and to emergency help',
    (language) => {
      const long = field(language, LONG);
      const says = {
        en: [
          /never gives doses or taper schedules/i,
          /prescriber/i,
          /emergency/i,
          /crisis line/i,
          /not medical advice/i,
          /not affiliated/i,
        ],
        es: [
          /nunca da dosis ni planes de reducción/i,
          /tu médico/i,
          /emergencias/i,
          /línea de crisis/i,
          /no es consejo médico/i,
          /no está afiliado/i,
        ],
      }[language];
      for (const pattern of says) expect(long).toMatch(pattern);
    },
  );

  it('leaves no English in the Spanish long description', () => {
    const english = field('en', LONG);
    const spanish = field('es', LONG);
    // The check looks for enough words to mean something.
    expect(new Set(words(english).filter((word) => word.length >= 4)).size).toBeGreaterThan(150);
    expect(englishWordsIn(spanish, english)).toEqual([]);
    // Nor any of the English interface's own sentences.
    expect(englishLeftIn(spanish)).toEqual([]);
  });
});

// Each guard must catch a planted fault, or it guards nothing.
describe('the listing guards catch planted faults', () => {
  it('a dose, a cut by a percentage, or a step every so often', () => {
    const planted = [
      'Take 0.5 mg at night.',
      'Cut by 10% every two weeks.',
      'Reduce every 2 weeks.',
      'Baja 0,25 mg.',
      'Reduce un 5 por ciento cada semana.',
      'Over 8 weeks.',
    ];
    expect(doseOrScheduleSentences(planted.join(' '))).toEqual(planted);
    expect(doseOrScheduleSentences('Steady never gives doses or taper schedules. Call 988 at any hour.')).toEqual([]);
  });

  it('English words left in a Spanish text', () => {
    expect(englishWordsIn('Llama a tu médico before you change anything.', 'Call your prescriber before you change anything.')).toEqual([
      'before',
      'change',
      'anything',
    ]);
    expect(englishWordsIn('Steady funciona con Chrome y Firefox.', 'Steady works in Chrome and Firefox.')).toEqual([]);
  });
});
