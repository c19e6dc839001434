import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { deviceSignals, resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';
import { LocaleRoot } from '../../components/LocaleRoot';

function Options() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return (
    <LocaleRoot locale={locale}>
      <OptionsApp settings={settings} autoRegion={resolveRegion('auto', deviceSignals())} />
    </LocaleRoot>
  );
}

render(<Options />, document.getElementById('app')!);
