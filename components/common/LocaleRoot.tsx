import type { ComponentChildren } from 'preact';
import type { Locale } from '@/locales/locale';
import { i18nFor } from '@/ui/i18n-for';
import { I18nContext } from '@/ui/use-i18n';

/** The root of every Steady page but the popup, and of the card: everything below speaks this language. */
export function LocaleRoot({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <I18nContext.Provider value={i18nFor(locale)}>{children}</I18nContext.Provider>;
}
