import { useEffect } from 'preact/hooks';
import type { Settings } from '@/shared/settings-schema';
import { resolveLocale, type Locale } from '@/locales/locale';

/** The language a Steady page speaks, kept on <html lang> so screen readers pronounce it right. */
export function useLocale(settings: Settings): Locale {
  const locale = resolveLocale(settings.language, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return locale;
}
