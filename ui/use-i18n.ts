import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/locales/locale';
import type { PopupStrings } from '@/locales/popup-en';
import type { UiStrings } from '@/locales/ui-strings';

/** The reader's language and interface words in it. Help content comes from `useContent`. */
export interface I18n<Words = UiStrings> {
  locale: Locale;
  t: Words;
}

/**
 * The popup's words, which every page has: what the popup and the components it shares with other pages read.
 * Provided at each page's root (`LocaleRoot`, or the popup's root with only its reader's language loaded). No
 * default: a default would carry one language's words into every bundle, the popup's first paint too.
 */
export const I18nContext = createContext<I18n<PopupStrings> | undefined>(undefined);

/** Every interface word: only `LocaleRoot` gives it (the side panel, settings, welcome), never the popup. */
export const PageI18nContext = createContext<I18n | undefined>(undefined);

export function useI18n(): I18n<PopupStrings> {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs a LocaleRoot (or the popup root) above it');
  return i18n;
}

/** For words the popup does not carry (the side panel's, settings', the welcome page's). */
export function usePageI18n(): I18n {
  const i18n = useContext(PageI18nContext);
  if (!i18n) throw new Error('usePageI18n needs a LocaleRoot above it: the popup does not load these words');
  return i18n;
}
