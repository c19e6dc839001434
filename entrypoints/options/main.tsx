import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';

function Options() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return <OptionsApp settings={settings} autoRegion={resolveRegion('auto', navigator.languages)} locale={locale} />;
}

render(<Options />, document.getElementById('app')!);
