import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { deviceSignals, resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';
import { LocaleRoot } from '../../components/LocaleRoot';

function SidePanel() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return (
    <LocaleRoot locale={locale}>
      <SidePanelApp region={resolveRegion(settings.region, deviceSignals()).region} copyFormat={settings.copyFormat} />
    </LocaleRoot>
  );
}

render(<SidePanel />, document.getElementById('app')!);
