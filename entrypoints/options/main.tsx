import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';

function Options() {
  const settings = useSettings();
  return <OptionsApp settings={settings} autoRegion={resolveRegion('auto', navigator.languages)} />;
}

render(<Options />, document.getElementById('app')!);
