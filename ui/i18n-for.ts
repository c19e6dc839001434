import type { Locale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import type { I18n } from '@/ui/use-i18n';

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
