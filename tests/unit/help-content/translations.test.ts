import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { es } from '@/locales/es';
import { COPING_TIPS } from '@/help-content/coping';
import { COPING_TIPS_ES } from '@/help-content/es/coping';
import { GUIDES_ES, PRESCRIBER_CHECKLIST_ES } from '@/help-content/es/guides';
import { HELP_SOMEONE_TIPS_ES } from '@/help-content/es/help-someone';
import { HELPLINES_ES } from '@/help-content/es/helplines';
import { RESOURCE_GROUPS_ES, RESOURCES_ES } from '@/help-content/es/resources';
import { COMMON_SYMPTOMS_ES, RED_FLAGS_ES, SAFETY_FACTS_ES } from '@/help-content/es/safety';
import { COMING_OFF_SAFELY, PRESCRIBER_CHECKLIST, WITHDRAWAL_AND_HELP, YOUR_SITUATION } from '@/help-content/guides';
import { HELP_SOMEONE_TIPS } from '@/help-content/help-someone';
import { HELPLINES } from '@/help-content/helplines';
import { helplinesIn } from '@/shared/localized-helplines';
import { RESOURCE_GROUPS, RESOURCES } from '@/help-content/resources';
import { COMMON_SYMPTOMS, RED_FLAGS, SAFETY_FACTS } from '@/help-content/safety';
import type { WordsById } from '@/help-content/translation-types';
import { translationGaps } from '@/tests/support/translation-gaps';

/** The English words of each item, in the shape its Spanish entry must have. */
function englishWords<T extends { id: string }, K extends keyof T>(
  items: readonly T[],
  fields: readonly K[],
): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    items.map((item) => [
      item.id,
      Object.fromEntries(fields.filter((field) => item[field] !== undefined).map((field) => [field, item[field]])),
    ]),
  );
}

function guideWords() {
  return Object.fromEntries(
    [COMING_OFF_SAFELY, WITHDRAWAL_AND_HELP, YOUR_SITUATION].map((guide) => [
      guide.id,
      { title: guide.title, summary: guide.summary, blocks: englishWords(guide.blocks, ['heading', 'text', 'bullets']) },
    ]),
  );
}

// Spanish entries may add only what an official Spanish service gives: 988's text keyword (AYUDA) and Spanish chat,
// and Poison Help's Spanish page. Each is checked by name below.
const SPANISH_EXTRAS: Record<string, readonly string[]> = {
  'us-988': ['text', 'chatUrl'],
  'us-crisis-text-line': ['text'],
  'us-poison-help': ['url'],
};
function withoutSpanishTextOption(words: WordsById<object>): WordsById<object> {
  return Object.fromEntries(
    Object.entries(words).map(([id, entry]) => [
      id,
      Object.fromEntries(Object.entries(entry).filter(([key]) => !SPANISH_EXTRAS[id]?.includes(key))),
    ]),
  );
}

const CONTENT_PAIRS: [string, unknown, unknown][] = [
  ['safety facts', englishWords(SAFETY_FACTS, ['title', 'text']), SAFETY_FACTS_ES],
  ['symptom groups', englishWords(COMMON_SYMPTOMS, ['label', 'symptoms']), COMMON_SYMPTOMS_ES],
  ['red flags', englishWords(RED_FLAGS, ['sign']), RED_FLAGS_ES],
  ['coping tips', englishWords(COPING_TIPS, ['title', 'text']), COPING_TIPS_ES],
  ['help-someone tips', englishWords(HELP_SOMEONE_TIPS, ['title', 'text']), HELP_SOMEONE_TIPS_ES],
  ['guides', guideWords(), GUIDES_ES],
  ['prescriber checklist', englishWords(PRESCRIBER_CHECKLIST, ['text']), PRESCRIBER_CHECKLIST_ES],
  [
    'helplines',
    englishWords(HELPLINES, ['name', 'purpose', 'callNote', 'hours', 'cost', 'languages', 'area']),
    withoutSpanishTextOption(HELPLINES_ES),
  ],
  [
    'resource groups',
    Object.fromEntries(RESOURCE_GROUPS.map((group) => [group.kind, { label: group.label, intro: group.intro }])),
    RESOURCE_GROUPS_ES,
  ],
  // A resource's name stays English unless it has an official Spanish one, so names are not compared.
  [
    'resources',
    englishWords(RESOURCES, ['cost', 'description', 'caution']),
    Object.fromEntries(Object.entries(RESOURCES_ES).map(([id, { name: _name, ...rest }]) => [id, rest])),
  ],
];

describe('every string exists in English and in Spanish', () => {
  it('the interface catalogs have the same keys, none empty', () => {
    expect(translationGaps(en, es)).toEqual([]);
  });

  it.each(CONTENT_PAIRS)('%s: one Spanish entry per English item, with the same fields and list lengths', (_name, english, spanish) => {
    expect(translationGaps(english, spanish)).toEqual([]);
  });

  it('the manifest’s name, description and shortcut names', () => {
    const messages = (locale: string) =>
      JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const pick = (all: Record<string, { message: string }>) =>
      Object.fromEntries(Object.entries(all).map(([key, value]) => [key, value.message]));
    expect(translationGaps(pick(messages('en')), pick(messages('es')))).toEqual([]);
    expect(messages('es').extName?.message).not.toBe(messages('en').extName?.message);
    // The Chrome Web Store refuses a description longer than 132 characters.
    for (const locale of ['en', 'es']) expect(messages(locale).extDescription?.message.length, locale).toBeLessThanOrEqual(132);
  });

  it('Spanish readers get the Spanish options first: 988’s press 2 and AYUDA, and AYUDA to Crisis Text Line', () => {
    expect(HELPLINES_ES['us-988']?.callNote).toMatch(/^Marca 2 para hablar en español\./);
    expect(HELPLINES_ES['us-988']?.text).toEqual({ number: '988', keyword: 'AYUDA' });
    // The number is 988's own: only the keyword differs.
    expect(HELPLINES_ES['us-988']?.text?.number).toBe(HELPLINES.find((line) => line.id === 'us-988')?.text?.number);
    expect(HELPLINES_ES['us-988']?.chatUrl).toBe('https://988lifeline.org/es/chat/');
    expect(HELPLINES_ES['us-poison-help']?.url).toBe('https://poisonhelp.hrsa.gov/es/about-us');
    // Crisis Text Line's Spanish keyword, on the same number.
    expect(HELPLINES_ES['us-crisis-text-line']?.text).toEqual({ number: '741741', keyword: 'AYUDA' });
    expect(HELPLINES_ES['us-crisis-text-line']?.text?.number).toBe(
      HELPLINES.find((line) => line.id === 'us-crisis-text-line')?.text?.number,
    );
    const others = Object.entries(HELPLINES_ES).filter(
      ([id, words]) => !['us-988', 'us-crisis-text-line'].includes(id) && words.text !== undefined,
    );
    expect(others.map(([id]) => id)).toEqual([]);
  });

  it('Spanish readers see a text number written as in its country: Lifeline Australia’s 0477 13 11 14', () => {
    expect(helplinesIn('es').find((line) => line.id === 'au-lifeline')?.text).toEqual({ number: '0477131114', display: '0477 13 11 14' });
  });

  it('catches a missing, extra, empty or mismatched string', () => {
    expect(translationGaps({ a: 'x', b: 'y' }, { a: 'x' })).toEqual(['b: missing from the translation']);
    expect(translationGaps({ a: 'x' }, { a: 'x', c: 'z' })).toEqual(['c: only in the translation']);
    expect(translationGaps({ a: 'x' }, { a: ' ' })).toEqual(['a: empty']);
    expect(translationGaps({ a: ['x', 'y'] }, { a: ['x'] })).toEqual(['a: 2 entries vs 1']);
    expect(translationGaps({ f: (n: string) => `Call ${n}` }, { f: 'Llamar' })).toEqual(['f: a function in one language only']);
    expect(translationGaps({ f: (n: string) => `Call ${n}` }, { f: () => '' })).toEqual(['f: gives empty text']);
  });
});
