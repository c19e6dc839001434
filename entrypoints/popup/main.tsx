import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { activeWebTab, checkTab } from '@/browser-api/active-tab-check';
import { injectHelpCard } from '@/browser-api/page-scripts';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';
import { createPanelOpener } from '@/browser-api/side-panel';
import { loadShortcuts, openShortcutSettings } from '@/browser-api/shortcuts';
import { saveSetting } from '@/browser-api/settings';
import { useSettings } from '@/ui/use-settings';
import { useLocale } from '@/ui/use-locale';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import type { Shortcut } from '@/browser-api/shortcuts';

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
  const { region, sure } = resolveRegion(settings.region, deviceSignals(navigator.languages));
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
