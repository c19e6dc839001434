import { render } from 'preact';
import { SidePanelApp } from '@/components/side-panel/SidePanelApp';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';
import { useSettings } from '@/ui/use-settings';
import { useLocale } from '@/ui/use-locale';
import { LocaleRoot } from '@/components/common/LocaleRoot';

function SidePanel() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return (
    <LocaleRoot locale={locale}>
      <SidePanelApp region={resolveRegion(settings.region, deviceSignals(navigator.languages)).region} copyFormat={settings.copyFormat} />
    </LocaleRoot>
  );
}

render(<SidePanel />, document.getElementById('app')!);
