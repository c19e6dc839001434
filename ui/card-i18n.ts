import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CardStrings } from '@/locales/card-en';
import type { Locale } from '@/locales/locale';

/** The reader's language and the words Copy buttons and official links need, no more. */
export interface CardI18n {
  locale: Locale;
  t: Pick<CardStrings, 'copy' | 'source'>;
}

/** Given by each page's LocaleRoot and the popup's root. It holds no words of its own. */
export const CardI18nContext = createContext<CardI18n | undefined>(undefined);

export function useCardI18n(): CardI18n {
  const i18n = useContext(CardI18nContext);
  if (!i18n) throw new Error('useCardI18n needs a LocaleRoot or the popup root above it');
  return i18n;
}
