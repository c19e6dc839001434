import { LOCALE_NAMES, LOCALES, SWITCH_HINTS, type Locale } from '@/locales/locale';
import { useI18n } from '@/ui/use-i18n';

/**
 * One button that switches Steady to the other language, named in that language ("Español" on an English
 * screen) so a reader who cannot read the current one still finds it. The choice is saved like any setting.
 */
export function LanguageSwitch({ onChange }: { onChange: (next: Locale) => void }) {
  const { locale } = useI18n();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <button
      type="button"
      class="button button-secondary language-switch"
      lang={other}
      title={SWITCH_HINTS[other]}
      onClick={() => onChange(other)}
    >
      {LOCALE_NAMES[other]}
    </button>
  );
}
