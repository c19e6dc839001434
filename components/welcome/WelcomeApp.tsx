import { useState } from 'preact/hooks';
import { emergencyLineForRegion } from '@/help-content/helplines';
import { REGIONS } from '@/help-content/regions';
import type { RegionCode } from '@/help-content/regions';
import { LOCALE_NAMES, LOCALES } from '@/locales/locale';
import { helplinesIn } from '@/shared/localized-helplines';
import { useDocumentTitle } from '@/ui/use-document-title';
import { useI18n } from '@/ui/use-i18n';
import { callHref } from '@/shared/phone-links';
import { saveSetting } from '@/browser-api/settings';
import type { Settings } from '@/shared/settings-schema';
import { chooseContextualHelp } from '@/browser-api/contextual-help';
import { PageAccessExplanation } from '@/components/common/ContextualHelpSettings';
import { AppHeader } from '@/components/common/AppHeader';

interface WelcomeAppProps {
  settings: Settings;
  region: RegionCode;
}

/** First run: what Steady does, the privacy promise, language and region, and an offer of contextual help. */
export function WelcomeApp({ settings, region }: WelcomeAppProps) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState('');
  const emergency = emergencyLineForRegion(region, helplinesIn(locale));
  const helpOn = settings.contextualHelp !== 'off';
  useDocumentTitle(t.welcome.title);

  async function turnOnHelp() {
    const result = await chooseContextualHelp('card');
    setStatus(result === 'saved' ? t.welcome.turnedOn : t.welcome.stillOff);
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
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t.welcome.privacyTitle}</h2>
          <p>{t.welcome.privacy}</p>
        </section>
        <fieldset class="card">
          <legend>{t.options.language}</legend>
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
          <legend>{t.options.country}</legend>
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
          <p class="save-status" role="status">
            {status}
          </p>
        </section>
        <p>{t.welcome.closeAnyTime}</p>
        <button type="button" class="button button-secondary" onClick={() => window.close()}>
          {t.welcome.done}
        </button>
      </main>
    </>
  );
}
