import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { helpContent, type HelpContent } from '../content/localized';
import type { Locale } from './locale';
import { uiStrings, type UiStrings } from './ui-strings';

/** What a component needs to speak the reader's language: the interface words and the help content. */
export interface I18n {
  locale: Locale;
  t: UiStrings;
  content: HelpContent;
}

const cache = new Map<Locale, I18n>();

/** One object per language, so a page that re-renders with the same language does not redraw every reader. */
export function i18nFor(locale: Locale): I18n {
  let i18n = cache.get(locale);
  if (!i18n) {
    i18n = { locale, t: uiStrings(locale), content: helpContent(locale) };
    cache.set(locale, i18n);
  }
  return i18n;
}

const ENGLISH = i18nFor('en');

/** Provided once at each page's root; components rendered alone (in unit tests) speak English. */
export const I18nContext = createContext<I18n>(ENGLISH);

export function useI18n(): I18n {
  return useContext(I18nContext);
}
