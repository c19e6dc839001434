import type { ComponentChildren } from 'preact';
import type { Locale } from '@/locales/locale';
import { CardI18nContext } from '@/ui/card-i18n';
import { i18nFor } from '@/ui/i18n-for';
import { I18nContext, PageI18nContext } from '@/ui/use-i18n';

/** The root of every Steady page but the popup: everything below speaks this language (the card has its own root). */
export function LocaleRoot({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  const i18n = i18nFor(locale);
  return (
    <PageI18nContext.Provider value={i18n}>
      <I18nContext.Provider value={i18n}>
        <CardI18nContext.Provider value={i18n}>{children}</CardI18nContext.Provider>
      </I18nContext.Provider>
    </PageI18nContext.Provider>
  );
}
