import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';
import { useSettings } from '@/ui/use-settings';
import { useLocale } from '@/ui/use-locale';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { IS_FIREFOX } from '@/shared/build-target';

function Welcome() {
  const settings = useSettings();
  const locale = useLocale(settings);
  return (
    <LocaleRoot locale={locale}>
      <WelcomeApp
        settings={settings}
        region={resolveRegion(settings.region, deviceSignals(navigator.languages)).region}
        browserKind={IS_FIREFOX ? 'firefox' : 'chrome'}
      />
    </LocaleRoot>
  );
}

render(<Welcome />, document.getElementById('app')!);
