import { render } from 'preact';
import { WelcomeApp } from '../../components/WelcomeApp';
import { resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';

function Welcome() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return <WelcomeApp settings={settings} region={resolveRegion(settings.region, navigator.languages).region} locale={locale} />;
}

render(<Welcome />, document.getElementById('app')!);
