import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';

function SidePanel() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return <SidePanelApp region={resolveRegion(settings.region, navigator.languages).region} copyFormat={settings.copyFormat} locale={locale} />;
}

render(<SidePanel />, document.getElementById('app')!);
