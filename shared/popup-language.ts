import type { Helpline } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import type { PopupStrings } from '@/locales/popup-en';

/** What the popup's first screen needs in one language: its words and its helplines, nothing more. */
export interface PopupLanguage {
  locale: Locale;
  t: PopupStrings;
  helplines: readonly Helpline[];
}

/** One language at a time, so a reader never downloads the other until they switch to it. */
export function loadPopupLanguage(locale: Locale): Promise<PopupLanguage> {
  return locale === 'es'
    ? import('@/shared/popup-language-es').then((module) => module.SPANISH)
    : import('@/shared/popup-language-en').then((module) => module.ENGLISH);
}
