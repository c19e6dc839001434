/** The languages Steady speaks. English is the fallback for every other browser language. */
export type Locale = 'en' | 'es';

export const LOCALES: readonly Locale[] = ['en', 'es'];

/** Each language named in its own words, so a Spanish speaker can find "Español" in an English page. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The switch's hint, in the language it switches to: beside the names, so the popup need not load the other language's words. */
export const SWITCH_HINTS: Record<Locale, string> = { en: 'Show Steady in English', es: 'Ver Steady en español' };

export type LanguageChoice = 'auto' | Locale;

/** The first browser language Steady speaks ("es-MX" → "es"), else English. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}

export function resolveLocale(choice: LanguageChoice, languages: readonly string[]): Locale {
  return choice === 'auto' ? localeFromLanguages(languages) : choice;
}
