import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CardStrings } from '@/locales/card-en';
import type { Locale } from '@/locales/locale';

/** The reader's language and the words the card and its Copy buttons and links need, no more. */
export interface CardI18n {
  locale: Locale;
  t: CardStrings;
}

/**
 * Given by each page's LocaleRoot and by the in-page card. It holds no words of its own, so the card's script
 * carries only its reader's language.
 */
export const CardI18nContext = createContext<CardI18n | undefined>(undefined);

export function useCardI18n(): CardI18n {
  const i18n = useContext(CardI18nContext);
  if (!i18n) throw new Error('useCardI18n needs a LocaleRoot, the popup root or the card root above it');
  return i18n;
}
