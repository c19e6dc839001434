import { render } from 'preact';
import { WelcomeApp } from '../../components/WelcomeApp';
import { resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';

function Welcome() {
  const settings = useSettings();
  return <WelcomeApp settings={settings} region={resolveRegion(settings.region, navigator.languages).region} />;
}

render(<Welcome />, document.getElementById('app')!);
