import { LOCALE_NAMES, LOCALES, type Locale } from '@/locales/locale';
import { useI18n } from '@/ui/use-i18n';
import { uiStrings } from '@/locales/ui-strings';

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
      title={uiStrings(other).common.switchLanguageHint}
      onClick={() => onChange(other)}
    >
      {LOCALE_NAMES[other]}
    </button>
  );
}
