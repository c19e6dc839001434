import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/locales/locale';
import type { UiStrings } from '@/locales/ui-strings';

/** The reader's language and the interface words in it. Help content comes from `useContent`. */
export interface I18n {
  locale: Locale;
  t: UiStrings;
}

/**
 * Provided once at each page's root (`LocaleRoot`, or the popup's root with only its reader's language loaded).
 * No default: a default would carry one language's words into every bundle, the popup's first paint too.
 */
export const I18nContext = createContext<I18n | undefined>(undefined);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs a LocaleRoot (or the popup root) above it');
  return i18n;
}
