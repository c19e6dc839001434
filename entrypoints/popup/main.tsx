import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { activeWebTab, checkTab, injectHelpCard } from '../../utils/check-active-tab';
import { deviceSignals, resolveRegion } from '../../utils/resolve-region';
import { createPanelOpener } from '../../utils/side-panel';
import { loadShortcuts, openShortcutSettings } from '../../utils/shortcuts';
import { saveSetting } from '../../utils/settings';
import { useSettings } from '../../utils/use-settings';
import { useLocale } from '../../utils/i18n/use-locale';
import { LocaleRoot } from '../../components/LocaleRoot';
import type { Shortcut } from '../../components/KeyboardShortcuts';

// Chrome's side panel needs the window id at the moment of the click, so it is looked up before any click.
let windowId: number | undefined;
void browser.windows.getCurrent().then((win) => (windowId = win.id));
const openPanel = createPanelOpener();
const isToolbarPopup = () => browser.extension.getViews({ type: 'popup' }).includes(window);

function Popup() {
  const settings = useSettings();
  const locale = useLocale(settings);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => void loadShortcuts(locale).then(setShortcuts), [locale]);
  const { region, sure } = resolveRegion(settings.region, deviceSignals());
  return (
    <LocaleRoot locale={locale}>
      <PopupApp
        region={region}
        regionSure={sure}
        copyFormat={settings.copyFormat}
        onOpenPanel={() =>
          void openPanel(windowId).then((where) => {
            if (where === 'panel' && isToolbarPopup()) window.close();
          })
        }
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        shortcuts={shortcuts}
        onChangeShortcuts={openShortcutSettings}
        onRegionChange={(next) => void saveSetting('region', next)}
        onLanguageChange={(next) => void saveSetting('language', next)}
        pageCheck={{
          check: async () => {
            const tabId = await activeWebTab();
            return tabId === undefined ? 'unavailable' : checkTab(tabId);
          },
          showCard: async () => {
            const tabId = await activeWebTab();
            if (tabId !== undefined) await injectHelpCard(tabId);
          },
        }}
      />
    </LocaleRoot>
  );
}

// Paints from bundled data and default settings first; stored settings follow without blocking the numbers.
render(<Popup />, document.getElementById('app')!);
// Lets `npm run bench` see when the first render finished; it stays in this page and goes nowhere.
performance.mark('steady:popup-rendered');
