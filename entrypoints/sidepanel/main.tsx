import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { resolveRegion } from '../../utils/resolve-region';
import { useSettings } from '../../utils/use-settings';

function SidePanel() {
  const settings = useSettings();
  return <SidePanelApp region={resolveRegion(settings.region, navigator.languages).region} copyFormat={settings.copyFormat} />;
}

render(<SidePanel />, document.getElementById('app')!);
