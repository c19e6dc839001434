import { useState } from 'preact/hooks';
import { emergencyLineForRegion } from '../utils/content/helplines';
import { REGION_NAMES, REGIONS } from '../utils/content/regions';
import type { RegionCode } from '../utils/content/types';
import { callHref } from '../utils/phone-links';
import { saveSetting, type Settings } from '../utils/settings';
import { chooseContextualHelp, PageAccessExplanation } from './ContextualHelpSettings';
import { AppHeader } from './AppHeader';

interface WelcomeAppProps {
  settings: Settings;
  region: RegionCode;
}

/** First run: what Steady does, the privacy promise, the region, and an offer of contextual help. */
export function WelcomeApp({ settings, region }: WelcomeAppProps) {
  const [status, setStatus] = useState('');
  const emergency = emergencyLineForRegion(region);
  const helpOn = settings.contextualHelp !== 'off';

  async function turnOnHelp() {
    const result = await chooseContextualHelp('card');
    setStatus(
      result === 'saved'
        ? 'Help on web pages is on. You can change it or turn it off in Settings.'
        : 'Help on web pages is still off. Steady works fully without it.',
    );
  }

  return (
    <>
      <AppHeader title="Welcome to Steady" tagline="Quick, safe, private help for coming off benzos" />
      <main>
        {emergency.call && (
          <p class="region-note">
            In danger right now? <a href={callHref(emergency.call)}>Call {emergency.call.display}</a>.
          </p>
        )}
        <section class="card" aria-labelledby="what-title">
          <h2 id="what-title">What Steady does</h2>
          <ul>
            <li>Click Steady’s icon for emergency signs, helplines you can call, text or copy, and ways to cope.</li>
            <li>Open the side panel for guides, recovery resources and a checklist for your prescriber.</li>
            <li>Steady never gives doses or schedules. Your prescriber plans any change with you.</li>
          </ul>
        </section>
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Your privacy</h2>
          <p>
            Steady sends nothing anywhere. It has no accounts, no tracking and no ads. Your settings stay on this
            device.
          </p>
        </section>
        <fieldset class="card">
          <legend>Your country</legend>
          <p class="hint">Steady has helplines for the United States, Canada and the United Kingdom so far.</p>
          {(['auto', ...REGIONS] as const).map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="region" value={value} checked={settings.region === value} onChange={() => void saveSetting('region', value)} />
              <span>{value === 'auto' ? 'Automatic, from your browser’s language' : REGION_NAMES[value]}</span>
            </label>
          ))}
        </fieldset>
        <section class="card" aria-labelledby="contextual-title">
          <h2 id="contextual-title">Help on web pages (optional)</h2>
          <p>Steady can notice when a page or a search is about stopping a benzo, and offer a small help card there.</p>
          <PageAccessExplanation />
          {helpOn ? (
            <p>Help on web pages is on.</p>
          ) : (
            <button type="button" class="button" aria-describedby="page-access-explanation" onClick={() => void turnOnHelp()}>
              Turn on help on web pages
            </button>
          )}
          <p class="save-status" role="status">
            {status}
          </p>
        </section>
        <p>You can close this tab at any time. Everything else works without any more setup.</p>
        <button type="button" class="button button-secondary" onClick={() => window.close()}>
          Done
        </button>
      </main>
    </>
  );
}
