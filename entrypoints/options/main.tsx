import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';
import { useSettings } from '@/ui/use-settings';
import { useLocale } from '@/ui/use-locale';
import { LocaleRoot } from '@/components/common/LocaleRoot';

function Options() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return (
    <LocaleRoot locale={locale}>
      <OptionsApp settings={settings} autoRegion={resolveRegion('auto', deviceSignals(navigator.languages))} />
    </LocaleRoot>
  );
}

render(<Options />, document.getElementById('app')!);
