import { en } from '../../locales/en';
import { es } from '../../locales/es';
import { helpContent } from '../../shared/localized-content';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// Names, numbers, sources and links are the same in both languages, so only words that differ are looked for;
// short ones ("Cost") could match inside other text by chance.
// An English name inside Spanish text (a source's publisher, "Narcotics Anonymous") is not a missing translation.
const spanish = strings([es, helpContent('es')]);
const spanishText = spanish.join('\n');
const ENGLISH_ONLY = [...new Set(strings([en, helpContent('en')]))].filter(
  (text) => text.length >= 12 && /\s/.test(text) && !spanishText.includes(text),
);

/** English interface or content text that shows up in what should be a Spanish page. Empty when none does. */
export function englishLeftIn(pageText: string): string[] {
  const text = pageText.replace(/\s+/g, ' ');
  return ENGLISH_ONLY.filter((english) => text.includes(english));
}

/** How many English strings the check looks for, so a test can prove it is looking at all. */
export const ENGLISH_ONLY_COUNT = ENGLISH_ONLY.length;
