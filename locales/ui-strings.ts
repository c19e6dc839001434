import { en, type UiStrings } from '@/locales/en';
import { es } from '@/locales/es';
import type { Locale } from '@/locales/locale';

export type { UiStrings };

export const UI_STRINGS: Record<Locale, UiStrings> = { en, es };

export function uiStrings(locale: Locale): UiStrings {
  return UI_STRINGS[locale];
}
