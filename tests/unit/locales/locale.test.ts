import { describe, expect, it } from 'vitest';
import { LOCALES, localeFromLanguages, resolveLocale, SWITCH_HINTS } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';

describe('the language Steady speaks', () => {
  it('follows the first browser language it speaks', () => {
    expect(localeFromLanguages(['es-MX', 'en-US'])).toBe('es');
    expect(localeFromLanguages(['es'])).toBe('es');
    expect(localeFromLanguages(['ES_es'])).toBe('es');
    expect(localeFromLanguages(['fr-CA', 'es-US', 'en'])).toBe('es');
    expect(localeFromLanguages(['en-GB', 'es-ES'])).toBe('en');
  });

  it('falls back to English for languages it does not speak, or none', () => {
    expect(localeFromLanguages(['de-DE', 'fr'])).toBe('en');
    expect(localeFromLanguages([])).toBe('en');
    // "est" (Estonian) must not be read as Spanish.
    expect(localeFromLanguages(['et-EE'])).toBe('en');
  });

  it('lets the setting override the browser', () => {
    expect(resolveLocale('en', ['es-MX'])).toBe('en');
    expect(resolveLocale('es', ['en-US'])).toBe('es');
    expect(resolveLocale('auto', ['es-AR'])).toBe('es');
  });

  it('keeps the language switch’s hints the same as each language’s own words for it', () => {
    for (const locale of LOCALES) expect(SWITCH_HINTS[locale]).toBe(uiStrings(locale).common.switchLanguageHint);
  });
});
