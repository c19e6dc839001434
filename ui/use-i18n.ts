import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/locales/locale';
import { uiStrings, type UiStrings } from '@/locales/ui-strings';
import { speakWithoutRoot } from '@/ui/card-i18n';

/** The reader's language and the interface words in it. Help content comes from `useContent`. */
export interface I18n {
  locale: Locale;
  t: UiStrings;
}

const cache = new Map<Locale, I18n>();

/** One object per language, so a page that re-renders with the same language does not redraw every reader. */
export function i18nFor(locale: Locale): I18n {
  let i18n = cache.get(locale);
  if (!i18n) {
    i18n = { locale, t: uiStrings(locale) };
    cache.set(locale, i18n);
  }
  return i18n;
}

/** Provided once at each page's root; components rendered alone (in unit tests) speak English. */
export const I18nContext = createContext<I18n>(i18nFor('en'));
// The card's Copy buttons and links, rendered alone, speak English too.
speakWithoutRoot(i18nFor('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
