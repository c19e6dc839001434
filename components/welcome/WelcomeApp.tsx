import { useRef, useState } from 'preact/hooks';
import { emergencyLineForRegion } from '@/help-content/helplines';
import { REGIONS } from '@/help-content/regions';
import type { RegionCode } from '@/help-content/regions';
import { LOCALE_NAMES, LOCALES } from '@/locales/locale';
import { helplinesIn } from '@/shared/localized-helplines';
import { useDocumentTitle } from '@/ui/use-document-title';
import { usePageI18n } from '@/ui/use-i18n';
import { callHref } from '@/shared/phone-links';
import { saveSetting } from '@/browser-api/settings';
import type { Settings } from '@/shared/settings-schema';
import type { UiStrings } from '@/locales/ui-strings';
import { chooseContextualHelp } from '@/browser-api/contextual-help';
import { PageAccessExplanation, WAITING_DELAY_MS } from '@/components/common/ContextualHelpSettings';
import { SaveStatus } from '@/components/common/SaveStatus';
import { PinIllustration } from '@/components/welcome/PinIllustration';
import { AppHeader } from '@/components/common/AppHeader';

interface WelcomeAppProps {
  settings: Settings;
  region: RegionCode;
  /** Which browser this is, for how to pin Steady's button: the two put new extensions' buttons in different places. */
  browserKind: 'chrome' | 'firefox';
}

/** First run: what Steady does, the privacy promise, language and region, and an offer of contextual help. */
export function WelcomeApp({ settings, region, browserKind }: WelcomeAppProps) {
  const { t, locale } = usePageI18n();
  // Words-to-be, so a status shown before a language change is said in the new language.
  const [status, setStatus] = useState<(t: UiStrings) => string>(() => () => '');
  const asking = useRef(false);
  const emergency = emergencyLineForRegion(region, helplinesIn(locale));
  const helpOn = settings.contextualHelp !== 'off';
  useDocumentTitle(t.welcome.title);

  async function turnOnHelp() {
    // The browser's question is open: a second click would only ask again.
    if (asking.current) return;
    asking.current = true;
    setStatus(() => () => '');
    // Access already granted answers at once; only a question the user has to answer shows as waiting.
    const waiting = setTimeout(() => setStatus(() => (words: UiStrings) => words.contextual.waiting), WAITING_DELAY_MS);
    const result = await chooseContextualHelp('card');
    clearTimeout(waiting);
    asking.current = false;
    setStatus(() => (words: UiStrings) => (result === 'saved' ? words.welcome.turnedOn : words.welcome.stillOff));
  }

  return (
    <>
      <AppHeader title={t.welcome.title} tagline={t.welcome.tagline} />
      <main>
        <p class="region-note">
          {t.welcome.inDanger}{' '}
          {emergency.call ? <a href={callHref(emergency.call)}>{t.common.call(emergency.call.display)}</a> : t.emergency.localNumber}.
        </p>
        <section class="card" aria-labelledby="what-title">
          <h2 id="what-title">{t.welcome.whatTitle}</h2>
          <ul>
            <li>{t.welcome.what1}</li>
            <li>{t.welcome.what2}</li>
            <li>{t.welcome.what3}</li>
          </ul>
        </section>
        <section class="card" aria-labelledby="pin-title">
          <h2 id="pin-title">{t.welcome.pinTitle}</h2>
          <p>{t.welcome.pinWhy}</p>
          <div class="pin-how">
            <ol>
              {(browserKind === 'firefox' ? t.welcome.pinFirefox : t.welcome.pinChrome).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <PinIllustration browserKind={browserKind} />
          </div>
        </section>
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t.welcome.privacyTitle}</h2>
          <p>{t.welcome.privacy}</p>
        </section>
        <fieldset class="card">
          <legend>
            <h2>{t.options.language}</h2>
          </legend>
          {(['auto', ...LOCALES] as const).map((value) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="language"
                value={value}
                checked={settings.language === value}
                onChange={() => void saveSetting('language', value)}
              />
              <span lang={value === 'auto' ? undefined : value}>{value === 'auto' ? t.common.autoLanguage : LOCALE_NAMES[value]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="card">
          <legend>
            <h2>{t.options.country}</h2>
          </legend>
          <p class="hint">{t.common.regionsCovered}</p>
          {(['auto', ...REGIONS] as const).map((value) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="region"
                value={value}
                checked={settings.region === value}
                onChange={() => void saveSetting('region', value)}
              />
              <span>{value === 'auto' ? t.common.autoRegion : t.regions[value]}</span>
            </label>
          ))}
        </fieldset>
        <section class="card" aria-labelledby="contextual-title">
          <h2 id="contextual-title">{t.welcome.contextualTitle}</h2>
          <p>{t.welcome.contextualText}</p>
          <PageAccessExplanation />
          {helpOn ? (
            <p>{t.welcome.helpIsOn}</p>
          ) : (
            <button type="button" class="button" aria-describedby="page-access-explanation" onClick={() => void turnOnHelp()}>
              {t.welcome.turnOn}
            </button>
          )}
          <SaveStatus text={status(t)} />
        </section>
        <p>{t.welcome.closeAnyTime}</p>
        <button type="button" class="button button-secondary" onClick={() => window.close()}>
          {t.welcome.done}
        </button>
      </main>
    </>
  );
}
