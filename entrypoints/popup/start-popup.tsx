import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadTopics } from '@/components/popup/load-topics';
import { readSettingsForFirstPaint } from '@/browser-api/first-paint-settings';
import { type Locale, resolveLocale } from '@/locales/locale';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';
import { loadPopupLanguage, type PopupLanguage } from '@/shared/popup-language';
import type { Settings } from '@/shared/settings-schema';
import { afterFirstPaint } from '@/ui/after-first-paint';
import { applyAppearance } from '@/ui/apply-appearance';
import { CardI18nContext } from '@/ui/card-i18n';
import { I18nContext } from '@/ui/use-i18n';
import type { Shortcut } from '@/browser-api/shortcuts';
// Both languages' helplines are these facts with their words: in the first paint's own file, not each language's.
import '@/help-content/helpline-facts';

type Actions = typeof import('./actions');

// Loaded once the first screen is painted, or at a click that needs it first.
let actions: Actions | undefined;
let actionsLoading: Promise<Actions> | undefined;
function loadActions(): Promise<Actions> {
  actionsLoading ??= import('./actions').then((loaded) => {
    actions = loaded;
    return loaded;
  });
  return actionsLoading;
}
/** Runs at once when the actions are loaded, so a click keeps its user gesture (the side panel needs one). */
function withActions(run: (loaded: Actions) => void): void {
  if (actions) run(actions);
  else void loadActions().then(run);
}

/** The language on <html>, so screen readers pronounce it right, and the theme and text size. */
function applyToPage(settings: Settings, locale: string): void {
  document.documentElement.lang = locale;
  applyAppearance(document.documentElement, settings);
}

const loadTopicsAfterPaint = (locale: Locale) => afterFirstPaint().then(() => loadTopics(locale));

function Popup({ firstSettings, firstLanguage }: { firstSettings: Settings; firstLanguage: PopupLanguage }) {
  const [settings, setSettings] = useState(firstSettings);
  const [language, setLanguage] = useState(firstLanguage);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  // Only once the first screen is painted are the extension APIs and the polyfill loaded; then every change to the
  // settings is applied as it comes, not in an effect, which a hidden page would run late.
  useEffect(() => {
    let active = true;
    let stop = () => {};
    let shown = firstLanguage.locale;
    const update = (next: Settings) => {
      if (!active) return;
      setSettings(next);
      applyAppearance(document.documentElement, next);
      const locale = resolveLocale(next.language, navigator.languages);
      if (locale === shown) return;
      shown = locale;
      // The other language is fetched only when the reader switches to it.
      void loadPopupLanguage(locale).then((loaded) => {
        if (!active || loaded.locale !== shown) return;
        document.documentElement.lang = loaded.locale;
        setLanguage(loaded);
      });
    };
    void afterFirstPaint().then(() =>
      withActions(({ loadSettings, watchSettings }) => {
        if (!active) return;
        const unwatch = watchSettings(update);
        // A change saved between the first read and the watch starting is not lost.
        void loadSettings().then(update);
        stop = unwatch;
      }),
    );
    return () => {
      active = false;
      stop();
    };
  }, []);
  useEffect(() => {
    void afterFirstPaint().then(() => withActions(({ loadShortcuts }) => void loadShortcuts(language.t.shortcuts).then(setShortcuts)));
  }, [language]);
  const i18n = useMemo(() => ({ locale: language.locale, t: language.t }), [language]);
  const { region, sure } = resolveRegion(settings.region, deviceSignals(navigator.languages));
  return (
    <I18nContext.Provider value={i18n}>
      <CardI18nContext.Provider value={i18n}>
        <PopupApp
          helplines={language.helplines}
          loadTopics={loadTopicsAfterPaint}
          region={region}
          regionSure={sure}
          copyFormat={settings.copyFormat}
          onOpenPanel={() => withActions((loaded) => loaded.openSidePanel())}
          diary={{ onSeeChart: () => withActions((loaded) => loaded.openSidePanel('diary')) }}
          onOpenSettings={() => withActions((loaded) => loaded.openSettings())}
          shortcuts={shortcuts}
          onChangeShortcuts={() => withActions((loaded) => loaded.openShortcutSettings())}
          onRegionChange={(next) => withActions((loaded) => void loaded.saveSetting('region', next))}
          onLanguageChange={(next) => withActions((loaded) => void loaded.saveSetting('language', next))}
          pageCheck={{
            check: () => loadActions().then((loaded) => loaded.checkActivePage()),
            showCard: () => loadActions().then((loaded) => loaded.showCardOnActivePage(language.locale, region, language.helplines)),
          }}
        />
      </CardI18nContext.Provider>
    </I18nContext.Provider>
  );
}

/**
 * One storage read, then the first render in the reader's language and theme. Each popup page is built with one
 * language (`popup.html` English, `popup-es.html` Spanish) and the background points the toolbar button at the
 * reader's, so the first paint waits for no other file; a page opened in the other language loads that one first.
 */
export async function startPopup(bundled: PopupLanguage): Promise<void> {
  const settings = await readSettingsForFirstPaint();
  const locale = resolveLocale(settings.language, navigator.languages);
  const language = locale === bundled.locale ? bundled : await loadPopupLanguage(locale);
  applyToPage(settings, language.locale);
  render(<Popup firstSettings={settings} firstLanguage={language} />, document.getElementById('app')!);
  // Lets `npm run bench` see when the first render finished; it stays in this page and goes nowhere.
  performance.mark('steady:popup-rendered');
}
