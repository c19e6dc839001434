import { render } from 'preact';
import { WelcomeApp } from '../../components/WelcomeApp';
import { deviceSignals, resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';
import { LocaleRoot } from '../../components/LocaleRoot';

function Welcome() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return (
    <LocaleRoot locale={locale}>
      <WelcomeApp settings={settings} region={resolveRegion(settings.region, deviceSignals()).region} />
    </LocaleRoot>
  );
}

render(<Welcome />, document.getElementById('app')!);
